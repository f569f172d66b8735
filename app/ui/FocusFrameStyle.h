// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace unfold {

// Fusion, with the keyboard's focus frame (the current cell of a table, the current item of
// a list) drawn solid: Fusion's own is a translucent line that all but vanishes on the dark
// palette, and keyboard users must always see where they are.
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    FocusFrameStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace unfold
