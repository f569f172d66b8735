// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerInput.h"

#include "ClosenessPainter.h"

#include <QKeyEvent>
#include <QPainter>
#include <QResizeEvent>

#include <QStyleOptionFocusRect>
#include <algorithm>
#include <cmath>

namespace unfold {

namespace {
constexpr int cellWidth = 64;
constexpr int boxHeight = 34;
constexpr int circlesHeight = 64;
constexpr double smallestCaption = 0.75; // of the widget's font, before a caption is cut
} // namespace

AnswerInput::AnswerInput(const Instrument &instrument, const InstrumentItem &item, QWidget *parent)
    : QWidget(parent), m_itemId(item.id), m_circles(item.kind == ItemKind::Circles),
      m_min(instrument.itemMin(item)), m_max(instrument.itemMax(item))
{
    setFocusPolicy(Qt::StrongFocus);
    m_captionLines = m_circles ? 1 : 2;
    for (int v = m_min; v <= m_max; ++v)
        m_labels.append(m_circles ? QString() : instrument.scale.anchorLabel(v));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleDescription(describe());
}

int AnswerInput::captionHeight() const
{
    return fontMetrics().lineSpacing() * m_captionLines + 2;
}

void AnswerInput::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A scale's words get the lines their longest needs at this width ("Stimme überhaupt /
    // nicht zu"), up to three; the circles' numbers one. The height follows.
    int lines = 1;
    if (!m_circles) {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetricsF metrics(bold);
        const double room = cell(m_min).width() - 4;
        for (const QString &label : std::as_const(m_labels)) {
            const QRectF needed =
                metrics.boundingRect(QRectF(0, 0, room, 1e4), Qt::AlignHCenter | Qt::TextWordWrap, label);
            lines = std::max(lines, int(std::ceil(needed.height() / metrics.lineSpacing() - 0.01)));
        }
        lines = std::clamp(lines, 2, 3);
    }
    if (lines != m_captionLines) {
        m_captionLines = lines;
        updateGeometry();
        update();
    }
}

QSize AnswerInput::sizeHint() const
{
    return {cellWidth * count(), (m_circles ? circlesHeight : boxHeight) + captionHeight() + 2};
}
QSize AnswerInput::minimumSizeHint() const
{
    return {36 * count(), sizeHint().height()};
}

QFont AnswerInput::captionFont(const QString &caption, const QFont &base, const QSizeF &room,
                               bool *fits) const
{
    // The caption wraps onto its lines; where a word is still too long for the point's width, the
    // font steps down a little rather than cutting the word.
    QFont font = base;
    for (double scale = 1.0; scale >= smallestCaption - 1e-9; scale -= 0.05) {
        font.setPointSizeF(base.pointSizeF() * scale);
        const QRectF needed = QFontMetricsF(font).boundingRect(
            QRectF(QPointF(0, 0), QSizeF(room.width(), 1e4)), Qt::AlignHCenter | Qt::TextWordWrap, caption);
        if (needed.width() <= room.width() && needed.height() <= room.height()) {
            if (fits)
                *fits = true;
            return font;
        }
    }
    if (fits)
        *fits = false;
    return font;
}

bool AnswerInput::captionsFit() const
{
    for (int v = m_min; v <= m_max; ++v) {
        const QRectF room = captionArea(v);
        const QString caption = m_circles ? QStringLiteral("\u2713 %1").arg(v) : m_labels.value(v - m_min);
        QFont bold = font();
        bold.setBold(true); // the chosen point's caption is bold: the wider of the two
        bool fits = false;
        captionFont(caption, bold, room.size(), &fits);
        if (!fits)
            return false;
    }
    return true;
}

QRectF AnswerInput::captionArea(int value) const
{
    const QRectF area = cell(value).adjusted(2, 2, -2, -2);
    return {area.left(), area.bottom() - captionHeight(), area.width(), double(captionHeight())};
}

void AnswerInput::setValue(std::optional<int> value)
{
    if (value && (*value < m_min || *value > m_max))
        value.reset();
    if (value == m_value)
        return;
    m_value = value;
    setAccessibleDescription(describe());
    update();
    Q_EMIT valueChanged();
}

QString AnswerInput::describe() const
{
    if (!m_value)
        return tr("Not answered. Type %1 to %2, or use the arrow keys.").arg(m_min).arg(m_max);
    const QString label = m_labels.value(*m_value - m_min);
    return label.isEmpty() ? tr("Answer: %1").arg(*m_value) : tr("Answer: %1, %2").arg(*m_value).arg(label);
}

QRectF AnswerInput::cell(int value) const
{
    const double each = double(width() - 2) / count();
    return {1 + (value - m_min) * each, 1, each, double(height() - 2)};
}

void AnswerInput::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    QFont bold = font();
    bold.setBold(true);
    for (int v = m_min; v <= m_max; ++v) {
        const QRectF area = cell(v).adjusted(2, 2, -2, -2);
        const bool chosen = m_value == v;
        const QRectF captionRoom = captionArea(v);
        const QRectF above = area.adjusted(0, 0, 0, -captionRoom.height() - 2);
        if (m_circles) {
            ClosenessPainter::paintPair(painter, above, v, chosen, pal);
        } else {
            painter.setPen(QPen(pal.color(QPalette::WindowText), chosen ? 3 : 1));
            painter.setBrush(chosen ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
            painter.drawRoundedRect(above, 4, 4);
            painter.setPen(chosen ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
            painter.setFont(chosen ? bold : font());
            // The chosen point carries a tick as well as the fill: never colour alone.
            const QString mark = chosen ? QStringLiteral("\u2713 %1").arg(v) : QString::number(v);
            painter.drawText(above, Qt::AlignCenter, mark);
        }
        painter.setPen(pal.color(QPalette::WindowText));
        QString caption = m_circles ? QString::number(v) : m_labels.value(v - m_min);
        if (m_circles && chosen)
            caption = QStringLiteral("\u2713 %1").arg(v);
        painter.setFont(captionFont(caption, chosen ? bold : font(), captionRoom.size()));
        painter.drawText(captionRoom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void AnswerInput::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (digit >= m_min && digit <= m_max) {
            setValue(digit);
            Q_EMIT chosenByKey();
        }
        return;
    }
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Minus:
        setValue(m_value ? std::max(m_min, *m_value - 1) : m_min);
        return;
    case Qt::Key_Right:
    case Qt::Key_Plus:
        setValue(m_value ? std::min(m_max, *m_value + 1) : m_min);
        return;
    case Qt::Key_Home:
        setValue(m_min);
        return;
    case Qt::Key_End:
        setValue(m_max);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setValue(std::nullopt);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter moves on from an answered item, as a digit does; an open item keeps focus.
        if (m_value && event->modifiers() == Qt::NoModifier) {
            Q_EMIT chosenByKey();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void AnswerInput::mousePressEvent(QMouseEvent *event)
{
    for (int v = m_min; v <= m_max; ++v) {
        if (cell(v).contains(event->position())) {
            setValue(v);
            setFocus(Qt::MouseFocusReason);
            return;
        }
    }
}

void AnswerInput::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void AnswerInput::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace unfold
