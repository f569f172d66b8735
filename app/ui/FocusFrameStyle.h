// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace unfold {

// Fusion, with the keyboard's focus frame (the current cell of a table, the current item of
// a list) drawn solid: Fusion's own is a translucent line that all but vanishes on the dark
// palette, and keyboard users must always see where they are. `frameWidth` is the frame's width
// in logical pixels; the high-contrast theme asks for a wider one, and its focus ring around the
// focused widget (a QFocusFrame, see FocusRing) is painted here too, as wide again.
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit FocusFrameStyle(int frameWidth = 2);

    int frameWidth() const { return m_frameWidth; }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

private:
    int m_frameWidth;
};

} // namespace unfold
