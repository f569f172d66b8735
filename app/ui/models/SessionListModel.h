// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include "JournalStore.h"

namespace unfold {

class Journal;

// The selected relationship's sessions as a timeline, newest first.
class SessionListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit SessionListModel(QObject *parent = nullptr);

    void setJournal(const Journal *journal);
    void setRelationship(qint64 relationshipId);
    qint64 relationshipId() const { return m_relationshipId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfId(qint64 id) const;

private:
    void reload();

    const Journal *m_journal = nullptr;
    qint64 m_relationshipId = 0;
    QList<SessionSummary> m_sessions;
    QString m_nameA;
    QString m_nameB;
};

} // namespace unfold
