// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionState.h"

#include "Journal.h"

#include <QHash>

#include <algorithm>

namespace unfold {

namespace {
int speakerIndex(Speaker speaker)
{
    return speaker == Speaker::A ? 0 : 1;
}
} // namespace

bool OnionState::valid(int topic, int depth) const
{
    return topic >= 0 && topic < topicCount() && depth >= 1 && depth <= m_layerCount;
}

int OnionState::cellIndex(int topic, int depth, Speaker speaker) const
{
    return (topic * m_layerCount + (depth - 1)) * 2 + speakerIndex(speaker);
}

int OnionState::count(int topic, int depth, Speaker speaker) const
{
    return valid(topic, depth) ? m_cells.at(cellIndex(topic, depth, speaker)).count : 0;
}

int OnionState::latestSessionIndex(int topic, int depth, Speaker speaker) const
{
    return valid(topic, depth) ? m_cells.at(cellIndex(topic, depth, speaker)).latestSession : -1;
}

QDateTime OnionState::latest(int topic, int depth, Speaker speaker) const
{
    const int index = latestSessionIndex(topic, depth, speaker);
    return index >= 0 ? m_sessionStarts.value(index) : QDateTime();
}

int OnionState::maxDepth(int topic, Speaker speaker) const
{
    if (topic < 0 || topic >= topicCount())
        return 0;
    for (int depth = m_layerCount; depth >= 1; --depth)
        if (m_cells.at(cellIndex(topic, depth, speaker)).count > 0)
            return depth;
    return 0;
}

int OnionState::breadth(Speaker speaker) const
{
    int topics = 0;
    for (int topic = 0; topic < topicCount(); ++topic)
        topics += maxDepth(topic, speaker) > 0 ? 1 : 0;
    return topics;
}

double OnionState::penetration(Speaker speaker) const
{
    if (topicCount() == 0 || m_layerCount == 0)
        return 0.0;
    int sum = 0;
    for (int topic = 0; topic < topicCount(); ++topic)
        sum += maxDepth(topic, speaker);
    return double(sum) / double(m_layerCount * topicCount());
}

OnionHistory::OnionHistory(const QList<Session> &sessions, const QList<Disclosure> &disclosures,
                           const QList<Topic> &topics, int layerCount)
    : m_sessions(sessions), m_layerCount(std::max(layerCount, 0))
{
    // Start order is the caller's promise; a stable sort keeps equal starts as given.
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [](const Session &a, const Session &b) { return a.start < b.start; });
    for (const Topic &topic : topics)
        if (!topic.hidden)
            m_topics.append(topic);
    m_sessionStarts.reserve(m_sessions.size());
    QHash<qint64, int> sessionOf;
    for (int i = 0; i < m_sessions.size(); ++i) {
        m_sessionStarts.append(m_sessions.at(i).start);
        sessionOf.insert(m_sessions.at(i).id, i);
    }
    QHash<qint64, int> topicOf;
    for (int i = 0; i < m_topics.size(); ++i)
        topicOf.insert(m_topics.at(i).id, i);

    for (const Disclosure &d : disclosures) {
        const auto session = sessionOf.constFind(d.sessionId);
        const auto topic = topicOf.constFind(d.topicId);
        if (session == sessionOf.cend() || topic == topicOf.cend() || d.depth < 1 || d.depth > m_layerCount)
            continue;
        m_disclosures.append({d, *session, *topic});
    }
    std::stable_sort(m_disclosures.begin(), m_disclosures.end(), [](const Placed &a, const Placed &b) {
        return a.session != b.session ? a.session < b.session : a.disclosure.position < b.disclosure.position;
    });

    // One snapshot per session: each is the previous one plus that session's increments.
    m_cellCount = int(m_topics.size()) * m_layerCount * 2;
    m_snapshots.resize(qsizetype(m_cellCount) * (m_sessions.size() + 1));
    auto next = m_disclosures.cbegin();
    for (int s = 0; s < m_sessions.size(); ++s) {
        const qsizetype base = qsizetype(m_cellCount) * (s + 1);
        std::copy_n(m_snapshots.cbegin() + base - m_cellCount, m_cellCount, m_snapshots.begin() + base);
        for (; next != m_disclosures.cend() && next->session == s; ++next) {
            const int cell = (next->topic * m_layerCount + next->disclosure.depth - 1) * 2 +
                             speakerIndex(next->disclosure.speaker);
            OnionState::Cell &target = m_snapshots[base + cell];
            ++target.count;
            target.latestSession = s;
        }
    }
}

OnionHistory OnionHistory::fromJournal(const Journal &journal, qint64 relationshipId)
{
    QList<Session> sessions;
    const auto summaries = journal.sessionSummaries(relationshipId);
    sessions.reserve(summaries.size());
    for (const SessionSummary &summary : summaries)
        sessions.append(summary.session);
    return OnionHistory(sessions, journal.disclosuresOfRelationship(relationshipId), journal.topics(),
                        journal.layerCount());
}

OnionState OnionHistory::stateAfter(int n) const
{
    n = std::clamp(n, 0, sessionCount());
    OnionState state;
    state.m_topics = m_topics;
    state.m_sessionStarts = m_sessionStarts;
    state.m_layerCount = m_layerCount;
    state.m_sessionsIncluded = n;
    if (m_cellCount > 0) {
        const auto first = m_snapshots.cbegin() + qsizetype(m_cellCount) * n;
        state.m_cells = QList<OnionState::Cell>(first, first + m_cellCount);
    } else {
        state.m_cells.clear();
    }
    return state;
}

OnionState OnionHistory::stateWithin(int n, int window) const
{
    OnionState state = stateAfter(n);
    const int from = window > 0 ? std::max(0, state.m_sessionsIncluded - window) : 0;
    if (from == 0)
        return state;
    state.m_windowStart = from;
    // Counts are cumulative, so the window's are the difference of two snapshots; a cell's
    // latest session is the end snapshot's when the window holds any disclosure there.
    const auto before = m_snapshots.cbegin() + qsizetype(m_cellCount) * from;
    for (int i = 0; i < m_cellCount; ++i) {
        OnionState::Cell &cell = state.m_cells[i];
        cell.count -= (before + i)->count;
        if (cell.count == 0)
            cell.latestSession = -1;
    }
    return state;
}

QList<Disclosure> OnionHistory::disclosuresAt(int n, int topic, int depth, std::optional<Speaker> speaker,
                                              int from) const
{
    QList<Disclosure> result;
    for (const Placed &placed : m_disclosures) {
        if (placed.session >= n)
            break;
        if (placed.session >= from && placed.topic == topic && placed.disclosure.depth == depth &&
            (!speaker || placed.disclosure.speaker == *speaker))
            result.append(placed.disclosure);
    }
    return result;
}

int OnionHistory::sessionIndex(qint64 sessionId) const
{
    for (int i = 0; i < m_sessions.size(); ++i)
        if (m_sessions.at(i).id == sessionId)
            return i;
    return -1;
}

} // namespace unfold
