// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QRectF>

class QPainter;

namespace unfold {

// The pictorial closeness item: a pair of circles that overlap more with each step, from
// 1 (apart) to 7 (almost one). One paint routine beside the other pictures', so the answer's
// button on screen and any picture that shows a closeness answer draw the same circles.
namespace ClosenessPainter {

void paintPair(QPainter &painter, const QRectF &area, int step, bool selected, const QPalette &palette);

} // namespace ClosenessPainter
} // namespace unfold
