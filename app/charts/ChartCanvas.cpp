// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCanvas.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace unfold {

ChartCanvas::ChartCanvas(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);             // the data table is the keyboard's way into the numbers
    m_view->viewport()->setFocusPolicy(Qt::NoFocus); // QGraphicsView makes its viewport a tab stop
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
}

const ChartPoint *ChartCanvas::pointNear(const QPoint &viewportPosition) const
{
    if (!m_chart)
        return nullptr;
    // Within about a marker's size: the nearest point on screen, whatever series it is on.
    constexpr double reach = 12;
    const ChartPoint *best = nullptr;
    double nearest = reach * reach;
    for (const ChartPoint &p : m_points) {
        if (!qobject_cast<QXYSeries *>(p.series))
            continue;
        const QPointF scene = m_chart->mapToScene(m_chart->mapToPosition(p.at, p.series));
        const QPointF d = QPointF(m_view->mapFromScene(scene)) - QPointF(viewportPosition);
        const double squared = d.x() * d.x() + d.y() * d.y();
        if (squared <= nearest) {
            nearest = squared;
            best = &p;
        }
    }
    return best;
}

bool ChartCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const ChartPoint *point = pointNear(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (point != m_hovered) {
                m_hovered = point;
                Q_EMIT pointHovered(point ? point->text() : QString());
                if (point)
                    QToolTip::showText(QCursor::pos(), point->text(), this);
                else
                    QToolTip::hideText();
            }
        } else if (event->type() == QEvent::MouseButtonRelease &&
                   static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            const ChartPoint *point = pointNear(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (point && point->sessionId != 0)
                Q_EMIT sessionClicked(point->sessionId);
        } else if (event->type() == QEvent::Leave && m_hovered) {
            m_hovered = nullptr;
            Q_EMIT pointHovered(QString());
            QToolTip::hideText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartCanvas::setChart(BuiltChart built)
{
    m_hovered = nullptr;
    m_points = built.points;
    m_chart = built.chart.release();
    // The view owns what it shows and deletes the chart it showed before, with its series.
    m_view->setChart(m_chart);
    connectSeries();
}

void ChartCanvas::connectSeries()
{
    QList<QAbstractSeries *> seen;
    for (const ChartPoint &p : m_points) {
        if (seen.contains(p.series))
            continue;
        seen.append(p.series);
        // Points on lines are found under the pointer by the canvas itself (eventFilter): a line
        // tells only when the pointer enters or leaves it, not which of its points is nearest.
        // A bar answers for itself, by its index.
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(p.series)) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet *) {
                const ChartPoint *point = nullptr;
                for (const ChartPoint &candidate : m_points) {
                    if (state && candidate.series == bars && int(candidate.at.x()) == index)
                        point = &candidate;
                }
                Q_EMIT pointHovered(point ? point->text() : QString());
                if (point)
                    QToolTip::showText(QCursor::pos(), point->text(), this);
                else
                    QToolTip::hideText();
            });
            connect(bars, &QAbstractBarSeries::clicked, this, [this, bars](int index, QBarSet *) {
                for (const ChartPoint &candidate : m_points) {
                    if (candidate.series == bars && int(candidate.at.x()) == index &&
                        candidate.sessionId != 0)
                        Q_EMIT sessionClicked(candidate.sessionId);
                }
            });
        }
    }
}

} // namespace unfold
