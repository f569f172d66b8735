// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace unfold::OkabeIto {

// The Okabe–Ito palette: eight colours that stay distinct for the common forms of colour
// blindness. Person A is always orange, person B always blue, across every picture.
inline constexpr QRgb black = 0xff000000;
inline constexpr QRgb orange = 0xffe69f00;
inline constexpr QRgb skyBlue = 0xff56b4e9;
inline constexpr QRgb bluishGreen = 0xff009e73;
inline constexpr QRgb yellow = 0xfff0e442;
inline constexpr QRgb blue = 0xff0072b2;
inline constexpr QRgb vermillion = 0xffd55e00;
inline constexpr QRgb reddishPurple = 0xffcc79a7;

inline QColor personA()
{
    return QColor::fromRgb(orange);
}
inline QColor personB()
{
    return QColor::fromRgb(blue);
}

} // namespace unfold::OkabeIto
