// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace unfold {

// What the user decided about one of my sessions and one of the partner's: they are the same
// conversation (paired), or they are not (kept apart, so the automatic matching never pairs them).
struct MatchDecision
{
    qint64 sessionId = 0;        // in this journal
    qint64 partnerSessionId = 0; // in the partner's account
    bool paired = true;

    friend bool operator==(const MatchDecision &, const MatchDecision &) = default;
};

// One of my sessions and the partner's account of the same conversation.
struct SessionMatch
{
    qint64 sessionId = 0;
    qint64 partnerSessionId = 0;
    bool confirmed = false; // paired by the user, not only by time
    qint64 secondsApart = 0;

    friend bool operator==(const SessionMatch &, const SessionMatch &) = default;
};

struct MatchedSessions
{
    QList<SessionMatch> matches; // in the order of my sessions
    QList<qint64> unmatchedMine;
    QList<qint64> unmatchedPartner;
};

// Pairs the sessions of two accounts one to one (DESIGN.md §2.3): first as the user decided, then
// the rest by start time, the nearest pair first, within `window`. Nearest-first is greedy on
// purpose: it is what a person pairing the two diaries by hand would do, and each pair it makes
// is the closest one left, so two sessions on the same day pair morning with morning.
namespace SessionMatching {

inline constexpr qint64 defaultWindowSeconds = 24 * 60 * 60;

struct Start
{
    qint64 id = 0;
    QDateTime start;
};

MatchedSessions match(const QList<Start> &mine, const QList<Start> &partner,
                      const QList<MatchDecision> &decisions, qint64 windowSeconds = defaultWindowSeconds);

} // namespace SessionMatching
} // namespace unfold
