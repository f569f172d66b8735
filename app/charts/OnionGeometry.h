// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace unfold {

// One cell of the onion: a topic's sector in one layer's ring, optionally one person's half.
struct OnionCell
{
    int topic = -1;
    int depth = 0; // 1 = outermost ring .. layerCount = core
    Speaker half = Speaker::A;

    bool isValid() const { return topic >= 0 && depth > 0; }
    friend bool operator==(const OnionCell &, const OnionCell &) = default;
};

// Where the onion's sectors and rings lie. Sectors run clockwise from just right of 12 o'clock;
// a gap at the top holds the ring names. Each sector's first (clockwise) half is person A's,
// its second half person B's. Depth 1 is the outer ring, the highest depth the ring around a
// small hole at the centre (a hole, so the core's wedges do not shrink to a point).
class OnionGeometry final
{
public:
    static constexpr double gapDegrees = 28.0;
    static constexpr double holeShare = 0.12; // of the outer radius

    OnionGeometry() = default;
    OnionGeometry(QPointF centre, double outerRadius, int topicCount, int layerCount);

    QPointF centre() const { return m_centre; }
    double outerRadius() const { return m_outer; }
    double holeRadius() const { return m_outer * holeShare; }
    int topicCount() const { return m_topics; }
    int layerCount() const { return m_layers; }
    double ringInner(int depth) const;
    double ringOuter(int depth) const;
    double ringMiddle(int depth) const { return (ringInner(depth) + ringOuter(depth)) / 2; }
    double sectorSpan() const; // degrees
    // Clockwise degrees from 12 o'clock.
    double sectorStart(int topic) const;
    double sectorMiddle(int topic) const { return sectorStart(topic) + sectorSpan() / 2; }
    QPointF pointAt(double clockwiseDegrees, double radius) const;

    QPainterPath cellPath(int topic, int depth) const;
    QPainterPath halfPath(int topic, int depth, Speaker half) const;
    // An annular wedge between two clockwise angles and two radii.
    QPainterPath wedge(double fromDegrees, double spanDegrees, double inner, double outer) const;
    // The cell under `point`, or an invalid cell outside the rings, in the hole or in the gap.
    OnionCell cellAt(QPointF point) const;
    QRectF bounds() const;

private:
    QPointF m_centre;
    double m_outer = 0;
    int m_topics = 0;
    int m_layers = 0;
};

} // namespace unfold
