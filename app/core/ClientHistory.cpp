// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientHistory.h"

#include "Journal.h"
#include "RelationshipSeries.h"

namespace unfold {

namespace {

// "Guided session: <protocol>", as GuidedSessionWizard marks the day; the label after the
// first colon is the protocol in the language it was run in.
QString protocolOn(const QList<TimelineEvent> &events, const QDate &day)
{
    for (const TimelineEvent &event : events) {
        if (event.day == day && event.label.contains(QLatin1Char(':')))
            return event.label.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

} // namespace

QList<ClientHistoryRow> ClientHistory::rows(const Journal &journal, qint64 relationshipId)
{
    const RelationshipSeries series = RelationshipSeries::fromJournal(journal, relationshipId);
    const QList<TimelineEvent> events = journal.timelineEvents(relationshipId);
    QList<ClientHistoryRow> rows;
    QHash<qint64, qsizetype> index;
    for (const SessionMeasures &measures : series.sessions()) {
        ClientHistoryRow row;
        row.sessionId = measures.session.id;
        row.number = int(rows.size()) + 1;
        row.start = measures.session.start;
        row.protocol = protocolOn(events, row.start.date());
        row.disclosuresA = measures.metrics.nA;
        row.disclosuresB = measures.metrics.nB;
        row.loggedReciprocity = measures.metrics.reciprocityIndex;
        row.notes = measures.session.notes;
        index.insert(row.sessionId, rows.size());
        rows.append(row);
    }
    for (const ScoreRecord &score : series.scores()) {
        const qsizetype at = index.value(score.sessionId, -1);
        if (at < 0 || score.instrumentId != QLatin1String("session-checkin") ||
            score.subscale != QLatin1String("balance"))
            continue;
        (score.respondent == Speaker::A ? rows[at].feltBalanceA : rows[at].feltBalanceB) = score.score0to100;
    }
    return rows;
}

} // namespace unfold
