// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartBuilder.h"

#include <QWidget>

class QChartView;

namespace unfold {

// Shows one built chart on screen and reports which session a hovered or clicked point stands
// for. The only widget that touches Qt Charts, so a port to Qt Graphs stays in app/charts.
class ChartCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCanvas(QWidget *parent = nullptr);

    // Takes the chart; the previous one is deleted.
    void setChart(BuiltChart built);
    QChart *chart() const { return m_chart; }
    const QList<ChartPoint> &points() const { return m_points; } // what the pointer can name

Q_SIGNALS:
    void sessionClicked(qint64 sessionId);
    // A description of the point under the mouse; empty when it leaves.
    void pointHovered(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectSeries();
    // The point drawn nearest to a place on the view, if one is within a marker's reach.
    const ChartPoint *pointNear(const QPoint &viewportPosition) const;

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr; // owned by the view
    QList<ChartPoint> m_points;
    const ChartPoint *m_hovered = nullptr; // into m_points
};

} // namespace unfold
