// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace unfold {

// The style of the high-contrast theme: Fusion with wide focus frames (FocusFrameStyle), and an
// edge in the text colour around every control, menu and frame, a bar on the current tab and a
// grip on splitter handles. Fusion draws its edges a shade darker than the window, which on pure
// black is no edge at all: fields, buttons, boxes and handles would vanish and only their text
// would be left.
class HighContrastStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    HighContrastStyle();

    // The focus frames' width in this style, in logical pixels.
    static constexpr int focusFrameWidth = 3;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace unfold
