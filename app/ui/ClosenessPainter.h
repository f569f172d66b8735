// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QRectF>

class QPainter;

namespace unfold::ui {

// The pictorial closeness item: a pair of circles that overlap more with each step, from
// 1 (apart) to 7 (almost one). One paint routine, for the screen and for any export.
namespace ClosenessPainter {

void paintPair(QPainter &painter, const QRectF &area, int step, bool selected, const QPalette &palette);

} // namespace ClosenessPainter
} // namespace unfold::ui
