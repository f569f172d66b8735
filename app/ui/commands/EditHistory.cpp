// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditHistory.h"

#include "Journal.h"

namespace unfold {

EditHistory::EditHistory(Journal *journal, QObject *parent) : QObject(parent), m_journal(journal) {}

EditHistory::~EditHistory()
{
    // Commands refer to the journal; they go first, without being undone.
    m_stack.clear();
}

void EditHistory::setJournal(Journal *journal)
{
    clear();
    m_journal = journal;
}

void EditHistory::clear()
{
    if (m_groupOpen)
        m_stack.endMacro();
    m_groupOpen = false;
    m_groupDepth = 0;
    m_stack.clear();
}

EditOutcome EditHistory::noJournal()
{
    const QString error = tr("No journal is open.");
    Q_EMIT failed(error);
    return {false, 0, error};
}

EditOutcome EditHistory::push(std::unique_ptr<JournalCommand> command)
{
    command->setFailureHandler([this](const QString &message) { Q_EMIT failed(message); });
    if (!command->applyFirstTime()) {
        const QString error = command->errorText();
        Q_EMIT failed(error);
        return {false, 0, error};
    }
    const EditOutcome outcome{true, command->savedId(), {}};
    if (m_groupDepth > 0 && !m_groupOpen) {
        m_stack.beginMacro(m_groupText);
        m_groupOpen = true;
    }
    m_stack.push(command.release());
    return outcome;
}

void EditHistory::beginGroup(const QString &text)
{
    // Nested groups join the outermost one, which names the step.
    if (m_groupDepth++ == 0)
        m_groupText = text;
}

void EditHistory::endGroup()
{
    if (m_groupDepth == 0 || --m_groupDepth > 0)
        return;
    if (m_groupOpen)
        m_stack.endMacro();
    m_groupOpen = false;
}

} // namespace unfold
