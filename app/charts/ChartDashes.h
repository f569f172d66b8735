// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointer>

class QChart;
class QXYSeries;

namespace unfold {

// The dashed and dotted lines of a chart over time, drawn by Unfold rather than by Qt Charts.
// Their dashes tell the lines apart without colour, but Qt strokes a dashed line as one outline
// of every dash, whose filling grows faster than the line: a dashed line through 180 sessions
// took 16 ms to draw, the same dashes drawn one by one under 1 ms. On pictures made of pixels
// (the screen, PNG) this item draws each dash as a short line of its own, the pattern running on
// across the sessions' points as a dashed pen's would; on vector pictures (SVG, PDF, print) it
// draws the line whole with its dashed pen, which those files describe in a few words.
//
// The series keeps its points and markers (hover, the table and the legend read them) and draws
// no line of its own. The item lies under every series, so markers stay on top of their lines,
// and over the grid; it follows the chart's plot area as the chart is laid out. Time charts are
// not animated, so the points' places are final when this draws them.
class ChartDashes final : public QGraphicsItem
{
public:
    // Made a child of `chart`, which deletes it.
    explicit ChartDashes(QChart *chart);

    // Draws the line through `series`'s points with `pen`; the series is given no pen of its own.
    void add(QXYSeries *series, const QPen &pen);
    // The pen a series' line is drawn with here (Qt::NoPen for a series not drawn here).
    QPen penOf(const QXYSeries *series) const;
    // The item drawing `chart`'s dashed lines, if it has any.
    static const ChartDashes *of(const QChart *chart);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Line
    {
        QPointer<QXYSeries> series;
        QPen pen;
    };
    QChart *m_chart;
    QList<Line> m_lines;
    QRectF m_plotArea;
};

namespace DashPattern {
// The dashes of a line through `points` drawn with `pen`: each dash as the points it passes
// through, the pattern (in units of the pen's width) running on from one segment to the next.
QList<QPolygonF> dashesAlong(const QPolygonF &points, const QPen &pen);
// The same dashes as lines to draw with square ends of a pen `width` wide: each dash's own two
// ends moved in by half the width, which the square ends put back.
QList<QLineF> linesOf(const QList<QPolygonF> &dashes, qreal width);
} // namespace DashPattern

} // namespace unfold
