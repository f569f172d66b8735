// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include "Relationship.h"

namespace unfold {

class Journal;

// The journal's relationships for the sidebar, titled by their two people.
class RelationshipListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit RelationshipListModel(QObject *parent = nullptr);

    void setJournal(const Journal *journal);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfId(qint64 id) const;

private:
    void reload();

    const Journal *m_journal = nullptr;
    QList<Relationship> m_relationships;
};

} // namespace unfold
