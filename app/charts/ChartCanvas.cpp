// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCanvas.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
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
}

void ChartCanvas::setChart(BuiltChart built)
{
    m_points = built.points;
    m_chart = built.chart.release();
    // The view owns what it shows and deletes the chart it showed before, with its series.
    m_view->setChart(m_chart);
    connectSeries();
}

const ChartPoint *ChartCanvas::find(QAbstractSeries *series, const QPointF &at) const
{
    const ChartPoint *best = nullptr;
    double distance = 0;
    for (const ChartPoint &p : m_points) {
        if (p.series != series)
            continue;
        const double d = qAbs(p.at.x() - at.x()) + qAbs(p.at.y() - at.y());
        if (!best || d < distance) {
            best = &p;
            distance = d;
        }
    }
    return best;
}

void ChartCanvas::connectSeries()
{
    QList<QAbstractSeries *> seen;
    for (const ChartPoint &p : m_points) {
        if (seen.contains(p.series))
            continue;
        seen.append(p.series);
        // Lines with their markers and scatter series alike: the nearest of their points answers.
        if (auto *scatter = qobject_cast<QXYSeries *>(p.series)) {
            connect(scatter, &QXYSeries::hovered, this, [this, scatter](const QPointF &at, bool state) {
                const ChartPoint *point = state ? find(scatter, at) : nullptr;
                Q_EMIT pointHovered(point ? point->text : QString());
                if (point)
                    QToolTip::showText(QCursor::pos(), point->text, this);
                else
                    QToolTip::hideText();
            });
            connect(scatter, &QXYSeries::clicked, this, [this, scatter](const QPointF &at) {
                if (const ChartPoint *point = find(scatter, at); point && point->sessionId != 0)
                    Q_EMIT sessionClicked(point->sessionId);
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(p.series)) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet *) {
                const ChartPoint *point = state ? find(bars, QPointF(index, 0)) : nullptr;
                // Bars are found by index alone.
                for (const ChartPoint &candidate : m_points) {
                    if (state && candidate.series == bars && int(candidate.at.x()) == index)
                        point = &candidate;
                }
                Q_EMIT pointHovered(point ? point->text : QString());
                if (point)
                    QToolTip::showText(QCursor::pos(), point->text, this);
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
