// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusFrameStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace unfold {

FocusFrameStyle::FocusFrameStyle() : QProxyStyle(QStringLiteral("Fusion")) {}

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
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(colour, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace unfold
