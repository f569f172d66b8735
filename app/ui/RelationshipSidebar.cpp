// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipSidebar.h"
#include "ThemeIcons.h"

#include "EditHistory.h"
#include "Heading.h"
#include "Journal.h"
#include "RecordCommands.h"
#include "RelationshipDialog.h"
#include "models/RelationshipListModel.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace unfold {

RelationshipSidebar::RelationshipSidebar(EditHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new RelationshipListModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);
    m_filter->sort(0);

    auto *heading = newHeading(tr("Relationships"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search relationships"));
    m_search->setAccessibleName(tr("Search relationships"));
    m_search->setAccessibleDescription(tr("Shows only the relationships whose names contain what you type."));
    // The clear button shows only over typed text, and finding its icon reads the desktop's icon
    // theme (a tenth of the window's making): it is added with the first letter typed.
    connect(m_search, &QLineEdit::textEdited, m_search, [this] {
        if (!m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_list = new QListView;
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Relationships"));
    m_list->setAccessibleDescription(tr("Your relationships; the chosen one's sessions, onion and charts are "
                                        "shown beside."));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    heading->setBuddy(m_list);

    m_add = new QAction(tr("&Add Relationship…"), this);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_edit = new QAction(tr("&Edit Relationship…"), this);
    m_remove = new QAction(tr("&Remove Relationship"), this);
    ThemeIcons::give(m_add, QStringLiteral("list-add"));
    ThemeIcons::give(m_edit, QStringLiteral("document-edit"));
    ThemeIcons::give(m_remove, QStringLiteral("list-remove"));
    m_find = new QAction(tr("&Find Relationship"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_add, &QAction::triggered, this, &RelationshipSidebar::addRelationship);
    connect(m_edit, &QAction::triggered, this, &RelationshipSidebar::editRelationship);
    connect(m_remove, &QAction::triggered, this, &RelationshipSidebar::removeRelationship);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_list, &QListView::activated, this, &RelationshipSidebar::editRelationship);

    // Two to a row: three in one made the sidebar, and so the window, too wide for small screens.
    auto *buttons = new QGridLayout;
    int place = 0;
    for (QAction *action : {m_add, m_edit, m_remove}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(u'&').remove(QStringLiteral("…")));
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        buttons->addWidget(button, place / 2, place % 2);
        ++place;
    }
    buttons->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT currentRelationshipChanged(currentRelationshipId());
    });
    // After a reset (an edit, an undo) keep the selection on the same relationship if it is there.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_list->setProperty("keep", currentRelationshipId()); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = m_list->property("keep").toLongLong();
        selectRelationship(keep);
        if (currentRelationshipId() != keep)
            Q_EMIT currentRelationshipChanged(currentRelationshipId());
    });
    updateActions();
}

void RelationshipSidebar::setJournal(const Journal *journal)
{
    m_journal = journal;
    m_model->setJournal(journal);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateActions();
    Q_EMIT currentRelationshipChanged(currentRelationshipId());
}

qint64 RelationshipSidebar::currentRelationshipId() const
{
    return m_list->currentIndex().data(RelationshipListModel::IdRole).toLongLong();
}

void RelationshipSidebar::selectRelationship(qint64 id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfId(id));
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void RelationshipSidebar::updateActions()
{
    const bool writable = m_journal && !m_journal->isReadOnly();
    const bool selected = currentRelationshipId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
}

qint64 RelationshipSidebar::personIdFor(const QString &name)
{
    for (const Person &p : m_journal->people())
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.id;
    return m_history
        .perform<SaveRecordCommand<Person>>(tr("Add Person"), std::nullopt, Person{0, name, {}, false})
        .savedId;
}

void RelationshipSidebar::addRelationship()
{
    if (!m_journal)
        return;
    RelationshipDialog dialog(*m_journal, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_history.beginGroup(tr("Add Relationship"));
    const qint64 a = personIdFor(dialog.nameA());
    const qint64 b = a ? personIdFor(dialog.nameB()) : 0;
    qint64 added = 0;
    if (a && b) {
        added = m_history
                    .perform<SaveRecordCommand<Relationship>>(
                        tr("Add Relationship"), std::nullopt,
                        Relationship{0, a, b, dialog.kind(), dialog.started(), dialog.stage()})
                    .savedId;
    }
    m_history.endGroup();
    if (added)
        selectRelationship(added);
}

void RelationshipSidebar::editRelationship()
{
    const auto existing = m_journal ? m_journal->relationship(currentRelationshipId()) : std::nullopt;
    if (!existing || m_journal->isReadOnly())
        return;
    RelationshipDialog dialog(*m_journal, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_history.beginGroup(tr("Edit Relationship"));
    const qint64 a = personIdFor(dialog.nameA());
    const qint64 b = a ? personIdFor(dialog.nameB()) : 0;
    if (a && b) {
        Relationship changed{existing->id, a, b, dialog.kind(), dialog.started(), dialog.stage()};
        if (changed != *existing)
            m_history.perform<SaveRecordCommand<Relationship>>(tr("Edit Relationship"), existing, changed);
    }
    m_history.endGroup();
}

void RelationshipSidebar::removeRelationship()
{
    const auto existing = m_journal ? m_journal->relationship(currentRelationshipId()) : std::nullopt;
    if (!existing)
        return;
    const int sessions = int(m_journal->sessionSummaries(existing->id).size());
    const auto answer = QMessageBox::question(
        this, tr("Remove Relationship"),
        tr("Remove %1 and its %n session(s)? You can undo this with Edit › Undo.", nullptr, sessions)
            .arg(m_journal->relationshipTitle(*existing)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_history.perform<RemoveRelationshipCommand>(existing->id);
}

} // namespace unfold
