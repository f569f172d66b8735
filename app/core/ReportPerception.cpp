// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPerception.h"

#include "Journal.h"
#include "PerceptionSummary.h"
#include "SessionMatching.h"
#include "SessionTime.h"

namespace unfold {

std::optional<ReportPerception> ReportPerception::of(const Journal &journal, qint64 relationshipId,
                                                     const Session &reported, const QString &nameA,
                                                     const QString &nameB)
{
    const std::optional<StoredPartnerAccount> partner = journal.partnerAccount(relationshipId);
    if (!partner)
        return std::nullopt;
    // Only what was known by the reported session: a later session of either account, and a
    // match made with it, does not change a report of an earlier one.
    const QDateTime by = reported.start;
    const QDateTime partnerBy = by.addSecs(SessionMatching::defaultWindowSeconds);
    QHash<qint64, QDateTime> myStarts;
    for (const SessionSummary &s : journal.sessionSummaries(relationshipId))
        myStarts.insert(s.session.id, s.session.start);
    const MatchedSessions all = journal.matchedSessions(relationshipId, partner);
    MatchedSessions known;
    for (const SessionMatch &m : all.matches) {
        if (myStarts.value(m.sessionId) <= by)
            known.matches.append(m);
    }
    for (qint64 id : all.unmatchedMine) {
        if (myStarts.value(id) <= by)
            known.unmatchedMine.append(id);
    }
    for (qint64 id : all.unmatchedPartner) {
        const PartnerSession *s = partner->account.session(id);
        if (s && s->start <= partnerBy)
            known.unmatchedPartner.append(id);
    }

    ReportPerception result;
    result.partner = PerceptionSummary::partnerName(*partner, nameA, nameB);
    result.series = PerceptionSeries::of(journal, *partner, known);
    result.summary = PerceptionSummary::lines(result.series, *partner, nameA, nameB);
    for (const PairPerception &pair : std::as_const(result.series.pairs)) {
        if (pair.match.sessionId != reported.id)
            continue;
        result.session = pair;
        if (const PartnerSession *theirs = partner->account.session(pair.match.partnerSessionId))
            result.partnerStart = theirs->start;
    }
    return result;
}

QString ReportPerception::sessionLine(const QString &nameA, const QString &nameB) const
{
    if (!session)
        return tr("%1's account has no session matched to this one.").arg(partner);
    return tr("This session beside %1's of %2: agreement %3 of 100; depth gap %4 %5, %6 %7.")
        .arg(partner, SessionTime::text(partnerStart), PerceptionSummary::indexText(session->agreementIndex),
             nameA, PerceptionSummary::gapText(session->a.depthGap), nameB,
             PerceptionSummary::gapText(session->b.depthGap));
}

} // namespace unfold
