// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuestionnaireAnswer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace unfold {

class InstrumentLibrary;
class Journal;

// One subscale score of one answer set, beside where the same person stood on the same
// instrument's subscale before: the change since their previous score and, where the
// instrument file gives norms (a published SD and reliability), the Jacobson–Truax reliable
// change index against that previous score and against their baseline (their first score of
// the instrument in this relationship).
struct ScoreChange
{
    qint64 answerId = 0; // QuestionnaireAnswer::id: joins this row to an exported answer set
    qint64 sessionId = 0;
    QDateTime start; // the session's start
    Speaker respondent = Speaker::A;
    QString instrumentId;
    int instrumentVersion = 1;
    QString subscale;
    std::optional<double> score;              // on the subscale's own metric (mean, or prorated sum)
    std::optional<double> score0to100;        // (mean − min) / (max − min) × 100
    qint64 previousSessionId = 0;             // the session of the previous score; 0 when this is the first
    qint64 baselineSessionId = 0;             // the session of the first score; this one's own for the first
    std::optional<double> changeFromPrevious; // in 0–100 points
    bool hasNorms = false;                    // the instrument gives this subscale norms
    std::optional<double> rciFromPrevious;    // only with norms and a previous score
    std::optional<double> rciFromBaseline;    // only with norms and an earlier baseline score

    // Whether a change is reliable (|RCI| > 1.96); nothing when there is no RCI to judge by.
    static std::optional<bool> isReliable(const std::optional<double> &rci);
};

// The scores of a relationship's answer sets in session order, each with its changes
// (ScoreChange). One API for the Questionnaires view's history, `unfold score --journal`, the
// session report and the data export:
//
//     const InstrumentLibrary library;
//     for (const ScoreChange &c : ScoreHistory::ofRelationship(journal, relationshipId, library))
//         ...; // c.answerId, c.subscale, c.score0to100, c.rciFromBaseline, ...
//
// Scores are those stored with each answer set. Previous and baseline are per respondent,
// instrument and subscale, and skip answer sets where that subscale had no score (too few
// items answered). A missing figure is nothing, never 0.
class ScoreHistory final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ScoreHistory)

public:
    // `answers` in session order (as Journal::answersOfRelationship gives them), `starts` the
    // sessions' starts by id; norms come from `library` (the answer's instrument version).
    static QList<ScoreChange> compute(const QList<QuestionnaireAnswer> &answers,
                                      const QHash<qint64, QDateTime> &starts,
                                      const InstrumentLibrary &library);
    // Every answer set of the relationship, up to and including session `upToSessionId` (0: all).
    static QList<ScoreChange> ofRelationship(const Journal &journal, qint64 relationshipId,
                                             const InstrumentLibrary &library, qint64 upToSessionId = 0);

    // "↑ reliable rise (RCI 2.31)", "within noise (RCI 0.52)", or `none` without an RCI.
    static QString rciText(const std::optional<double> &rci, const QString &none = {});
    // Why there may be no RCI: said once beside every table that has the column.
    static QString rciNote();
};

} // namespace unfold
