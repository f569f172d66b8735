// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionMatching.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace unfold::SessionMatching {

MatchedSessions match(const QList<Start> &mine, const QList<Start> &partner,
                      const QList<MatchDecision> &decisions, qint64 windowSeconds)
{
    QHash<qint64, QDateTime> myStart;
    for (const Start &s : mine)
        myStart.insert(s.id, s.start);
    QHash<qint64, QDateTime> partnerStart;
    for (const Start &s : partner)
        partnerStart.insert(s.id, s.start);

    QHash<qint64, SessionMatch> byMine; // my session id → its match
    QSet<qint64> takenPartner;
    QSet<std::pair<qint64, qint64>> apart;
    for (const MatchDecision &d : decisions) {
        // A decision about a session that is gone (removed here, or missing from a newer
        // account) waits: it applies again if the session comes back.
        if (!myStart.contains(d.sessionId) || !partnerStart.contains(d.partnerSessionId))
            continue;
        if (!d.paired) {
            apart.insert({d.sessionId, d.partnerSessionId});
            continue;
        }
        if (byMine.contains(d.sessionId) || takenPartner.contains(d.partnerSessionId))
            continue;
        byMine.insert(d.sessionId,
                      {d.sessionId, d.partnerSessionId, true,
                       qAbs(myStart.value(d.sessionId).secsTo(partnerStart.value(d.partnerSessionId)))});
        takenPartner.insert(d.partnerSessionId);
    }

    struct Candidate
    {
        qint64 gap;
        QDateTime mine;
        QDateTime partner;
        qint64 sessionId;
        qint64 partnerSessionId;
    };
    QList<Candidate> candidates;
    for (const Start &m : mine) {
        if (byMine.contains(m.id))
            continue;
        for (const Start &p : partner) {
            if (takenPartner.contains(p.id) || apart.contains({m.id, p.id}))
                continue;
            const qint64 gap = qAbs(m.start.secsTo(p.start));
            if (gap <= windowSeconds)
                candidates.append({gap, m.start, p.start, m.id, p.id});
        }
    }
    // Ties broken by time and then id, so the same accounts always pair the same way.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return std::tie(x.gap, x.mine, x.partner, x.sessionId, x.partnerSessionId) <
               std::tie(y.gap, y.mine, y.partner, y.sessionId, y.partnerSessionId);
    });
    for (const Candidate &c : candidates) {
        if (byMine.contains(c.sessionId) || takenPartner.contains(c.partnerSessionId))
            continue;
        byMine.insert(c.sessionId, {c.sessionId, c.partnerSessionId, false, c.gap});
        takenPartner.insert(c.partnerSessionId);
    }

    MatchedSessions result;
    for (const Start &m : mine) {
        if (const auto it = byMine.constFind(m.id); it != byMine.cend())
            result.matches.append(*it);
        else
            result.unmatchedMine.append(m.id);
    }
    for (const Start &p : partner) {
        if (!takenPartner.contains(p.id))
            result.unmatchedPartner.append(p.id);
    }
    return result;
}

} // namespace unfold::SessionMatching
