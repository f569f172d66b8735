// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionGeometry.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace unfold {

OnionGeometry::OnionGeometry(QPointF centre, double outerRadius, int topicCount, int layerCount)
    : m_centre(centre), m_outer(std::max(outerRadius, 0.0)), m_topics(std::max(topicCount, 0)),
      m_layers(std::max(layerCount, 1))
{}

double OnionGeometry::ringOuter(int depth) const
{
    const double band = (m_outer - holeRadius()) / m_layers;
    return m_outer - (depth - 1) * band;
}

double OnionGeometry::ringInner(int depth) const
{
    const double band = (m_outer - holeRadius()) / m_layers;
    return m_outer - depth * band;
}

double OnionGeometry::sectorSpan() const
{
    return m_topics > 0 ? (360.0 - gapDegrees) / m_topics : 0.0;
}

double OnionGeometry::sectorStart(int topic) const
{
    return gapDegrees / 2 + topic * sectorSpan();
}

QPointF OnionGeometry::pointAt(double clockwiseDegrees, double radius) const
{
    const double radians = qDegreesToRadians(clockwiseDegrees);
    // 12 o'clock is up, and up is -y on a painter.
    return m_centre + QPointF(std::sin(radians) * radius, -std::cos(radians) * radius);
}

QPainterPath OnionGeometry::wedge(double fromDegrees, double spanDegrees, double inner, double outer) const
{
    // QPainterPath measures angles counter-clockwise from 3 o'clock.
    const double qtStart = 90.0 - fromDegrees;
    const QRectF outerRect(m_centre.x() - outer, m_centre.y() - outer, 2 * outer, 2 * outer);
    const QRectF innerRect(m_centre.x() - inner, m_centre.y() - inner, 2 * inner, 2 * inner);
    QPainterPath path;
    path.arcMoveTo(outerRect, qtStart);
    path.arcTo(outerRect, qtStart, -spanDegrees);
    path.arcTo(innerRect, qtStart - spanDegrees, spanDegrees);
    path.closeSubpath();
    return path;
}

QPainterPath OnionGeometry::cellPath(int topic, int depth) const
{
    return wedge(sectorStart(topic), sectorSpan(), ringInner(depth), ringOuter(depth));
}

QPainterPath OnionGeometry::halfPath(int topic, int depth, Speaker half) const
{
    const double span = sectorSpan() / 2;
    const double from = sectorStart(topic) + (half == Speaker::A ? 0.0 : span);
    return wedge(from, span, ringInner(depth), ringOuter(depth));
}

OnionCell OnionGeometry::cellAt(QPointF point) const
{
    if (m_topics == 0 || m_outer <= 0)
        return {};
    const QPointF d = point - m_centre;
    const double radius = std::hypot(d.x(), d.y());
    if (radius > m_outer || radius < holeRadius())
        return {};
    double clockwise = qRadiansToDegrees(std::atan2(d.x(), -d.y()));
    if (clockwise < 0)
        clockwise += 360.0;
    const double along = clockwise - gapDegrees / 2;
    if (along < 0 || along >= 360.0 - gapDegrees)
        return {};
    const double band = (m_outer - holeRadius()) / m_layers;
    OnionCell cell;
    cell.depth = std::clamp(int((m_outer - radius) / band) + 1, 1, m_layers);
    const double sectors = along / sectorSpan();
    cell.topic = std::clamp(int(sectors), 0, m_topics - 1);
    cell.half = sectors - cell.topic < 0.5 ? Speaker::A : Speaker::B;
    return cell;
}

QRectF OnionGeometry::bounds() const
{
    return {m_centre.x() - m_outer, m_centre.y() - m_outer, 2 * m_outer, 2 * m_outer};
}

} // namespace unfold
