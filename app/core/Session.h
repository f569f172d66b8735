// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace unfold {

enum class SessionContext
{
    InPerson,
    Video,
    Phone,
    Text
};

// One interaction between the two people of a relationship (or one guided therapy session).
struct Session
{
    qint64 id = 0;
    qint64 relationshipId = 0;
    QDateTime start;
    SessionContext context = SessionContext::InPerson;
    std::optional<int> mood; // 1 (low) .. 5 (high), when the user gave one
    QString notes;

    friend bool operator==(const Session &, const Session &) = default;
};

inline constexpr int minimumMood = 1;
inline constexpr int maximumMood = 5;

QString sessionContextKey(SessionContext context);
SessionContext sessionContextFromKey(const QString &key);

} // namespace unfold
