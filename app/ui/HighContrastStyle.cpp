// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighContrastStyle.h"

#include "FocusFrameStyle.h"

#include <QPainter>
#include <QStyleOption>
#include <QTabBar>

#include <algorithm>

namespace unfold {

namespace {

// In the text colour of the control's state, so a disabled control's edge is grey like its text.
void outline(QPainter *painter, const QStyleOption *option, const QRect &rect, bool round = false)
{
    if (rect.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    if (round)
        painter->drawEllipse(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

// Every tab edged; the current one also gets a bar along its outer side, as its only other mark
// in Fusion is a shade of grey.
void outlineTab(QPainter *painter, const QStyleOption *option)
{
    const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
    if (!tab)
        return;
    outline(painter, option, option->rect);
    if (!(option->state & QStyle::State_Selected))
        return;
    const QRect r = option->rect;
    const int bar = 3;
    QRect edge;
    switch (tab->shape) {
    case QTabBar::RoundedSouth:
    case QTabBar::TriangularSouth:
        edge = QRect(r.left(), r.bottom() - bar + 1, r.width(), bar);
        break;
    case QTabBar::RoundedWest:
    case QTabBar::TriangularWest:
        edge = QRect(r.left(), r.top(), bar, r.height());
        break;
    case QTabBar::RoundedEast:
    case QTabBar::TriangularEast:
        edge = QRect(r.right() - bar + 1, r.top(), bar, r.height());
        break;
    default:
        edge = QRect(r.left(), r.top(), r.width(), bar);
        break;
    }
    painter->fillRect(edge, option->palette.color(QPalette::WindowText));
}

// A short bar across the middle of a splitter's handle: Fusion's dotted grip is dark grey.
void drawGrip(QPainter *painter, const QStyleOption *option)
{
    const QRect r = option->rect;
    const bool across = option->state & QStyle::State_Horizontal; // the handle parts side by side
    const int length = 24;
    const QRect grip = across ? QRect(r.center().x() - 1, r.center().y() - length / 2, 2, length)
                              : QRect(r.center().x() - length / 2, r.center().y() - 1, length, 2);
    painter->fillRect(grip.intersected(r), option->palette.color(QPalette::WindowText));
}

} // namespace

HighContrastStyle::HighContrastStyle() : QProxyStyle(new FocusFrameStyle(focusFrameWidth)) {}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                      const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_PanelButtonCommand:
    case PE_FrameLineEdit:
    case PE_Frame:
    case PE_FrameTabWidget:
    case PE_FrameMenu:
    case PE_PanelMenu:
    case PE_FrameDockWidget:
    case PE_PanelTipLabel:
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        outline(painter, option, option->rect);
        break;
    case PE_FrameGroupBox: {
        // As Fusion places it: below the title.
        const int top =
            std::max(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height()) +
            3;
        outline(painter, option, option->rect.adjusted(0, top, 0, 0));
        break;
    }
    case PE_IndicatorRadioButton:
        outline(painter, option, option->rect, true);
        break;
    default:
        break;
    }
}

void HighContrastStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if (element == CE_Splitter) {
        drawGrip(painter, option); // instead of Fusion's dots, which blur into the bar
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_ProgressBarGroove)
        outline(painter, option, option->rect);
    if (element == CE_TabBarTabShape)
        outlineTab(painter, option);
}

void HighContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                           QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    switch (control) {
    case CC_ComboBox:
    case CC_SpinBox:
    case CC_ToolButton:
        outline(painter, option, option->rect);
        break;
    case CC_Slider:
        outline(painter, option, subControlRect(control, option, SC_SliderGroove, widget));
        outline(painter, option, subControlRect(control, option, SC_SliderHandle, widget));
        break;
    case CC_ScrollBar:
        outline(painter, option, subControlRect(control, option, SC_ScrollBarSlider, widget));
        break;
    default:
        break;
    }
}

} // namespace unfold
