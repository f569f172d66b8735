// SPDX-License-Identifier: GPL-3.0-or-later
#include "Heading.h"

#include <QLabel>

namespace unfold {

QLabel *newHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    heading->setTextFormat(Qt::PlainText);
    // Only the weight is set: the family and size still follow the desktop's font as it changes.
    QFont bold;
    bold.setBold(true);
    heading->setFont(bold);
    return heading;
}

} // namespace unfold
