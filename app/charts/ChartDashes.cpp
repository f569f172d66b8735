// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDashes.h"

#include <QChart>
#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>

namespace unfold {

namespace {

// Qt Charts stacks its grid at 2, its axes at 3 and its series at 4 (Qt 6.4 to 6.8): the lines
// drawn here lie between, under every marker and over every grid line.
constexpr qreal underTheSeries = 3.5;

} // namespace

ChartDashes::ChartDashes(QChart *chart) : QGraphicsItem(chart), m_chart(chart), m_plotArea(chart->plotArea())
{
    setZValue(underTheSeries);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF &area) {
        prepareGeometryChange();
        m_plotArea = area;
    });
}

void ChartDashes::add(QXYSeries *series, const QPen &pen)
{
    series->setPen(Qt::NoPen);
    m_lines.append({series, pen});
}

QPen ChartDashes::penOf(const QXYSeries *series) const
{
    for (const Line &line : m_lines) {
        if (line.series == series)
            return line.pen;
    }
    return Qt::NoPen;
}

const ChartDashes *ChartDashes::of(const QChart *chart)
{
    for (const QGraphicsItem *child : chart->childItems()) {
        if (const auto *dashes = dynamic_cast<const ChartDashes *>(child))
            return dashes;
    }
    return nullptr;
}

QRectF ChartDashes::boundingRect() const
{
    return m_plotArea;
}

void ChartDashes::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
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
        // All the dashes in one call, as short lines with square ends: a line per dash took twice
        // as long. A square end reaches half the pen's width past its point, so where a dash turns
        // at a session's point its two lines overlap and leave no notch at the corner; the dash's
        // own ends are drawn that much shorter, to end where the pattern says.
        QPen solid = line.pen;
        solid.setStyle(Qt::SolidLine);
        solid.setCapStyle(Qt::SquareCap);
        painter->setPen(solid);
        painter->drawLines(
            DashPattern::linesOf(DashPattern::dashesAlong(points, line.pen), line.pen.widthF()));
    }
    painter->restore();
}

namespace DashPattern {

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
    if (pen.style() == Qt::SolidLine || pattern.size() < 2 || pattern.size() % 2 != 0 || period <= 0) {
        dashes.append(points); // no pattern to draw (Qt's patterns pair dashes and gaps): the line whole
        return dashes;
    }
    // Even places in the pattern are dashes, odd ones gaps; `left` is what remains of the current.
    qsizetype place = 0;
    qreal left = pattern.constFirst();
    QPolygonF dash{points.constFirst()};
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF from = points.at(i - 1);
        const QPointF to = points.at(i);
        const qreal length = QLineF(from, to).length();
        qreal done = 0;
        while (length - done > left) {
            done += left;
            const QPointF at = from + (to - from) * (done / length);
            if (place % 2 == 0) {
                dash.append(at);
                dashes.append(dash);
                dash.clear();
            } else {
                dash = QPolygonF{at};
            }
            place = (place + 1) % pattern.size();
            left = pattern.at(place);
        }
        left -= length - done;
        if (place % 2 == 0)
            dash.append(to);
    }
    if (place % 2 == 0 && dash.size() >= 2)
        dashes.append(dash);
    return dashes;
}

QList<QLineF> linesOf(const QList<QPolygonF> &dashes, qreal width)
{
    QList<QLineF> lines;
    const qreal cap = width / 2;
    // A dash's end moved back along its line by a square end's reach, or half the line if shorter.
    const auto inward = [cap](const QPointF &end, const QPointF &toward) {
        const QLineF line(end, toward);
        const qreal length = line.length();
        return length > 0 ? line.pointAt(std::min(cap, length / 2) / length) : end;
    };
    for (const QPolygonF &dash : dashes) {
        for (qsizetype i = 1; i < dash.size(); ++i) {
            const QPointF from = i == 1 ? inward(dash.at(0), dash.at(1)) : dash.at(i - 1);
            const QPointF to = i == dash.size() - 1 ? inward(dash.at(i), dash.at(i - 1)) : dash.at(i);
            lines.append(QLineF(from, to));
        }
    }
    return lines;
}

} // namespace DashPattern

} // namespace unfold
