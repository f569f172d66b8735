// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTimeline.h"
#include "ThemeIcons.h"

#include "EditHistory.h"
#include "Heading.h"
#include "Journal.h"
#include "RecordCommands.h"
#include "models/SessionListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace unfold {

SessionTimeline::SessionTimeline(EditHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new SessionListModel(this))
{
    m_heading = newHeading(tr("Sessions"));
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Sessions"));
    m_list->setAccessibleDescription(
        tr("The sessions of the chosen relationship, newest first; the chosen one "
           "opens in the session editor."));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heading->setBuddy(m_list);

    m_new = new QAction(tr("&New Session"), this);

    ThemeIcons::give(m_new, QStringLiteral("appointment-new"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_remove = new QAction(tr("&Remove Session"), this);
    ThemeIcons::give(m_remove, QStringLiteral("edit-delete"));
    connect(m_new, &QAction::triggered, this, &SessionTimeline::addSession);
    connect(m_remove, &QAction::triggered, this, &SessionTimeline::removeSession);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_new, m_remove}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(u'&'));
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT currentSessionChanged(currentSessionId());
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentSessionId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectSession(m_keep);
        updateActions();
        Q_EMIT currentSessionChanged(currentSessionId());
    });
    updateActions();
}

void SessionTimeline::setJournal(const Journal *journal)
{
    m_journal = journal;
    m_model->setJournal(journal);
}

void SessionTimeline::setRelationship(qint64 relationshipId)
{
    m_keep = 0;
    m_model->setRelationship(relationshipId);
    // A new relationship starts at its latest session: the top of the timeline.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

qint64 SessionTimeline::currentSessionId() const
{
    return m_list->currentIndex().data(SessionListModel::IdRole).toLongLong();
}

void SessionTimeline::selectSession(qint64 sessionId)
{
    const QModelIndex index = m_model->indexOfId(sessionId);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void SessionTimeline::updateActions()
{
    const bool writable = m_journal && !m_journal->isReadOnly();
    m_new->setEnabled(writable && m_model->relationshipId() != 0);
    m_remove->setEnabled(writable && currentSessionId() != 0);
}

void SessionTimeline::addSession()
{
    if (!m_journal || !m_model->relationshipId())
        return;
    Session session;
    session.relationshipId = m_model->relationshipId();
    const QDateTime now = QDateTime::currentDateTime();
    session.start = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
    if (const EditOutcome added =
            m_history.perform<SaveRecordCommand<Session>>(tr("New Session"), std::nullopt, session))
        selectSession(added.savedId);
}

void SessionTimeline::removeSession()
{
    const qint64 id = currentSessionId();
    if (!m_journal || !id)
        return;
    const int count = int(m_journal->disclosures(id).size());
    if (count > 0) {
        const auto answer = QMessageBox::question(this, tr("Remove Session"),
                                                  tr("Remove this session and the %n disclosure(s) logged in "
                                                     "it? You can undo this with Edit › Undo.",
                                                     nullptr, count),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_history.perform<RemoveSessionCommand>(id);
}

} // namespace unfold
