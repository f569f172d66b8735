// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionTheme.h"

#include "Contrast.h"
#include "OkabeIto.h"

#include <QPalette>

namespace unfold {

OnionTheme OnionTheme::light()
{
    OnionTheme theme;
    theme.background = QColor(0xff, 0xff, 0xff);
    theme.text = QColor(0x1f, 0x1f, 0x24);
    theme.mutedText = QColor(0x5c, 0x5f, 0x66);
    theme.grid = QColor(0xb8, 0xbc, 0xc4);
    theme.emptyCell = QColor(0xf3, 0xf4, 0xf6);
    theme.personA = OkabeIto::personA();
    theme.personB = OkabeIto::personB();
    theme.even = QColor::fromRgb(OkabeIto::bluishGreen);
    theme.hatchOnA = QColor(0x5a, 0x34, 0x00, 110);
    theme.hatchOnB = QColor(0xff, 0xff, 0xff, 100);
    theme.textOnA = QColor(0x1f, 0x1f, 0x24);
    theme.textOnB = QColor(0xff, 0xff, 0xff);
    theme.focus = QColor(0x1f, 0x1f, 0x24);
    return theme;
}

OnionTheme OnionTheme::dark()
{
    OnionTheme theme = light();
    theme.background = QColor(0x23, 0x25, 0x2a);
    theme.text = QColor(0xee, 0xef, 0xf1);
    theme.mutedText = QColor(0xa9, 0xad, 0xb5);
    theme.grid = QColor(0x5d, 0x62, 0x6b);
    theme.emptyCell = QColor(0x2f, 0x32, 0x38);
    theme.focus = QColor(0xff, 0xff, 0xff);
    return theme;
}

OnionTheme OnionTheme::highContrast()
{
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    OnionTheme theme;
    theme.background = black;
    theme.text = white;
    theme.mutedText = white;
    theme.grid = white;
    theme.emptyCell = black;
    // Yellow is the nearest to A's orange and cyan to B's blue that still reach 16:1 on black.
    theme.personA = QColor(0xff, 0xff, 0x00);
    theme.personB = QColor(0x00, 0xff, 0xff);
    theme.even = white; // neither hatched nor coloured: told apart from A and B by both
    theme.hatchOnA = black;
    theme.hatchOnB = black;
    theme.textOnA = black;
    theme.textOnB = black;
    theme.focus = theme.personA; // the colour of keyboard focus in the windows, too
    theme.outline = white;
    theme.lineScale = 2.0;
    theme.countPlates = true;
    return theme;
}

OnionTheme OnionTheme::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor ink = palette.color(QPalette::WindowText);
    if (Contrast::isHighContrast(palette)) {
        OnionTheme theme = highContrast();
        if (window.lightnessF() >= 0.5) {
            // Black on white: the surroundings turn over; the hatched fills stay, now edged in
            // black, since each cell's edge and hatching carry what the colour says.
            theme.emptyCell = window;
            theme.even = QColor(0xc0, 0xc0, 0xc0);
            theme.mutedText = ink;
            theme.grid = ink;
            theme.outline = ink;
            theme.focus = ink;
        }
        theme.background = window;
        theme.text = ink;
        return theme;
    }
    OnionTheme theme = window.lightnessF() < 0.5 ? dark() : light();
    theme.background = window;
    theme.text = ink;
    return theme;
}

} // namespace unfold
