// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionGeometry.h"

#include <QFont>
#include <QSizeF>

namespace unfold {

// Where the parts of the onion picture go at one logical size: title on top, the onion with its
// sector labels around it, the legend below. Everything scales with the shorter side, with a
// floor on the type size so that a 400 px picture stays readable. The same layout serves the
// painter and the widget's hit-testing.
struct OnionLayout
{
    QRectF frame;
    QRectF titleArea;
    QRectF legendArea;
    double labelWidth = 0;  // the box a sector label wraps into
    double labelHeight = 0; // two lines
    QFont titleFont;
    QFont subtitleFont;
    QFont labelFont;
    QFont smallFont;
    OnionGeometry geometry;
    int legendRows = 2; // as forSize was asked to make room for

    // `legendRows`: the people, then one row of keys and notes, or a row of keys (what is
    // outlined, what is faint) and a row of notes when the picture shows such cells.
    static OnionLayout forSize(const QSizeF &size, int topicCount, int layerCount, int legendRows = 2);
};

} // namespace unfold
