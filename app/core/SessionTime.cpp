// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace unfold::SessionTime {

namespace {
// A pattern without its seconds and the separator before them, in either notation ("ss" or "s").
QString withoutSeconds(QString pattern)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]s{1,2}"));
    return pattern.remove(seconds);
}
} // namespace

QString format(const QLocale &locale)
{
    return withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString longText(const QDateTime &start, const QLocale &locale)
{
    const QDateTime local = start.toLocalTime();
    return QCoreApplication::translate("unfold::SessionTime", "%1, %2", "a long date, then the time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), withoutSeconds(locale.timeFormat(QLocale::ShortFormat))));
}

QString text(const QDateTime &start, const QLocale &locale)
{
    return locale.toString(start.toLocalTime(), format(locale));
}

} // namespace unfold::SessionTime
