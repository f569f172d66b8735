// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLines.h"

#include <QChart>
#include <QPaintEngine>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace unfold {

namespace {

// Qt Charts stacks its grid at 2, its axes at 3 and its series (their markers) at 4, from Qt 6.4
// to 6.8: the lines drawn here lie between, under every marker and over every grid line.
constexpr qreal underTheSeries = 3.5;

// Beyond this many dashes a line is drawn whole: a pattern laid along a line millions of pixels
// long (a range zoomed far in) would only fill memory.
constexpr qreal mostDashes = 100000;

} // namespace

ChartLines::ChartLines(QChart *chart) : QGraphicsObject(chart), m_chart(chart), m_plotArea(chart->plotArea())
{
    setZValue(underTheSeries);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        prepareGeometryChange();
        m_plotArea = area;
    });
}

void ChartLines::add(QXYSeries *series, const QPen &pen)
{
    if (pen.style() == Qt::NoPen)
        return;
    series->setPen(Qt::NoPen);
    m_lines.append({series, pen});
}

QPen ChartLines::penOf(const QXYSeries *series) const
{
    for (const Line &line : m_lines) {
        if (line.series == series)
            return line.pen;
    }
    return Qt::NoPen;
}

const ChartLines *ChartLines::of(const QChart *chart)
{
    for (const QGraphicsItem *child : chart->childItems()) {
        if (const auto *lines = dynamic_cast<const ChartLines *>(child))
            return lines;
    }
    return nullptr;
}

QRectF ChartLines::boundingRect() const
{
    return m_plotArea;
}

void ChartLines::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPaintEngine *engine = painter->paintEngine();
    const bool pixels = engine && engine->type() == QPaintEngine::Raster;
    painter->save();
    painter->setClipRect(m_plotArea, Qt::IntersectClip);
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.series || !line.series->isVisible())
            continue;
        const QList<QPointF> values = line.series->points();
        QPolygonF points;
        points.reserve(values.size());
        for (const QPointF &value : values)
            points.append(m_chart->mapToPosition(value, line.series));
        if (!pixels) {
            painter->setPen(line.pen);
            painter->drawPolyline(points);
            continue;
        }
        // All of a line in one call, as short lines with square ends: stroked as one path, a
        // line's outline took Qt many times longer to fill. A square end reaches half the pen's
        // width past its point, so where the line turns its two pieces overlap and leave no notch
        // at the corner; the ends of the line and of each dash are drawn that much shorter, to
        // end where the points and the pattern say.
        QPen square = line.pen;
        square.setStyle(Qt::SolidLine);
        square.setCapStyle(Qt::SquareCap);
        painter->setPen(square);
        painter->drawLines(
            DashPattern::linesOf(DashPattern::dashesAlong(points, line.pen), line.pen.widthF()));
    }
    painter->restore();
}

namespace DashPattern {

namespace {

// The point `distance` along `dash` from its start, and (in `piece`) the index of the point that
// ends the piece it lies on.
QPointF pointAlong(const QPolygonF &dash, qreal distance, qsizetype *piece)
{
    for (qsizetype i = 1; i < dash.size(); ++i) {
        const QLineF line(dash.at(i - 1), dash.at(i));
        const qreal length = line.length();
        if (distance <= length || i == dash.size() - 1) {
            *piece = i;
            return length > 0 ? line.pointAt(std::min(distance, length) / length) : line.p1();
        }
        distance -= length;
    }
    *piece = 1;
    return dash.constFirst();
}

qreal lengthOf(const QPolygonF &dash)
{
    qreal length = 0;
    for (qsizetype i = 1; i < dash.size(); ++i)
        length += QLineF(dash.at(i - 1), dash.at(i)).length();
    return length;
}

} // namespace

QList<QPolygonF> dashesAlong(const QPolygonF &points, const QPen &pen)
{
    QList<QPolygonF> dashes;
    if (points.size() < 2)
        return dashes;
    // In pixels: a pen's pattern counts in its widths (a hairline's width counts as one).
    const qreal unit = std::max<qreal>(pen.widthF(), 1);
    QList<qreal> pattern;
    qreal period = 0;
    for (const qreal length : pen.dashPattern()) {
        pattern.append(std::max<qreal>(length, 0) * unit);
        period += pattern.constLast();
    }
    const qreal length = lengthOf(points);
    // Qt's patterns pair dashes and gaps; without one there is nothing to lay along the line.
    if (pen.style() == Qt::SolidLine || pattern.size() < 2 || pattern.size() % 2 != 0 || period <= 0 ||
        !std::isfinite(length) || length / period > mostDashes) {
        dashes.append(points);
        return dashes;
    }
    // Even places in the pattern are dashes, odd ones gaps; `left` is what remains of the current.
    qsizetype place = 0;
    qreal left = pattern.constFirst();
    QPolygonF dash{points.constFirst()};
    // A point joins the dash unless the dash ends there already (two sessions at one place, or a
    // dash that ended exactly at a session's point).
    const auto extend = [&dash](const QPointF &point) {
        if (dash.isEmpty() || dash.constLast() != point)
            dash.append(point);
    };
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF from = points.at(i - 1);
        const QPointF to = points.at(i);
        const qreal piece = QLineF(from, to).length();
        if (piece <= 0)
            continue;
        qreal done = 0;
        while (piece - done > left) {
            done += left;
            const QPointF at = from + (to - from) * (done / piece);
            if (place % 2 == 0) {
                extend(at);
                if (dash.size() >= 2)
                    dashes.append(dash);
                dash.clear();
            } else {
                dash = QPolygonF{at};
            }
            place = (place + 1) % pattern.size();
            left = pattern.at(place);
        }
        left -= piece - done;
        if (place % 2 == 0)
            extend(to);
    }
    if (place % 2 == 0 && dash.size() >= 2)
        dashes.append(dash);
    return dashes;
}

QList<QLineF> linesOf(const QList<QPolygonF> &dashes, qreal width)
{
    QList<QLineF> lines;
    const qreal cap = width / 2;
    for (const QPolygonF &dash : dashes) {
        if (dash.size() < 2)
            continue;
        const qreal length = lengthOf(dash);
        qsizetype first = 1;
        if (length <= 2 * cap) {
            const QPointF middle = pointAlong(dash, length / 2, &first);
            lines.append(QLineF(middle, middle));
            continue;
        }
        qsizetype last = 1;
        QPointF from = pointAlong(dash, cap, &first);
        const QPointF end = pointAlong(dash, length - cap, &last);
        for (qsizetype i = first; i < last; ++i) {
            lines.append(QLineF(from, dash.at(i)));
            from = dash.at(i);
        }
        lines.append(QLineF(from, end));
    }
    return lines;
}

} // namespace DashPattern

} // namespace unfold
