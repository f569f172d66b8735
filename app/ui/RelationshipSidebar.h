// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace unfold {

class EditHistory;
class Journal;
class RelationshipListModel;

// The relationships of a journal, searchable, with Add, Edit and Remove.
class RelationshipSidebar final : public QWidget
{
    Q_OBJECT

public:
    explicit RelationshipSidebar(EditHistory &history, QWidget *parent = nullptr);

    void setJournal(const Journal *journal);
    qint64 currentRelationshipId() const;
    void selectRelationship(qint64 id);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *findAction() const { return m_find; }

Q_SIGNALS:
    void currentRelationshipChanged(qint64 relationshipId);

private:
    void addRelationship();
    void editRelationship();
    void removeRelationship();
    void updateActions();
    // Finds the person with this name, or adds them as part of the current edit group.
    qint64 personIdFor(const QString &name);

    EditHistory &m_history;
    const Journal *m_journal = nullptr;
    RelationshipListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_find;
};

} // namespace unfold
