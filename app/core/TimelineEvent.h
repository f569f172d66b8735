// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace unfold {

// Something the user marks on a relationship's timeline ("moved in", "argument", "started
// therapy"), drawn on every chart so changes in the series can be read against it.
struct TimelineEvent
{
    qint64 id = 0;
    qint64 relationshipId = 0;
    QDate day;
    QString label;

    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

} // namespace unfold
