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
    // Only what was known by the reported session: the sessions of mine up to it and the
    // partner's begun by then (or within the matching window after), matched among themselves,
    // so a later session of either account cannot take a pair away from an earlier report.
    const QDateTime by = reported.start;
    const QDateTime partnerBy = by.addSecs(SessionMatching::defaultWindowSeconds);
    QList<SessionMatching::Start> mine;
    for (const SessionSummary &s : journal.sessionSummaries(relationshipId)) {
        if (s.session.start <= by)
            mine.append({s.session.id, s.session.start});
    }
    StoredPartnerAccount known = *partner;
    known.account.sessions.removeIf([&](const PartnerSession &s) { return s.start > partnerBy; });
    QList<SessionMatching::Start> theirs;
    for (const PartnerSession &s : std::as_const(known.account.sessions))
        theirs.append({s.id, s.start});
    const MatchedSessions matched =
        SessionMatching::match(mine, theirs, journal.matchDecisions(relationshipId));

    ReportPerception result;
    result.partner = PerceptionSummary::partnerName(*partner, nameA, nameB);
    result.series = PerceptionSeries::of(journal, known, matched);
    result.summary = PerceptionSummary::lines(result.series, known, nameA, nameB);
    for (const PairPerception &pair : std::as_const(result.series.pairs)) {
        if (pair.match.sessionId != reported.id)
            continue;
        result.session = pair;
        if (const PartnerSession *paired = partner->account.session(pair.match.partnerSessionId))
            result.partnerStart = paired->start;
    }
    return result;
}

QString ReportPerception::heading() const
{
    return tr("Both sides: %1's account beside yours").arg(partner);
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
