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

} // namespace unfold::SessionTime
