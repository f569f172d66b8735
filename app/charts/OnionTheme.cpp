// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionTheme.h"

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

OnionTheme OnionTheme::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    OnionTheme theme = window.lightnessF() < 0.5 ? dark() : light();
    theme.background = window;
    theme.text = palette.color(QPalette::WindowText);
    return theme;
}

} // namespace unfold
