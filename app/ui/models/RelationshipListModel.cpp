// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipListModel.h"

#include "Journal.h"
#include "RecordLabels.h"

#include <QLocale>

namespace unfold {

RelationshipListModel::RelationshipListModel(QObject *parent) : QAbstractListModel(parent) {}

void RelationshipListModel::setJournal(const Journal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (m_journal)
        connect(m_journal, &Journal::relationshipsChanged, this, &RelationshipListModel::reload);
    reload();
}

void RelationshipListModel::reload()
{
    beginResetModel();
    m_relationships = m_journal ? m_journal->relationships() : QList<Relationship>();
    endResetModel();
}

int RelationshipListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_relationships.size());
}

QVariant RelationshipListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_journal)
        return {};
    const Relationship &r = m_relationships.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString second = RecordLabels::kind(r.kind);
        if (r.started.isValid())
            second = tr("%1 · since %2").arg(second, QLocale().toString(r.started, QLocale::ShortFormat));
        return QString(m_journal->relationshipTitle(r) + u'\n' + second);
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2, stage: %3")
            .arg(m_journal->relationshipTitle(r), RecordLabels::kind(r.kind), RecordLabels::stage(r.stage));
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QModelIndex RelationshipListModel::indexOfId(qint64 id) const
{
    for (int row = 0; row < m_relationships.size(); ++row)
        if (m_relationships.at(row).id == id)
            return index(row);
    return {};
}

} // namespace unfold
