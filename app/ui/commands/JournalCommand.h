// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace unfold {

class Journal;

// An edit of the journal that can be undone. It is applied once by EditHistory before it
// enters the undo stack, so an edit that fails (a full disk, a read-only file) never appears
// in Edit › Undo. A later undo or redo that fails drops the command and reports why.
class JournalCommand : public QUndoCommand
{
public:
    JournalCommand(Journal &journal, const QString &text);

    void redo() final;
    void undo() final;

    // The id of the record the command added, once applied; 0 when it adds none.
    virtual qint64 savedId() const { return 0; }

protected:
    virtual bool apply() = 0;
    virtual bool revert() = 0;

    Journal &m_journal;

private:
    // Only EditHistory applies a command, so only it decides what enters the history.
    friend class EditHistory;
    bool applyFirstTime();
    // Why the last step failed, as the journal reported it.
    QString errorText() const;
    void setFailureHandler(std::function<void(const QString &)> handler) { m_onFailure = std::move(handler); }
    void failed();

    bool m_skipNextRedo = false;
    std::function<void(const QString &)> m_onFailure;
};

} // namespace unfold
