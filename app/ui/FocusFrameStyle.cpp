// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusFrameStyle.h"

#include <QFocusFrame>
#include <QPainter>
#include <QStyleOption>

namespace unfold {

namespace {

bool isFocusRing(const QStyleOption *option, const QWidget *widget)
{
    return qobject_cast<const QFocusFrame *>(widget) ||
           (option && qobject_cast<const QFocusFrame *>(option->styleObject));
}

} // namespace

FocusFrameStyle::FocusFrameStyle(int frameWidth)
    : QProxyStyle(QStringLiteral("Fusion")), m_frameWidth(frameWidth)
{}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if (element != PE_FrameFocusRect) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // As Fusion: only once the keyboard has moved focus, so mouse users see no extra frames.
    if (!(option->state & State_KeyboardFocusChange))
        return;
    // On a selected (highlighted) item the highlight itself would not show: use its text colour.
    const QColor colour = option->palette.color((option->state & State_Selected) ? QPalette::HighlightedText
                                                                                 : QPalette::Highlight);
    const double inset = m_frameWidth / 2.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(colour, m_frameWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    // The ring of a QFocusFrame: its mask (SH_FocusFrame_Mask) leaves only the band to fill.
    if (element == CE_FocusFrame) {
        painter->fillRect(option->rect, option->palette.color(QPalette::Highlight));
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

int FocusFrameStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    // The ring lies half outside the focused widget and half over its own edge, so it shows
    // even where the widget touches the edge of a window or of a scrolled area.
    if ((metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin) && isFocusRing(option, widget))
        return m_frameWidth;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

int FocusFrameStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                               QStyleHintReturn *returnData) const
{
    if (hint == SH_FocusFrame_AboveWidget)
        return 1; // over neighbours that would otherwise hide part of the ring
    if (hint == SH_FocusFrame_Mask && isFocusRing(option, widget)) {
        if (auto *mask = qstyleoption_cast<QStyleHintReturnMask *>(returnData)) {
            const int band = 2 * m_frameWidth;
            mask->region = QRegion(option->rect) - QRegion(option->rect.adjusted(band, band, -band, -band));
            return 1;
        }
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace unfold
