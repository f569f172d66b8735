// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionLayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace unfold {

namespace {
QFont fontOfSize(double pixels, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    // Hinting would make text jump between sizes; the picture must scale smoothly.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}
} // namespace

OnionLayout OnionLayout::forSize(const QSizeF &size, int topicCount, int layerCount, int legendRows)
{
    OnionLayout layout;
    layout.frame = QRectF(QPointF(0, 0), size);
    layout.legendRows = std::max(legendRows, 1);
    const double side = std::min(size.width(), size.height());
    const double base = std::max(10.0, side / 52.0);
    layout.titleFont = fontOfSize(base * 1.3, true);
    layout.subtitleFont = fontOfSize(std::max(9.0, base * 0.9));
    layout.labelFont = fontOfSize(std::max(9.0, base * 0.88));
    layout.smallFont = fontOfSize(std::max(8.0, base * 0.74));

    const double margin = base * 0.9;
    const QFontMetricsF title(layout.titleFont);
    const QFontMetricsF subtitle(layout.subtitleFont);
    const QFontMetricsF label(layout.labelFont);
    layout.titleArea = QRectF(margin, margin * 0.7, size.width() - 2 * margin,
                              title.height() + subtitle.height() + base * 0.2);
    const double legendHeight = label.height() * std::max(legendRows, 1) * 1.35 + base * 0.4;
    layout.legendArea =
        QRectF(margin, size.height() - margin * 0.7 - legendHeight, size.width() - 2 * margin, legendHeight);

    layout.labelWidth = std::clamp(side * 0.19, label.averageCharWidth() * 9, label.averageCharWidth() * 22);
    layout.labelHeight = label.lineSpacing() * 2;
    const double gap = base * 0.5;
    const double top = layout.titleArea.bottom() + gap;
    const double bottom = layout.legendArea.top() - gap;
    const double radius = std::max(0.0, std::min((size.width() - 2 * margin - 2 * layout.labelWidth) / 2,
                                                 (bottom - top - 2 * layout.labelHeight) / 2));
    // What the onion and its labels leave over goes above the title and below the legend, so
    // the picture stays one block instead of drifting apart on a tall page.
    const double slack = std::max(0.0, (bottom - top) - 2 * (radius + layout.labelHeight));
    layout.titleArea.translate(0, slack / 2);
    layout.legendArea.translate(0, -slack / 2);
    const QPointF centre(size.width() / 2, (top + bottom) / 2);
    layout.geometry = OnionGeometry(centre, radius, topicCount, layerCount);
    return layout;
}

} // namespace unfold
