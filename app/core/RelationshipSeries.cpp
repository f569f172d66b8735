// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipSeries.h"

#include "Journal.h"
#include "Statistics.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace unfold {

RelationshipSeries::RelationshipSeries(const QList<Session> &sessions, const QList<Disclosure> &disclosures,
                                       const QList<Topic> &topics, int layerCount,
                                       const QList<QuestionnaireAnswer> &answers)
    : m_onion(sessions, disclosures, topics, layerCount)
{
    QHash<qint64, QList<Disclosure>> bySession;
    for (const Disclosure &d : disclosures)
        bySession[d.sessionId].append(d);
    QHash<qint64, QDateTime> starts;
    m_sessions.reserve(sessions.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        SessionMeasures m;
        m.session = sessions[i];
        const QList<Disclosure> own = bySession.value(m.session.id);
        m.metrics = ReciprocityMetrics::compute(own, layerCount);
        const OnionState state = m_onion.stateAfter(int(i) + 1);
        m.breadthA = state.breadth(Speaker::A);
        m.breadthB = state.breadth(Speaker::B);
        m.penetrationA = state.penetration(Speaker::A);
        m.penetrationB = state.penetration(Speaker::B);
        m.depthCounts.fill(0, layerCount);
        QSet<qint64> touched;
        for (const Disclosure &d : own) {
            touched.insert(d.topicId);
            if (d.depth >= 1 && d.depth <= layerCount)
                ++m.depthCounts[d.depth - 1];
        }
        m.topicsTouched = int(touched.size());
        m.topicIds = QList<qint64>(touched.begin(), touched.end());
        std::sort(m.topicIds.begin(), m.topicIds.end());
        starts.insert(m.session.id, m.session.start);
        m_sessions.append(m);
    }
    for (const QuestionnaireAnswer &a : answers) {
        if (!starts.contains(a.sessionId))
            continue;
        for (const SubscaleScore &s : a.scores)
            m_scores.append({a.sessionId, starts.value(a.sessionId), a.respondent, a.instrumentId, s.subscale,
                             s.score0to100});
    }
}

RelationshipSeries RelationshipSeries::fromJournal(const Journal &journal, qint64 relationshipId)
{
    QList<Session> sessions;
    for (const SessionSummary &s : journal.sessionSummaries(relationshipId))
        sessions.append(s.session);
    return RelationshipSeries(sessions, journal.disclosuresOfRelationship(relationshipId), journal.topics(),
                              journal.layerCount(), journal.answersOfRelationship(relationshipId));
}

Series RelationshipSeries::series(Measure measure) const
{
    Series result;
    result.reserve(m_sessions.size());
    for (const SessionMeasures &s : m_sessions) {
        const ReciprocityMetrics &m = s.metrics;
        std::optional<double> value;
        switch (measure) {
        case Measure::DepthA:
            value = m.depthA;
            break;
        case Measure::DepthB:
            value = m.depthB;
            break;
        case Measure::ReciprocityIndex:
            value = m.reciprocityIndex;
            break;
        case Measure::DepthBalance:
            value = m.depthBalance;
            break;
        case Measure::VolumeBalance:
            value = m.volumeBalance;
            break;
        case Measure::TopicOverlap:
            value = m.topicOverlap;
            break;
        case Measure::TurnMatch:
            value = m.turnMatch;
            break;
        case Measure::BreadthA:
            value = s.breadthA;
            break;
        case Measure::BreadthB:
            value = s.breadthB;
            break;
        case Measure::PenetrationA:
            value = s.penetrationA;
            break;
        case Measure::PenetrationB:
            value = s.penetrationB;
            break;
        }
        result.append({s.session.id, s.session.start, value});
    }
    return result;
}

Series RelationshipSeries::scoreSeries(const QString &instrumentId, const QString &subscale,
                                       Speaker respondent) const
{
    // Scores arrive grouped by session, in session order.
    Series result;
    QList<double> values;
    qint64 current = 0;
    auto flush = [&] {
        if (current == 0)
            return;
        result.last().value = Statistics::mean(values);
        values.clear();
    };
    for (const ScoreRecord &r : m_scores) {
        if (r.instrumentId != instrumentId || r.respondent != respondent)
            continue;
        if (!subscale.isEmpty() && r.subscale != subscale)
            continue;
        if (r.sessionId != current) {
            flush();
            current = r.sessionId;
            result.append({r.sessionId, r.start, std::nullopt});
        }
        if (r.score0to100)
            values.append(*r.score0to100);
    }
    flush();
    return result;
}

} // namespace unfold
