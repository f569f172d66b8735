// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "Insights.h"
#include "RelationshipSummary.h"
#include "ReportPerception.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace unfold {

class Journal;

// One questionnaire subscale of one partner across the sessions: where it started, where it
// was the session before, and where it is now. Values are 0–100; missing is "no data".
struct ReportScoreRow
{
    QString instrumentId;
    QString subscaleId;
    QString label; // "Session check-in · Felt responsiveness"
    Speaker respondent = Speaker::A;
    std::optional<double> baseline;
    std::optional<double> previous;
    std::optional<double> current;
    // Jacobson–Truax reliable change of the current score (ScoreHistory); only where the
    // instrument gives the subscale norms and there is an earlier score to compare with.
    bool hasNorms = false;
    std::optional<double> rciPrevious;
    std::optional<double> rciBaseline;
};

// What a session report says, gathered from a journal once, before anything is drawn: the
// PDF, the summary page and the tests all read the same content. Therapist notes (the
// session's notes) are in it only when asked for, so leaving them out cannot be forgotten
// by any one output.
class SessionReport final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::SessionReport)

public:
    // The report of session `sessionId` of the relationship (0: its latest session). Nothing,
    // with `error` set, when the relationship or session is unknown or has no sessions.
    static std::optional<SessionReport> build(const Journal &journal, qint64 relationshipId, qint64 sessionId,
                                              bool includeNotes, QString *error);

    qint64 relationshipId = 0;
    qint64 sessionId = 0;
    QString clients; // "Anna & Ben"
    QString personA;
    QString personB;
    QDateTime date;
    int sessionNumber = 0; // 1-based among the relationship's sessions
    int sessionCount = 0;
    QString protocol; // the guided-session protocol, when one was recorded for the session
    int disclosuresA = 0;
    int disclosuresB = 0;
    std::optional<double> loggedReciprocity;   // reciprocity index of this session, 0–100
    std::optional<double> previousReciprocity; // of the session before
    QList<ReportScoreRow> scores;
    bool anyNorms() const;
    // The measures across the sessions up to this one (DESIGN.md §2.1), descriptive.
    RelationshipSummary summary;
    QList<Insight> insights;
    // The partner's account beside this one, when the journal holds it.
    std::optional<ReportPerception> perception;
    bool notesIncluded = false;
    QString notes;

    // The header lines: clients, date, session number, protocol.
    QStringList headerLines() const;
    // "62", or "no data": how every output writes a missing value.
    static QString formatValue(const std::optional<double> &value);
    // The change from `from` to `to` with its sign ("+8", "−3"), or empty when either is missing.
    static QString formatChange(const std::optional<double> &from, const std::optional<double> &to);
    // The whole report as plain text, in the order the PDF shows it.
    QString text() const;
};

} // namespace unfold
