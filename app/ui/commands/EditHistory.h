// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalCommand.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace unfold {

// The one way views change a journal: every edit is a JournalCommand, applied (and so
// stored) at once, then kept for Edit › Undo and Redo.
class EditHistory final : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(QObject *parent = nullptr);

    QUndoStack *stack() { return &m_stack; }

    // Applies the command; on success it joins the history and true is returned. On failure
    // failed() is emitted with the reason and nothing changes.
    bool perform(std::unique_ptr<JournalCommand> command);
    // Groups several edits into one step of the history ("Add relationship" with its people).
    void beginGroup(const QString &text) { m_stack.beginMacro(text); }
    void endGroup() { m_stack.endMacro(); }
    void clear() { m_stack.clear(); }

Q_SIGNALS:
    void failed(const QString &message);

private:
    QUndoStack m_stack;
};

} // namespace unfold
