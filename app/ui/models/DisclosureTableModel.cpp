// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureTableModel.h"

#include "Journal.h"
#include "RecordLabels.h"

namespace unfold {

namespace {
constexpr std::optional<Reception> receptionChoices[] = {std::nullopt, Reception::Responsive,
                                                         Reception::Neutral, Reception::Dismissive};
}

DisclosureTableModel::DisclosureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DisclosureTableModel::setJournal(const Journal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    m_sessionId = 0;
    if (m_journal) {
        connect(m_journal, &Journal::disclosuresChanged, this, [this](qint64 sessionId) {
            if (sessionId == m_sessionId)
                reload();
        });
        connect(m_journal, &Journal::topicsChanged, this, &DisclosureTableModel::reload);
        connect(m_journal, &Journal::layersChanged, this, &DisclosureTableModel::reload);
        connect(m_journal, &Journal::peopleChanged, this, &DisclosureTableModel::reload);
        connect(m_journal, &Journal::sessionsChanged, this, [this] {
            // The session may have been removed (or restored) under us.
            if (m_sessionId && !m_journal->session(m_sessionId))
                setSession(0);
        });
    }
    reload();
}

void DisclosureTableModel::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    reload();
}

void DisclosureTableModel::reload()
{
    beginResetModel();
    m_disclosures.clear();
    m_nameA.clear();
    m_nameB.clear();
    if (m_journal && m_sessionId) {
        m_disclosures = m_journal->disclosures(m_sessionId);
        if (const auto session = m_journal->session(m_sessionId)) {
            if (const auto r = m_journal->relationship(session->relationshipId)) {
                m_nameA = m_journal->person(r->personA).value_or(Person{}).name;
                m_nameB = m_journal->person(r->personB).value_or(Person{}).name;
            }
        }
    }
    endResetModel();
}

int DisclosureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disclosures.size());
}

int DisclosureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisclosureTableModel::speakerName(Speaker speaker) const
{
    return speaker == Speaker::A ? tr("A · %1").arg(m_nameA) : tr("B · %1").arg(m_nameB);
}

QList<qint64> DisclosureTableModel::selectableTopics() const
{
    QList<qint64> ids;
    if (m_journal)
        for (const Topic &t : m_journal->topics())
            if (!t.hidden)
                ids.append(t.id);
    return ids;
}

int DisclosureTableModel::choiceCount(int column) const
{
    switch (column) {
    case SpeakerColumn:
        return 2;
    case TopicColumn:
        return m_journal ? int(m_journal->topics().size()) : 0;
    case LayerColumn:
        return m_journal ? int(m_journal->layers().size()) : 0;
    case ReceptionColumn:
        return int(std::size(receptionChoices));
    default:
        return 0;
    }
}

QString DisclosureTableModel::choiceLabel(int column, int choice) const
{
    if (choice < 0 || choice >= choiceCount(column))
        return {};
    switch (column) {
    case SpeakerColumn:
        return speakerName(choice == 0 ? Speaker::A : Speaker::B);
    case TopicColumn:
        return m_journal->topics().at(choice).name;
    case LayerColumn: {
        const Layer &layer = m_journal->layers().at(choice);
        return tr("%1 · %2").arg(layer.depth).arg(layer.name);
    }
    case ReceptionColumn:
        return RecordLabels::reception(receptionChoices[choice]);
    default:
        return {};
    }
}

QStringList DisclosureTableModel::choices(int column) const
{
    QStringList labels;
    const int count = choiceCount(column);
    labels.reserve(count);
    for (int choice = 0; choice < count; ++choice)
        labels.append(choiceLabel(column, choice));
    return labels;
}

int DisclosureTableModel::choiceIndex(const Disclosure &d, int column) const
{
    switch (column) {
    case SpeakerColumn:
        return d.speaker == Speaker::A ? 0 : 1;
    case TopicColumn: {
        const QList<Topic> &topics = m_journal->topics();
        for (int i = 0; i < topics.size(); ++i)
            if (topics.at(i).id == d.topicId)
                return i;
        return -1;
    }
    case LayerColumn:
        return d.depth - 1;
    case ReceptionColumn:
        for (int i = 0; i < int(std::size(receptionChoices)); ++i)
            if (receptionChoices[i] == d.reception)
                return i;
        return 0;
    default:
        return -1;
    }
}

QVariant DisclosureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_journal)
        return {};
    const Disclosure &d = m_disclosures.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case PositionColumn:
            return index.row() + 1;
        case NoteColumn:
            return d.note;
        default:
            // The one label shown, not the list of all: a cell is asked for it at every paint.
            return choiceLabel(column, choiceIndex(d, column));
        }
    case Qt::ToolTipRole:
        // Whole where a long label is cut short to fit its column (ChoiceColumnWidths).
        if (column == PositionColumn || column == NoteColumn)
            return {};
        return choiceLabel(column, choiceIndex(d, column));
    case Qt::EditRole:
        return column == NoteColumn ? QVariant(d.note) : QVariant(choiceIndex(d, column));
    case ChoicesRole:
        return choices(column);
    case ChoiceIndexRole:
        return choiceIndex(d, column);
    case IdRole:
        return d.id;
    case Qt::TextAlignmentRole:
        return column == PositionColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant DisclosureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case SpeakerColumn:
        return tr("Who");
    case TopicColumn:
        return tr("Topic");
    case LayerColumn:
        return tr("Layer");
    case ReceptionColumn:
        return tr("Received");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags DisclosureTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != PositionColumn && m_journal && !m_journal->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DisclosureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_journal)
        return false;
    const Disclosure before = m_disclosures.at(index.row());
    Disclosure after = before;
    const int column = index.column();
    if (column == NoteColumn && role == Qt::EditRole) {
        after.note = value.toString().trimmed();
    } else if (role == ChoiceIndexRole || role == Qt::EditRole) {
        const int choice = value.toInt();
        switch (column) {
        case SpeakerColumn:
            after.speaker = choice == 1 ? Speaker::B : Speaker::A;
            break;
        case TopicColumn:
            if (choice < 0 || choice >= m_journal->topics().size())
                return false;
            after.topicId = m_journal->topics().at(choice).id;
            break;
        case LayerColumn:
            if (choice < 0 || choice >= m_journal->layerCount())
                return false;
            after.depth = choice + 1;
            break;
        case ReceptionColumn:
            if (choice < 0 || choice >= int(std::size(receptionChoices)))
                return false;
            after.reception = receptionChoices[choice];
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (after == before)
        return false;
    Q_EMIT editRequested(before, after);
    return true;
}

} // namespace unfold
