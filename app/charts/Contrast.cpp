// SPDX-License-Identifier: GPL-3.0-or-later
#include "Contrast.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace unfold::Contrast {

double luminance(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Qt 6.4 cannot ask the desktop whether it is in a high-contrast mode (QStyleHints::colorScheme
// and its accessibility hints came later), but a high-contrast desktop shows in the palette it
// hands to Qt: text is (nearly) pure black on white or white on black, about 21:1, in windows
// and in fields alike. Ordinary themes stay clearly below 19:1 in at least one of the two:
// Fusion's own light palette (black on #efefef) is 18.3:1, Breeze about 14:1, Adwaita about
// 12:1, and dark themes rarely pass 16:1. Unfold's high-contrast palette is 21:1 in both.
bool isHighContrast(const QPalette &palette)
{
    const auto pair = [&palette](QPalette::ColorRole text, QPalette::ColorRole background) {
        return ratio(palette.color(QPalette::Active, text), palette.color(QPalette::Active, background));
    };
    return pair(QPalette::WindowText, QPalette::Window) >= highContrastRatio &&
           pair(QPalette::Text, QPalette::Base) >= highContrastRatio;
}

} // namespace unfold::Contrast
