// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalCommand.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <type_traits>

namespace unfold {

class Journal;

// What a view learns from an edit: whether it was made, the id of a record it added, and why
// not. The command itself stays inside the history, so nothing can use it after it is gone.
struct EditOutcome
{
    bool done = false;
    qint64 savedId = 0;
    QString error;

    explicit operator bool() const { return done; }
};

// The one way views change a journal, and the only holder of a writable Journal besides its
// owner: views get a const Journal, so every edit is a JournalCommand, applied (and so stored)
// at once, then kept for Edit › Undo and Redo.
class EditHistory final : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(Journal *journal = nullptr, QObject *parent = nullptr);
    ~EditHistory() override;

    // A different journal starts a new history: commands of the old one must not outlive it.
    void setJournal(Journal *journal);
    const Journal *journal() const { return m_journal; }

    QUndoStack *stack() { return &m_stack; }
    const QUndoStack *stack() const { return &m_stack; }

    // Makes a Command for the journal from `args` and applies it; on success it joins the
    // history. On failure failed() is emitted with the reason, and neither the journal nor the
    // history changes.
    template <typename Command, typename... Args> EditOutcome perform(Args &&...args)
    {
        static_assert(std::is_base_of_v<JournalCommand, Command>, "perform() makes journal commands only");
        if (!m_journal)
            return noJournal();
        return push(std::make_unique<Command>(*m_journal, std::forward<Args>(args)...));
    }

    // Groups the edits made until endGroup() into one step of the history ("Add relationship"
    // with its people, a whole guided session). A group in which no edit succeeded leaves no
    // empty step behind.
    void beginGroup(const QString &text);
    void endGroup();
    void clear();

Q_SIGNALS:
    void failed(const QString &message);

private:
    EditOutcome push(std::unique_ptr<JournalCommand> command);
    EditOutcome noJournal();

    Journal *m_journal = nullptr;
    QUndoStack m_stack;
    int m_groupDepth = 0;
    QString m_groupText;
    bool m_groupOpen = false; // the stack's macro is begun only by the group's first edit
};

} // namespace unfold
