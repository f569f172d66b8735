// SPDX-License-Identifier: GPL-3.0-or-later
#include "SteadyLabel.h"

#include <algorithm>

namespace unfold {

SteadyLabel::SteadyLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    // Shown as it is measured, as plain text: the names in it are the user's own words, which a
    // label guessing at markup would read "<b>Sam</b>" as bold.
    setTextFormat(Qt::PlainText);
}

void SteadyLabel::keepRoomFor(const QString &text)
{
    if (text == m_room)
        return;
    m_room = text;
    updateGeometry();
}

int SteadyLabel::heightForWidth(int width) const
{
    const int own = QLabel::heightForWidth(width);
    if (m_room.isEmpty() || width <= 0)
        return own;
    // Measured as a plain label measures its text: within its margins, wrapped at word breaks.
    const QMargins margins = contentsMargins();
    const int inner = std::max(1, width - margins.left() - margins.right() - 2 * margin());
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, inner, QWIDGETSIZE_MAX),
                                                  int(alignment()) | Qt::TextWordWrap, m_room);
    return std::max(own, text.height() + margins.top() + margins.bottom() + 2 * margin());
}

} // namespace unfold
