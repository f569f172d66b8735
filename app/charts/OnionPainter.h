// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionLayout.h"
#include "OnionPicture.h"

class QPainter;

namespace unfold {

// The one paint routine of the onion: the widget, image export and printing all call it, so
// every output is the same picture. Draws in logical pixels from (0, 0) to `size` onto any
// painter; the caller scales the painter for the device.
class OnionPainter final
{
public:
    static void paint(QPainter &painter, const QSizeF &size, const OnionPicture &picture);
    static OnionLayout layout(const QSizeF &size, const OnionPicture &picture);
};

// The text around the onion, kept apart from the cells so each file holds one idea.
namespace OnionText {
void paintTitle(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture);
void paintSectorLabels(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture);
void paintRingNames(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture);
void paintLegend(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture);
} // namespace OnionText

} // namespace unfold
