// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace unfold::SessionTime {

// How a session's start is written in lists and fields: the locale's short date and time, to
// the minute. Sessions are logged to the minute; the C locale's short format (used where no
// language is set, as in many containers) would otherwise show ":00" seconds.
QString format(const QLocale &locale);
QString text(const QDateTime &start, const QLocale &locale = QLocale());
// The same for a page a person reads once (a report's header): the day written out in full and
// the local time to the minute, "Sunday, 25 October 2026, 19:04", with no seconds and no zone.
QString longText(const QDateTime &start, const QLocale &locale = QLocale());

} // namespace unfold::SessionTime
