// SPDX-License-Identifier: GPL-3.0-or-later
// The window handing over to one made in another language (WindowLanguage): where the user is,
// the journal itself, and the offer to name the journal's untouched defaults in the new language.
#include "MainWindow.h"

#include "DefaultNames.h"
#include "EditHistory.h"
#include "Journal.h"
#include "Language.h"
#include "RecordCommands.h"
#include "RelationshipSidebar.h"
#include "SessionTimeline.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

namespace unfold {

MainWindow::Place MainWindow::place() const
{
    return {m_sidebar->currentRelationshipId(), m_timeline->currentSessionId(), m_views->currentIndex()};
}

void MainWindow::goTo(const Place &place)
{
    m_sidebar->selectRelationship(place.relationship);
    if (place.session > 0)
        m_timeline->selectSession(place.session);
    m_views->setCurrentIndex(place.tab);
}

void MainWindow::offerDefaultNames()
{
    if (!m_journal || m_journal->isReadOnly())
        return;
    const QList<Layer> layers = m_journal->layers();
    const DefaultNames::Renaming renaming = DefaultNames::intoLanguageInUse(m_journal->topics(), layers);
    if (renaming.isEmpty())
        return;
    const QString language = Language::nameInUse();
    QMessageBox box(QMessageBox::Question, tr("Default Names"),
                    tr("This journal's default topics and layers are named in the language it was started "
                       "in. Name them in %1 too?")
                        .arg(language),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Topics and layers you named yourself keep their names. Edit › Undo brings the old names back."));
    QPushButton *rename = box.addButton(tr("&Rename"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(rename);
    box.exec();
    if (box.clickedButton() != rename)
        return;
    const int stepsBefore = m_history->stack()->index();
    m_history->beginGroup(tr("Name Defaults in %1").arg(language));
    bool renamedAll = true;
    for (const Topic &topic : renaming.topics) {
        renamedAll = bool(m_history->perform<SaveRecordCommand<Topic>>(tr("Edit Topic"),
                                                                       m_journal->topic(topic.id), topic));
        if (!renamedAll)
            break; // the history has told the user why
    }
    QList<Layer> renamed = layers;
    for (const Layer &layer : renaming.layers)
        renamed[layer.depth - 1] = layer;
    if (renamedAll && renamed != layers)
        renamedAll = bool(m_history->perform<SaveLayersCommand>(layers, renamed));
    m_history->endGroup();
    // All or nothing: what was renamed before a failure goes back.
    if (!renamedAll && m_history->stack()->index() > stepsBefore)
        m_history->stack()->undo();
}

std::unique_ptr<Journal> MainWindow::takeJournal()
{
    std::unique_ptr<Journal> journal = std::move(m_journal);
    setJournal(nullptr); // the views and commands let go of it; it stays open
    return journal;
}

} // namespace unfold
