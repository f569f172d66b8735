// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionReport.h"

#include "InstrumentLibrary.h"
#include "Journal.h"
#include "ProtocolLibrary.h"
#include "RelationshipSeries.h"
#include "ScoreHistory.h"
#include "SessionTime.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace unfold {

namespace {

// A guided session marks its day on the timeline with the protocol's title (see
// GuidedSessionWizard); the report reads it back in whichever language it was written.
QString protocolOf(const Journal &journal, qint64 relationshipId, const QDate &day)
{
    const ProtocolLibrary protocols;
    for (const TimelineEvent &event : journal.timelineEvents(relationshipId)) {
        if (event.day != day)
            continue;
        for (const Protocol &protocol : protocols.protocols()) {
            for (const QString &title : protocol.title.byLanguage) {
                if (event.label.contains(title))
                    return protocol.title.text();
            }
        }
    }
    return {};
}

QString scoreLabel(const InstrumentLibrary &library, const QString &instrumentId, const QString &subscaleId)
{
    const auto instrument = library.find(instrumentId);
    if (!instrument)
        return instrumentId + QStringLiteral(" · ") + subscaleId;
    const Subscale *subscale = instrument->subscale(subscaleId);
    return instrument->title.text() + QStringLiteral(" · ") +
           (subscale ? subscale->title.text() : subscaleId);
}

} // namespace

std::optional<SessionReport> SessionReport::build(const Journal &journal, qint64 relationshipId,
                                                  qint64 sessionId, bool includeNotes, QString *error)
{
    const auto relationship = journal.relationship(relationshipId);
    if (!relationship) {
        *error = tr("there is no relationship with id %1").arg(relationshipId);
        return std::nullopt;
    }
    const RelationshipSeries series = RelationshipSeries::fromJournal(journal, relationshipId);
    const QList<SessionMeasures> &sessions = series.sessions();
    if (sessions.isEmpty()) {
        *error = tr("%1 has no sessions yet").arg(journal.relationshipTitle(*relationship));
        return std::nullopt;
    }
    qsizetype index = sessions.size() - 1;
    if (sessionId != 0) {
        index = -1;
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (sessions.at(i).session.id == sessionId)
                index = i;
        }
        if (index < 0) {
            *error = tr("session %1 is not a session of %2")
                         .arg(sessionId)
                         .arg(journal.relationshipTitle(*relationship));
            return std::nullopt;
        }
    }
    const SessionMeasures &current = sessions.at(index);

    SessionReport report;
    report.relationshipId = relationshipId;
    report.sessionId = current.session.id;
    report.clients = journal.relationshipTitle(*relationship);
    report.personA = journal.person(relationship->personA).value_or(Person{}).name;
    report.personB = journal.person(relationship->personB).value_or(Person{}).name;
    report.date = current.session.start;
    report.sessionNumber = int(index) + 1;
    report.sessionCount = int(sessions.size());
    report.protocol = protocolOf(journal, relationshipId, current.session.start.date());
    report.disclosuresA = current.metrics.nA;
    report.disclosuresB = current.metrics.nB;
    report.loggedReciprocity = current.metrics.reciprocityIndex;
    if (index > 0)
        report.previousReciprocity = sessions.at(index - 1).metrics.reciprocityIndex;

    // Scores by instrument, subscale and respondent, walked in session order up to this one.
    const InstrumentLibrary instruments;
    for (const ScoreChange &c :
         ScoreHistory::ofRelationship(journal, relationshipId, instruments, current.session.id)) {
        if (!c.score0to100)
            continue;
        auto row = std::find_if(report.scores.begin(), report.scores.end(), [&](const ReportScoreRow &r) {
            return r.instrumentId == c.instrumentId && r.subscaleId == c.subscale &&
                   r.respondent == c.respondent;
        });
        if (row == report.scores.end()) {
            ReportScoreRow added;
            added.instrumentId = c.instrumentId;
            added.subscaleId = c.subscale;
            added.label = scoreLabel(instruments, c.instrumentId, c.subscale);
            added.respondent = c.respondent;
            added.baseline = c.score0to100;
            report.scores.append(added);
            row = report.scores.end() - 1;
        }
        row->hasNorms = c.hasNorms;
        if (c.sessionId == current.session.id) {
            row->current = c.score0to100;
            row->rciPrevious = c.rciFromPrevious;
            row->rciBaseline = c.rciFromBaseline;
        } else {
            row->previous = c.score0to100; // in session order: the last one before this session wins
        }
    }
    std::stable_sort(report.scores.begin(), report.scores.end(),
                     [](const ReportScoreRow &a, const ReportScoreRow &b) {
                         return std::tie(a.label, a.respondent) < std::tie(b.label, b.respondent);
                     });

    // Only what was known by this session: a report for session 5 never rests on session 6.
    report.summary = RelationshipSummary::of(series, int(index) + 1);
    report.insights =
        Insights::find(series, InsightContext::load(journal, relationshipId, current.session.id));
    report.perception =
        ReportPerception::of(journal, relationshipId, current.session, report.personA, report.personB);
    report.notesIncluded = includeNotes;
    if (includeNotes)
        report.notes = current.session.notes;
    return report;
}

bool SessionReport::anyNorms() const
{
    return std::any_of(scores.begin(), scores.end(), [](const ReportScoreRow &r) { return r.hasNorms; });
}

QStringList SessionReport::headerLines() const
{
    QStringList lines{tr("Clients: %1").arg(clients), tr("Date: %1").arg(SessionTime::longText(date)),
                      tr("Session %1 of %2").arg(sessionNumber).arg(sessionCount)};
    lines.append(protocol.isEmpty() ? tr("Protocol: none recorded") : tr("Protocol: %1").arg(protocol));
    return lines;
}

QString SessionReport::formatValue(const std::optional<double> &value)
{
    return value ? QLocale().toString(std::round(*value), 'f', 0) : tr("no data");
}

QString SessionReport::formatChange(const std::optional<double> &from, const std::optional<double> &to)
{
    if (!from || !to)
        return {};
    const double change = std::round(*to) - std::round(*from);
    if (change == 0)
        return QStringLiteral("±0");
    // A true minus sign, so the sign reads clearly in print.
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) +
           QLocale().toString(std::abs(change), 'f', 0);
}

QString SessionReport::text() const
{
    QStringList lines{tr("Session report")};
    lines.append(headerLines());
    lines.append(QString());
    lines.append(tr("Disclosures logged: %1 by %2, %3 by %4")
                     .arg(disclosuresA)
                     .arg(personA)
                     .arg(disclosuresB)
                     .arg(personB));
    lines.append(tr("Logged reciprocity: %1 (previous session: %2)")
                     .arg(formatValue(loggedReciprocity), formatValue(previousReciprocity)));
    lines.append(QString());
    lines.append(tr("Scores (0–100): baseline, previous, current, change since previous"));
    if (scores.isEmpty())
        lines.append(tr("No questionnaire answered yet."));
    for (const ReportScoreRow &row : scores) {
        lines.append(QStringLiteral("%1 — %2: %3, %4, %5 %6")
                         .arg(row.label, row.respondent == Speaker::A ? personA : personB,
                              formatValue(row.baseline), formatValue(row.previous), formatValue(row.current),
                              formatChange(row.previous, row.current))
                         .trimmed());
    }
    if (anyNorms()) {
        lines.append(tr("Reliable change (Jacobson–Truax): since previous, since baseline"));
        for (const ReportScoreRow &row : scores) {
            if (row.hasNorms)
                lines.append(QStringLiteral("%1 — %2: %3, %4")
                                 .arg(row.label, row.respondent == Speaker::A ? personA : personB,
                                      ScoreHistory::rciText(row.rciPrevious, tr("no data")),
                                      ScoreHistory::rciText(row.rciBaseline, tr("no data"))));
        }
    }
    lines.append(ScoreHistory::rciNote());
    lines.append(QString());
    lines.append(tr("Across sessions 1 to %1 (descriptive)").arg(sessionNumber));
    const QList<QStringList> rows = summary.rows(personA, personB);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const SummaryBasis &basis = summary.measures().at(i).basis;
        const QString restsOn =
            basis.sessions == 0 ? tr("no sessions") : tr("sessions: %1, %2").arg(row.at(3), row.at(4));
        lines.append(QStringLiteral("%1 — %2: %3 (%4)").arg(row.at(0), row.at(1), row.at(2), restsOn));
    }
    lines.append(RelationshipSummary::caveat());
    lines.append(QString());
    lines.append(tr("Insights"));
    if (insights.isEmpty())
        lines.append(tr("Nothing stands out in the data so far."));
    for (const Insight &insight : insights) {
        lines.append(insight.title + QStringLiteral(": ") + insight.text);
        lines.append(QStringLiteral("  ") + tr("Based on:"));
        for (const InsightEvidence &e : insight.evidence)
            lines.append(QStringLiteral("  • %1: %2").arg(e.label, e.value));
    }
    if (perception) {
        lines.append(QString());
        lines.append(perception->heading());
        lines.append(perception->summary);
        lines.append(perception->sessionLine(personA, personB));
    }
    if (notesIncluded) {
        lines.append(QString());
        lines.append(tr("Therapist notes"));
        lines.append(notes.isEmpty() ? tr("No notes for this session.") : notes);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace unfold
