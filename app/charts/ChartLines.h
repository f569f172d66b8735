// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointer>

class QChart;
class QXYSeries;

namespace unfold {

// The lines of a chart over time, drawn by Unfold rather than by Qt Charts. Dashes and dots tell
// the lines apart without colour, but Qt strokes a dashed line as one outline of every dash,
// whose filling grows faster than the line: a dashed line through 180 sessions took 16 ms to
// draw, the same dashes drawn one by one under 1 ms. On pictures made of pixels (the screen, PNG,
// the clipboard) every line is drawn as short straight lines with square ends in one call, a
// dashed one dash by dash, its pattern running on across the sessions' points as a dashed pen's
// would; elsewhere (SVG, PDF, print) each line is one path in its own pen, which those files
// describe in a few words.
//
// The lines lie in the order they were added (a later person's over an earlier one's, as Qt
// would draw them), under every marker and over the grid. Each series keeps its points and its
// markers (hover reads its points) and draws no line of its own. The item follows the chart's
// plot area as the chart is laid out; the chart is not animated (its points' places are final).
class ChartLines final : public QGraphicsObject
{
    Q_OBJECT

public:
    // Made a child of `chart`, which deletes it.
    explicit ChartLines(QChart *chart);

    // Draws the line through `series`'s points with `pen`; the series is given no pen of its own.
    // A pen that draws nothing leaves the series as it is.
    void add(QXYSeries *series, const QPen &pen);
    // The pen a series' line is drawn with here (Qt::NoPen for a series not drawn here).
    QPen penOf(const QXYSeries *series) const;
    // The item drawing `chart`'s lines, if it has one.
    static const ChartLines *of(const QChart *chart);

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
// A solid pen's line, or one the pattern cannot be laid along (points not finite, or so long it
// would take more than 100,000 dashes), comes back whole.
QList<QPolygonF> dashesAlong(const QPolygonF &points, const QPen &pen);
// The same dashes as lines to draw with square ends of a pen `width` wide: each dash's own two
// ends moved in along it by half the width, which the square ends put back (a dash no longer
// than the width becomes its middle point, which the square end draws as a square).
QList<QLineF> linesOf(const QList<QPolygonF> &dashes, qreal width);
} // namespace DashPattern

} // namespace unfold
