// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartBuilder.h"

#include <QSizeF>

class QPainter;

namespace unfold {

// Paints a QChart into any QPainter at a logical size: the one paint routine behind PNG, SVG,
// PDF, the clipboard and printing. The chart is laid out in a scene of its own, unanimated.
namespace ChartPainter {

void paint(QPainter &painter, const QSizeF &logicalSize, QChart &chart);
// Builds `kind` in the light theme without animation and paints it: what every export shows.
void paint(QPainter &painter, const QSizeF &logicalSize, ChartKind kind, const ChartSubject &subject,
           const ChartRange &range, int smoothing = 0);

} // namespace ChartPainter
} // namespace unfold
