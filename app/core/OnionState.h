// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "Session.h"
#include "Topic.h"

#include <QDateTime>
#include <QList>

#include <array>
#include <optional>

namespace unfold {

class Journal;

// The onion of one relationship as it stood after a number of its sessions (DESIGN.md §2.1):
// per visible topic, layer and person, how many disclosures there were and when the latest was.
// Topic indexes count visible topics in their onion order; depth runs 1 (outermost) .. layerCount.
class OnionState final
{
public:
    int topicCount() const { return int(m_topics.size()); }
    int layerCount() const { return m_layerCount; }
    const QList<Topic> &topics() const { return m_topics; }
    int sessionsIncluded() const { return m_sessionsIncluded; } // 0 = before the first session
    // Sessions left out at the start: a window over the latest sessions (OnionHistory::stateWithin)
    // counts only sessions windowStart()+1 .. sessionsIncluded(). 0 for the whole history.
    int windowStart() const { return m_windowStart; }

    int count(int topic, int depth, Speaker speaker) const;
    // Start of the latest session with a disclosure there; invalid when there is none.
    QDateTime latest(int topic, int depth, Speaker speaker) const;
    int latestSessionIndex(int topic, int depth, Speaker speaker) const; // -1 when none
    // Deepest layer with a disclosure on the topic; 0 when the person has not touched it.
    int maxDepth(int topic, Speaker speaker) const;
    // Penetrating a deeper layer passes through the outer ones, so a cell is reached when the
    // person has gone at least this deep on the topic.
    bool reached(int topic, int depth, Speaker speaker) const { return maxDepth(topic, speaker) >= depth; }
    int breadth(Speaker speaker) const; // topics touched
    // Σ maxDepth / (layers × visible topics), 0..1; 0 when no topic is visible.
    double penetration(Speaker speaker) const;

private:
    friend class OnionHistory;
    struct Cell
    {
        int count = 0;
        int latestSession = -1; // index into the history's sessions
    };
    int cellIndex(int topic, int depth, Speaker speaker) const;
    bool valid(int topic, int depth) const;

    QList<Topic> m_topics;
    QList<QDateTime> m_sessionStarts; // shared with the history, implicitly
    int m_layerCount = 0;
    int m_sessionsIncluded = 0;
    int m_windowStart = 0;
    QList<Cell> m_cells;
};

// All of a relationship's onion states, one per session. Built once in O(disclosures +
// sessions × cells) so that scrubbing to any session only copies one snapshot (O(cells)).
class OnionHistory final
{
public:
    OnionHistory() = default;
    // `sessions` in start order; `disclosures` of those sessions in any order; `topics` in onion
    // order, hidden ones included (they are left out). Disclosures on hidden or unknown topics,
    // unknown sessions or depths outside 1..layerCount are ignored.
    OnionHistory(const QList<Session> &sessions, const QList<Disclosure> &disclosures,
                 const QList<Topic> &topics, int layerCount);
    static OnionHistory fromJournal(const Journal &journal, qint64 relationshipId);

    int sessionCount() const { return int(m_sessions.size()); }
    const QList<Session> &sessions() const { return m_sessions; }
    int topicCount() const { return int(m_topics.size()); }
    int layerCount() const { return m_layerCount; }
    const QList<Topic> &topics() const { return m_topics; }
    int totalDisclosures() const { return int(m_disclosures.size()); }

    // The cumulative state after the first `n` sessions, n clamped to 0..sessionCount().
    OnionState stateAfter(int n) const;
    // Only the latest `window` sessions up to session `n` (all of them when `window` <= 0): what
    // the two still share, so a topic they have stopped going deep on shows (depenetration,
    // DESIGN.md §2.1). O(cells), from two snapshots, like stateAfter.
    OnionState stateWithin(int n, int window) const;
    // The disclosures of sessions from+1 .. n at one cell, oldest first.
    QList<Disclosure> disclosuresAt(int n, int topic, int depth, std::optional<Speaker> speaker,
                                    int from = 0) const;
    // The session a disclosure belongs to, by its index in sessions(); -1 when unknown.
    int sessionIndex(qint64 sessionId) const;

private:
    struct Placed
    {
        Disclosure disclosure;
        int session = 0;
        int topic = 0;
    };
    QList<Session> m_sessions;
    QList<QDateTime> m_sessionStarts;
    QList<Topic> m_topics;
    QList<Placed> m_disclosures; // in session order
    int m_layerCount = 0;
    int m_cellCount = 0;
    QList<OnionState::Cell> m_snapshots; // (sessionCount + 1) × cells, snapshot 0 empty
};

} // namespace unfold
