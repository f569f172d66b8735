// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionState.h"
#include "QuestionnaireAnswer.h"
#include "ReciprocityMetrics.h"
#include "Session.h"

#include <QList>

#include <optional>

namespace unfold {

class Journal;

// One value of a series over time; an undefined value stays in the series so a chart can
// leave a gap there instead of joining its neighbours.
struct SeriesPoint
{
    qint64 sessionId = 0;
    QDateTime start;
    std::optional<double> value;
};
using Series = QList<SeriesPoint>;

// What one session contributes, and where the relationship stood after it.
struct SessionMeasures
{
    Session session;
    ReciprocityMetrics metrics;
    int breadthA = 0; // distinct topics reached so far (cumulative)
    int breadthB = 0;
    double penetrationA = 0; // Σ deepest layer per topic / (layers × topics), so far
    double penetrationB = 0;
    QList<int> depthCounts; // disclosures in this session at depth 1..L (index depth − 1)
    int topicsTouched = 0;  // distinct topics in this session, by either person
    QList<qint64> topicIds; // those topics, in id order
};

// A questionnaire subscale's score from one administration, placed in time by its session.
struct ScoreRecord
{
    qint64 sessionId = 0;
    QDateTime start;
    Speaker respondent = Speaker::A;
    QString instrumentId;
    QString subscale;
    std::optional<double> score0to100;
};

// Everything the charts of one relationship show over time (DESIGN.md §2.1), computed once.
class RelationshipSeries final
{
public:
    enum class Measure
    {
        DepthA,
        DepthB,
        ReciprocityIndex,
        DepthBalance,
        VolumeBalance,
        TopicOverlap,
        TurnMatch,
        BreadthA,
        BreadthB,
        PenetrationA,
        PenetrationB,
    };

    RelationshipSeries() = default;
    // `sessions` in start order; `disclosures` and `answers` of those sessions in any order.
    RelationshipSeries(const QList<Session> &sessions, const QList<Disclosure> &disclosures,
                       const QList<Topic> &topics, int layerCount, const QList<QuestionnaireAnswer> &answers);
    static RelationshipSeries fromJournal(const Journal &journal, qint64 relationshipId);

    const QList<SessionMeasures> &sessions() const { return m_sessions; }
    const QList<ScoreRecord> &scores() const { return m_scores; }
    const OnionHistory &onion() const { return m_onion; }
    int layerCount() const { return m_onion.layerCount(); }

    Series series(Measure measure) const;
    // One respondent's 0–100 score on an instrument's subscale, one point per session where the
    // instrument was answered. The value is the mean of the defined scores there: of all the
    // instrument's subscales when `subscale` is empty, and of several answers in one session.
    Series scoreSeries(const QString &instrumentId, const QString &subscale, Speaker respondent) const;

private:
    QList<SessionMeasures> m_sessions;
    QList<ScoreRecord> m_scores;
    OnionHistory m_onion;
};

} // namespace unfold
