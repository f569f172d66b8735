// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionListModel.h"

#include "Journal.h"
#include "RecordLabels.h"
#include "SessionTime.h"

#include <QLocale>

#include <algorithm>

namespace unfold {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent) {}

void SessionListModel::setJournal(const Journal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    m_relationshipId = 0;
    if (m_journal) {
        connect(m_journal, &Journal::sessionsChanged, this, [this](qint64 relationshipId) {
            if (relationshipId == m_relationshipId)
                reload();
        });
        connect(m_journal, &Journal::relationshipsChanged, this, &SessionListModel::reload);
    }
    reload();
}

void SessionListModel::setRelationship(qint64 relationshipId)
{
    m_relationshipId = relationshipId;
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions.clear();
    if (m_journal && m_relationshipId) {
        m_sessions = m_journal->sessionSummaries(m_relationshipId);
        std::reverse(m_sessions.begin(), m_sessions.end()); // a journal reads newest first
        const auto r = m_journal->relationship(m_relationshipId);
        m_nameA = r ? m_journal->person(r->personA).value_or(Person{}).name : QString();
        m_nameB = r ? m_journal->person(r->personB).value_or(Person{}).name : QString();
    }
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_sessions.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return QString(SessionTime::text(s.session.start, locale) + u'\n' +
                       tr("%1 · %2 %3 · %4 %5")
                           .arg(RecordLabels::context(s.session.context), m_nameA)
                           .arg(s.disclosuresA)
                           .arg(m_nameB)
                           .arg(s.disclosuresB));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QString(tr("Session of %1, %2; %3 shared %n thing(s)", nullptr, s.disclosuresA)
                           .arg(locale.toString(s.session.start, QLocale::LongFormat),
                                RecordLabels::context(s.session.context), m_nameA) +
                       tr(", %1 shared %n thing(s)", nullptr, s.disclosuresB).arg(m_nameB));
    case IdRole:
        return s.session.id;
    default:
        return {};
    }
}

QModelIndex SessionListModel::indexOfId(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).session.id == id)
            return index(row);
    return {};
}

} // namespace unfold
