// SPDX-License-Identifier: GPL-3.0-or-later
// The window handing over to one made in another language (WindowLanguage): where the user is,
// the journal itself, and the offer to name the journal's untouched defaults in the new language.
#include "MainWindow.h"

#include "DefaultNames.h"
#include "DefaultNamesBar.h"
#include "EditHistory.h"
#include "FirstFrame.h"
#include "Journal.h"
#include "Language.h"
#include "RecordCommands.h"
#include "RelationshipSidebar.h"
#include "SessionTimeline.h"

#include <QAccessible>
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
    m_defaultNamesBar->hide(); // asked here and now instead
    ++m_defaultNamesAsk;       // and a bar still waiting for the first frame does not come after
    if (!m_journal || m_journal->isReadOnly())
        return;
    if (DefaultNames::intoLanguageInUse(m_journal->topics(), m_journal->layers()).isEmpty())
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
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(rename);
    box.exec();
    if (box.clickedButton() == rename)
        nameDefaults();
    else if (box.clickedButton() == keep) // not Escape: the bar may ask again on opening
        DefaultNamesKept::remember(m_journal->path());
}

void MainWindow::nameDefaults()
{
    m_defaultNamesBar->hide();
    if (!m_journal || m_journal->isReadOnly())
        return;
    const QList<Layer> layers = m_journal->layers();
    const DefaultNames::Renaming renaming = DefaultNames::intoLanguageInUse(m_journal->topics(), layers);
    if (renaming.isEmpty())
        return;
    const int stepsBefore = m_history->stack()->index();
    m_history->beginGroup(tr("Name Defaults in %1").arg(Language::nameInUse()));
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

void MainWindow::showDefaultNamesBar()
{
    m_defaultNamesBar->hide();
    const int ask = ++m_defaultNamesAsk;
    if (!m_journal || m_journal->isReadOnly() || DefaultNamesKept::contains(m_journal->path()))
        return;
    // After the first frame: reading every language's default names is not worth a later start.
    // Only the latest ask counts: another journal opened, or the question asked in a dialog
    // (after a change of language, while this waited), makes it moot.
    FirstFrame::after(this, [this, ask, journal = m_journal.get()] {
        if (ask != m_defaultNamesAsk || m_journal.get() != journal || !journal ||
            DefaultNamesKept::contains(journal->path()))
            return;
        const auto untouched = [journal] {
            return !DefaultNames::intoLanguageInUse(journal->topics(), journal->layers()).isEmpty();
        };
        if (untouched()) {
            m_defaultNamesBar->show();
            // Said by a screen reader as it comes, not found later by chance.
            QAccessibleEvent shown(m_defaultNamesBar, QAccessible::Alert);
            QAccessible::updateAccessibility(&shown);
        }
        // Named by hand in Topics and Layers (or by Undo): the offer goes when nothing is left to name.
        for (auto changed : {&Journal::topicsChanged, &Journal::layersChanged}) {
            connect(journal, changed, m_defaultNamesBar, [this, untouched] {
                if (m_defaultNamesBar->isVisible() && !untouched())
                    m_defaultNamesBar->hide();
            });
        }
    });
}

std::unique_ptr<Journal> MainWindow::takeJournal()
{
    std::unique_ptr<Journal> journal = std::move(m_journal);
    setJournal(nullptr); // the views and commands let go of it; it stays open
    return journal;
}

} // namespace unfold
