// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "Session.h"
#include "ShownJournal.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace unfold {

class DisclosureEntry;
class DisclosureTableModel;
class EditHistory;
class Journal;

// One session: when and how it happened, and what each person shared, in order. Every
// change goes through the edit history, so it is stored at once and can be undone.
class SessionEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionEditor(EditHistory &history, QWidget *parent = nullptr);

    void setJournal(const Journal *journal);
    void setSession(qint64 sessionId);
    qint64 sessionId() const;

    DisclosureEntry *entry() const { return m_entry; }
    // Shown instead of a session: what to do next.
    QLabel *emptyHintLabel() const { return m_emptyHint; }
    QTableView *table() const { return m_table; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *removeAction() const { return m_remove; }
    QAction *logAction() const { return m_focusEntry; }

private:
    void loadSession();
    QString emptyHint() const;
    void saveSessionFields();
    void logDisclosure(Speaker speaker, qint64 topicId, int depth, const QString &note);
    void editDisclosure(const Disclosure &before, const Disclosure &after);
    void moveCurrent(int offset);
    void removeCurrent();
    void updateActions();

    EditHistory &m_history;
    ShownJournal m_journal{this};
    DisclosureTableModel *m_model;
    QStackedWidget *m_pages;
    QLabel *m_emptyHint;
    QLabel *m_title;
    QDateTimeEdit *m_start;
    QComboBox *m_context;
    QComboBox *m_mood;
    QLineEdit *m_notes;
    QToolButton *m_showNotes;
    QLabel *m_notesHidden;
    qint64 m_loadedSession = 0;
    QTableView *m_table;
    DisclosureEntry *m_entry;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_remove;
    QAction *m_focusEntry;
    bool m_loading = false;
};

} // namespace unfold
