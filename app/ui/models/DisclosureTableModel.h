// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "Disclosure.h"

namespace unfold {

class Journal;

// A session's disclosures in the order they were shared. Cells can be edited; an edit is
// not written here but handed out as editRequested() so it goes through the undo history.
class DisclosureTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        SpeakerColumn,
        TopicColumn,
        LayerColumn,
        ReceptionColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ChoicesRole,     // QStringList: the labels a combo box offers for this cell
        ChoiceIndexRole, // int: which of them is current; setData with it to choose
    };

    explicit DisclosureTableModel(QObject *parent = nullptr);

    void setJournal(const Journal *journal);
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    const QList<Disclosure> &disclosures() const { return m_disclosures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The topics a new disclosure can be logged on, in order: visible ones only.
    QList<qint64> selectableTopics() const;
    // The labels a cell of `column` can show, as its combo box offers them (ChoicesRole); none
    // for the position and the note.
    QStringList choices(int column) const;

Q_SIGNALS:
    void editRequested(const unfold::Disclosure &before, const unfold::Disclosure &after);

private:
    void reload();
    QString speakerName(Speaker speaker) const;
    int choiceCount(int column) const;
    QString choiceLabel(int column, int choice) const;
    int choiceIndex(const Disclosure &d, int column) const;

    const Journal *m_journal = nullptr;
    qint64 m_sessionId = 0;
    QList<Disclosure> m_disclosures;
    QString m_nameA;
    QString m_nameB;
};

} // namespace unfold
