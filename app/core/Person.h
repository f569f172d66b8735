// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold {

// A person in a journal: a name or alias. One person may be "me", the journal's owner.
struct Person
{
    qint64 id = 0;
    QString name;
    QString colour; // "#rrggbb" or empty for the palette's default
    bool isMe = false;

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace unfold
