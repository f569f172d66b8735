// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"
#include "JournalCommand.h"

namespace unfold {

// Puts in the partner's account of a relationship (an import, or a newer file replacing the
// older account) or takes it out; undoing brings back what was there, as one step.
class SetPartnerAccountCommand final : public JournalCommand
{
public:
    SetPartnerAccountCommand(Journal &journal, const QString &text, qint64 relationshipId,
                             std::optional<StoredPartnerAccount> after);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_relationshipId;
    std::optional<StoredPartnerAccount> m_before;
    std::optional<StoredPartnerAccount> m_after;
};

// Confirms, re-pairs or unpairs matched sessions: the relationship's decisions as a whole.
class SetMatchDecisionsCommand final : public JournalCommand
{
public:
    SetMatchDecisionsCommand(Journal &journal, const QString &text, qint64 relationshipId,
                             QList<MatchDecision> after);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_relationshipId;
    QList<MatchDecision> m_before;
    QList<MatchDecision> m_after;
};

} // namespace unfold
