// SPDX-License-Identifier: GPL-3.0-or-later
// The partner part of Journal: the partner's account of a relationship and the session matches.
#include "Journal.h"

namespace unfold {

std::optional<StoredPartnerAccount> Journal::partnerAccount(qint64 relationshipId) const
{
    return m_store->partnerAccount(relationshipId);
}

PartnerAccount Journal::ownAccount(qint64 relationshipId, bool includeNotes) const
{
    return PartnerAccount::fromStore(*m_store, relationshipId, includeNotes);
}

bool Journal::setPartnerAccount(qint64 relationshipId, const std::optional<StoredPartnerAccount> &account)
{
    const bool ok = account ? m_store->savePartnerAccount(relationshipId, *account)
                            : m_store->removePartnerAccount(relationshipId);
    if (!finish(ok))
        return false;
    Q_EMIT partnerChanged(relationshipId);
    return true;
}

QList<MatchDecision> Journal::matchDecisions(qint64 relationshipId) const
{
    return m_store->matchDecisions(relationshipId);
}

bool Journal::setMatchDecisions(qint64 relationshipId, const QList<MatchDecision> &decisions)
{
    if (!finish(m_store->setMatchDecisions(relationshipId, decisions)))
        return false;
    Q_EMIT partnerChanged(relationshipId);
    return true;
}

MatchedSessions Journal::matchedSessions(qint64 relationshipId) const
{
    return matchedSessions(relationshipId, m_store->partnerAccount(relationshipId));
}

MatchedSessions Journal::matchedSessions(qint64 relationshipId,
                                         const std::optional<StoredPartnerAccount> &partner) const
{
    QList<SessionMatching::Start> mine;
    for (const Session &s : m_store->sessions(relationshipId))
        mine.append({s.id, s.start});
    QList<SessionMatching::Start> theirs;
    if (partner) {
        for (const PartnerSession &s : partner->account.sessions)
            theirs.append({s.id, s.start});
    }
    return SessionMatching::match(mine, theirs, m_store->matchDecisions(relationshipId));
}

} // namespace unfold
