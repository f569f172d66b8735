// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalCommand.h"

#include "Journal.h"

namespace unfold {

JournalCommand::JournalCommand(Journal &journal, const QString &text) : QUndoCommand(text), m_journal(journal)
{}

bool JournalCommand::applyFirstTime()
{
    if (!apply())
        return false;
    m_skipNextRedo = true; // QUndoStack::push() calls redo(); the edit is already made
    return true;
}

void JournalCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!apply())
        failed();
}

void JournalCommand::undo()
{
    if (!revert())
        failed();
}

QString JournalCommand::errorText() const
{
    return m_journal.lastError();
}

void JournalCommand::failed()
{
    // The journal is unchanged by the failed step; the stack drops this command so the
    // history keeps matching what is on disk.
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(m_journal.lastError());
}

} // namespace unfold
