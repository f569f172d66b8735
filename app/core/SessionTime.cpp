// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTime.h"

#include <QRegularExpression>

namespace unfold::SessionTime {

QString format(const QLocale &locale)
{
    QString pattern = locale.dateTimeFormat(QLocale::ShortFormat);
    // Seconds with the separator before them, in either notation ("ss" or "s").
    static const QRegularExpression seconds(QStringLiteral("[:.]s{1,2}"));
    pattern.remove(seconds);
    return pattern;
}

QString text(const QDateTime &start, const QLocale &locale)
{
    return locale.toString(start.toLocalTime(), format(locale));
}

} // namespace unfold::SessionTime
