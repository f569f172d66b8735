// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace unfold::Contrast {

// WCAG 2 relative luminance: 0 for black, 1 for white.
double luminance(const QColor &colour);

// WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black and white).
double ratio(const QColor &a, const QColor &b);

// The window/text contrast from which a palette counts as high contrast.
inline constexpr double highContrastRatio = 19.0;

// Whether the palette is a high-contrast one, so the onion and the charts should draw their
// high-contrast variants. Decided by this one rule everywhere; see Contrast.cpp for why.
bool isHighContrast(const QPalette &palette);

} // namespace unfold::Contrast
