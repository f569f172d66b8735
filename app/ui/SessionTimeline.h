// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;

namespace unfold {

class EditHistory;
class Journal;
class SessionListModel;

// The selected relationship's sessions, newest first, with New Session and Remove Session.
class SessionTimeline final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionTimeline(EditHistory &history, QWidget *parent = nullptr);

    void setJournal(const Journal *journal);
    void setRelationship(qint64 relationshipId);
    qint64 currentSessionId() const;
    void selectSession(qint64 sessionId);

    QAction *newAction() const { return m_new; }
    QAction *removeAction() const { return m_remove; }

Q_SIGNALS:
    void currentSessionChanged(qint64 sessionId);

private:
    void addSession();
    void removeSession();
    void updateActions();

    EditHistory &m_history;
    const Journal *m_journal = nullptr;
    SessionListModel *m_model;
    QLabel *m_heading;
    QListView *m_list;
    QAction *m_new;
    QAction *m_remove;
    qint64 m_keep = 0;
};

} // namespace unfold
