// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCommands.h"

namespace unfold {

SetPartnerAccountCommand::SetPartnerAccountCommand(Journal &journal, const QString &text,
                                                   qint64 relationshipId,
                                                   std::optional<StoredPartnerAccount> after)
    : JournalCommand(journal, text), m_relationshipId(relationshipId),
      m_before(journal.partnerAccount(relationshipId)), m_after(std::move(after))
{}

bool SetPartnerAccountCommand::apply()
{
    return m_journal.setPartnerAccount(m_relationshipId, m_after);
}

bool SetPartnerAccountCommand::revert()
{
    return m_journal.setPartnerAccount(m_relationshipId, m_before);
}

SetMatchDecisionsCommand::SetMatchDecisionsCommand(Journal &journal, const QString &text,
                                                   qint64 relationshipId, QList<MatchDecision> after)
    : JournalCommand(journal, text), m_relationshipId(relationshipId),
      m_before(journal.matchDecisions(relationshipId)), m_after(std::move(after))
{}

bool SetMatchDecisionsCommand::apply()
{
    return m_journal.setMatchDecisions(m_relationshipId, m_after);
}

bool SetMatchDecisionsCommand::revert()
{
    return m_journal.setMatchDecisions(m_relationshipId, m_before);
}

} // namespace unfold
