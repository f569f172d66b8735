// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackgroundWork.h"
#include "ThemeIcons.h"

#include "ChartsView.h"
#include "ClientHistoryDialog.h"
#include "DefaultNamesBar.h"
#include "DesktopRecentFiles.h"
#include "EditHistory.h"
#include "FirstFrame.h"
#include "GuidedSessionWizard.h"
#include "IdleWatch.h"
#include "Journal.h"
#include "JournalOpening.h"
#include "Language.h"
#include "LazyTab.h"
#include "MnemonicText.h"
#include "OnionView.h"
#include "PerceptionView.h"
#include "QuestionnairesView.h"
#include "RecentJournals.h"
#include "RelationshipSidebar.h"
#include "SessionEditor.h"
#include "SessionTimeline.h"
#include "SettingsDialog.h"
#include "SqliteVersion.h"
#include "TopicsLayersDialog.h"
#include "UserGuideDialog.h"
#include "WelcomeBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unfold {

namespace {
const QString journalFilter()
{
    return QCoreApplication::translate("unfold::MainWindow", "Unfold journals (*.unfold);;All files (*)");
}

// The desktop's keys for a standard command where it has them, and `always` too: some desktops
// (X11 without a platform theme, say) have none for Save As or Preferences.
QList<QKeySequence> desktopKeysAnd(QKeySequence::StandardKey command, const QKeySequence &always)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(command);
    if (!keys.contains(always))
        keys.append(always);
    return keys;
}
} // namespace

MainWindow::MainWindow() : m_history(new EditHistory(nullptr, this)), m_idle(new IdleWatch(this))
{
    m_sidebar = new RelationshipSidebar(*m_history);
    m_timeline = new SessionTimeline(*m_history);
    m_sessionEditor = new SessionEditor(*m_history);

    m_views = new QTabWidget;
    m_views->setAccessibleName(tr("Views"));
    m_views->setAccessibleDescription(
        tr("The chosen session, onion, charts, questionnaires and both partners' accounts; Alt with the "
           "underlined letter opens each."));
    m_views->addTab(m_sessionEditor, tr("Sess&ion"));
    // The views behind the other tabs are made when first wanted, with the journal open then.
    m_onionTab = new LazyTab([this] {
        auto *onion = new OnionView;
        onion->setJournal(m_journal.get());
        connect(onion, &OnionView::openSessionRequested, this, &MainWindow::openSession);
        return onion;
    });
    m_views->addTab(m_onionTab, tr("&Onion"));
    m_chartsTab = new LazyTab([this] {
        auto *charts = new ChartsView(*m_history);
        charts->setJournal(m_journal.get());
        connect(charts, &ChartsView::openSessionRequested, this, &MainWindow::openSession);
        return charts;
    });
    m_views->addTab(m_chartsTab, tr("Char&ts"));
    m_questionnairesTab = new LazyTab([this] {
        auto *questionnaires = new QuestionnairesView(*m_history);
        questionnaires->setJournal(m_journal.get());
        return questionnaires;
    });
    m_views->addTab(m_questionnairesTab, tr("&Questionnaires"));
    m_perceptionTab = new LazyTab([this] {
        auto *perception = new PerceptionView(*m_history);
        perception->setJournal(m_journal.get());
        connect(perception, &PerceptionView::openSessionRequested, this, &MainWindow::openSession);
        return perception;
    });
    // No letter of its name is free of the other tabs' and buttons' Alt keys: Ctrl+Tab reaches it.
    m_views->addTab(m_perceptionTab, tr("Both Sides"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({220, 260, 720});
    splitter->setChildrenCollapsible(false);
    m_welcome = new WelcomeBar;
    m_welcome->hide();
    connect(m_welcome, &WelcomeBar::startOwnJournal, this, &MainWindow::newJournal);
    // Closed once, the welcome stays closed on later starts with the demo.
    connect(m_welcome->closeButton(), &QPushButton::clicked, this,
            [] { QSettings().setValue(QStringLiteral("welcome/closed"), true); });
    m_defaultNamesBar = new DefaultNamesBar;
    m_defaultNamesBar->hide();
    connect(m_defaultNamesBar, &DefaultNamesBar::renameChosen, this, &MainWindow::nameDefaults);
    connect(m_defaultNamesBar, &DefaultNamesBar::keepChosen, this, [this] {
        m_defaultNamesBar->hide();
        DefaultNamesKept::remember(m_journal ? m_journal->path() : QString());
    });
    auto *journalPage = new QWidget;
    auto *journalLayout = new QVBoxLayout(journalPage);
    journalLayout->setContentsMargins(0, 0, 0, 0);
    journalLayout->addWidget(m_welcome);
    journalLayout->addWidget(m_defaultNamesBar);
    journalLayout->addWidget(splitter, 1);
    m_pages = new QStackedWidget;
    m_pages->addWidget(journalPage);
    setCentralWidget(m_pages);

    m_status = new QLabel;
    statusBar()->addPermanentWidget(m_status);

    connect(m_sidebar, &RelationshipSidebar::currentRelationshipChanged, this,
            &MainWindow::relationshipChanged);
    connect(m_timeline, &SessionTimeline::currentSessionChanged, this, &MainWindow::sessionChanged);
    // Views on hidden tabs catch up when shown: opening a journal or choosing a relationship
    // then reads only what is on screen.
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        refreshView(m_views->currentWidget());
        focusIntoView(m_views->currentWidget());
    });
    connect(m_history, &EditHistory::failed, this, &MainWindow::showEditFailure);
    connect(m_history->stack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    createMenus();
    setJournal(nullptr);
    // The first size fits the screen's free area, a 1366×768 laptop's or a 200 % scaled one's.
    QSize initial(1280, 780);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        initial = initial.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(initial);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // What is being typed is saved first, as leaving the field would save it: that edit may be
    // the one that begins the hour's backup.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    // The status bar goes with the window: a backup that fails now is told in a box of its own.
    if (m_journal && !m_journal->finishBackups())
        QMessageBox::warning(this, tr("Backup Not Made"),
                             tr("The journal's latest backup could not be made: %1\nEvery edit is saved in "
                                "the journal itself.")
                                 .arg(m_journal->backups()->lastError()));
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Commands and views refer to the journal: let go of it before it closes, so nothing
    // (a field losing focus while the window is torn down) reaches a closed journal.
    setJournal(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Journal…"), this, &MainWindow::newJournal);
    ThemeIcons::give(newAction, QStringLiteral("document-new"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Journal…"), this, &MainWindow::chooseJournal);
    ThemeIcons::give(openAction, QStringLiteral("document-open"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_saveCopy = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    ThemeIcons::give(m_saveCopy, QStringLiteral("document-save-as"));
    m_saveCopy->setShortcuts(
        desktopKeysAnd(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    file->addSeparator();
    QAction *exportPicture =
        file->addAction(tr("&Export Picture…"), this, [this] { actOnPicture(Picture::Export); });
    ThemeIcons::give(exportPicture, QStringLiteral("document-export"));
    exportPicture->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *copyPicture =
        file->addAction(tr("Cop&y Picture"), this, [this] { actOnPicture(Picture::Copy); });
    ThemeIcons::give(copyPicture, QStringLiteral("edit-copy"));
    copyPicture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *print = file->addAction(tr("&Print Picture…"), this, [this] { actOnPicture(Picture::Print); });
    ThemeIcons::give(print, QStringLiteral("document-print"));
    print->setShortcut(QKeySequence::Print);
    QAction *exportAll = file->addAction(tr("Export &All Charts…"), this, [this] {
        refreshView(m_chartsTab);
        chartsView()->exportAllCharts();
    });
    m_pictureActions = {exportPicture, copyPicture, print, exportAll};
    file->addAction(tr("&Import Instrument…"), this, [this] { questionnairesView()->importInstrument(); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    ThemeIcons::give(settings, QStringLiteral("preferences-system"));
    settings->setShortcuts(desktopKeysAnd(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    ThemeIcons::give(quit, QStringLiteral("application-exit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_history->stack()->createUndoAction(this, tr("&Undo"));
    // Every binding of the platform, not only the first: Redo is Ctrl+Y and Ctrl+Shift+Z.
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_history->stack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_sidebar->findAction());

    QMenu *relationship = menuBar()->addMenu(tr("&Relationship"));
    relationship->addAction(m_sidebar->addAction());
    relationship->addAction(m_sidebar->editAction());
    relationship->addAction(m_sidebar->removeAction());
    relationship->addSeparator();
    // Client history: a couple's sessions, scores and notes in one table.
    relationship->addAction(tr("Client &History…"), this, [this] {
        const qint64 relationshipId = m_sidebar->currentRelationshipId();
        if (!m_journal || relationshipId == 0) {
            QMessageBox::information(this, tr("Client History"),
                                     tr("Open a journal and choose a relationship first."));
            return;
        }
        ClientHistoryDialog dialog(*m_journal, relationshipId, this);
        dialog.exec();
    });
    createPartnerActions(relationship);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_timeline->newAction());
    session->addAction(m_timeline->removeAction());
    session->addSeparator();
    session->addAction(m_sessionEditor->logAction());
    session->addAction(m_sessionEditor->moveUpAction());
    session->addAction(m_sessionEditor->moveDownAction());
    session->addAction(m_sessionEditor->removeAction());
    session->addSeparator();
    // Guided sessions: the wizard runs modally over the chosen relationship.
    session->addAction(tr("&Guided Session…"), this, [this] {
        const qint64 relationshipId = m_sidebar->currentRelationshipId();
        if (!m_journal || m_journal->isReadOnly() || relationshipId == 0) {
            QMessageBox::information(this, tr("Guided Session"),
                                     tr("Open a journal you can edit and choose a relationship first."));
            return;
        }
        GuidedSessionWizard wizard(*m_journal, *m_history, relationshipId, this);
        wizard.exec();
    });

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    m_topicsLayers = journal->addAction(tr("&Topics and Layers…"), this, &MainWindow::editTopicsAndLayers);
    createPrivacy(journal);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // Modeless, one per window: F1 again raises the guide that is already open, at the section
    // about the tab in front, so F1 is context help wherever the user is.
    QAction *guide =
        help->addAction(tr("&User Guide"), this, [this] { UserGuideDialog::open(this, helpSection()); });
    ThemeIcons::give(guide, QStringLiteral("help-contents"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Unfold"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openJournal(const QString &path, JournalOpening::EarlyOpening *early)
{
    if (isLocked())
        return false; // another journal is not opened behind the unlock screen
    auto opened = JournalOpening::open(this, path, JournalOpening::backgroundOpeningFrom, early);
    if (!opened)
        return false;
    setJournal(std::move(opened));
    return true;
}

void MainWindow::showWelcome()
{
    m_welcome->show();
}

void MainWindow::setJournal(std::unique_ptr<Journal> journal)
{
    // A backup still being made ends while its failure can be told: the journal's closing would
    // wait for it and say nothing.
    if (m_journal)
        m_journal->finishBackups();
    // The welcome belongs to the demo: any other journal (or none) takes it away.
    m_welcome->hide();
    // Views and commands let go of the old journal before it closes. Views get it read-only:
    // their edits go through the history, which alone gets it writable.
    m_history->setJournal(journal.get());
    m_shownRelationship = -1;
    m_shownSession = -1;
    m_viewShows.clear();
    m_sessionEditor->setJournal(journal.get());
    // A view not made yet reads the journal when it is made.
    if (m_onionTab->isMade())
        onionView()->setJournal(journal.get());
    if (m_chartsTab->isMade())
        chartsView()->setJournal(journal.get());
    if (m_questionnairesTab->isMade())
        questionnairesView()->setJournal(journal.get());
    if (m_perceptionTab->isMade())
        perceptionView()->setJournal(journal.get());
    m_timeline->setJournal(journal.get());
    m_sidebar->setJournal(journal.get());
    m_journal = std::move(journal);
    if (m_journal) {
        // Remembered for Open Recent and the next start once a window has shown its first frame
        // (at once from the event loop after that, in the order opened): writing the settings
        // file (synced to the disk) held that frame back.
        FirstFrame::afterAny(this, [path = m_journal->path(), encrypted = m_journal->isEncrypted()] {
            RecentJournals::add(path);
            QSettings().setValue(QStringLiteral("lastJournal"), path);
            DesktopRecentFiles::noteOpenedLater(path, encrypted);
        });
        connect(m_journal.get(), &Journal::backupFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("A backup could not be made: %1").arg(message));
        });
    }
    const bool writable = m_journal && !m_journal->isReadOnly();
    m_saveCopy->setEnabled(m_journal != nullptr);
    m_topicsLayers->setEnabled(writable);
    for (QAction *action : std::as_const(m_pictureActions))
        action->setEnabled(m_journal != nullptr);
    updatePrivacyActions();
    updatePartnerActions();
    relationshipChanged(m_sidebar->currentRelationshipId());
    updateTitle();
    showDefaultNamesBar();
}

void MainWindow::updateTitle()
{
    if (isLocked()) {
        setWindowFilePath(QString());
        setWindowTitle(tr("%1 (locked) — Unfold").arg(QFileInfo(m_lockedPath).fileName()));
        m_status->setText(tr("Locked"));
        return;
    }
    if (!m_journal) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Unfold"));
        m_status->setText(tr("No journal open"));
        return;
    }
    setWindowTitle(QString());
    setWindowFilePath(m_journal->path());
    if (m_journal->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Unfold").arg(QFileInfo(m_journal->path()).fileName()));
    m_status->setText(m_journal->isReadOnly()    ? tr("Read-only")
                      : m_journal->isEncrypted() ? tr("Encrypted · every change is saved as you make it")
                                                 : tr("Every change is saved as you make it"));
}

void MainWindow::relationshipChanged(qint64 relationshipId)
{
    if (relationshipId == m_shownRelationship)
        return;
    m_shownRelationship = relationshipId;
    m_shownSession = -1;
    updatePartnerActions();
    m_timeline->setRelationship(relationshipId);
    sessionChanged(m_timeline->currentSessionId());
    refreshView(m_views->currentWidget());
}

void MainWindow::sessionChanged(qint64 sessionId)
{
    if (sessionId == m_shownSession)
        return;
    m_shownSession = sessionId;
    m_sessionEditor->setSession(sessionId);
    refreshView(m_views->currentWidget());
}

void MainWindow::openSession(qint64 sessionId)
{
    m_timeline->selectSession(sessionId);
    m_views->setCurrentWidget(m_sessionEditor);
}

void MainWindow::newJournal()
{
    if (isLocked())
        return; // a menu opened before the lock may still offer this
    QString path = QFileDialog::getSaveFileName(this, tr("New Journal"), JournalOpening::defaultFolder(),
                                                journalFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".unfold");
    if (QFileInfo::exists(path)) {
        // Never replace a file with an empty journal: the user may have chosen it by mistake.
        QMessageBox::warning(
            this, tr("New Journal"),
            tr("%1 already exists. Choose another name, or open it with File › Open Journal.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto created = JournalOpening::create(this, path))
        setJournal(std::move(created));
}

void MainWindow::chooseJournal()
{
    if (isLocked())
        return; // a menu opened before the lock may still offer this
    const QString start =
        m_journal ? QFileInfo(m_journal->path()).absolutePath() : JournalOpening::defaultFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Journal"), start, journalFilter());
    if (!path.isEmpty())
        openJournal(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentJournals::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(MnemonicText::literal(QDir::toNativeSeparators(path))));
        connect(action, &QAction::triggered, this, [this, path] { openJournal(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent journals"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentJournals::clear();
        // Cleared here means cleared from the desktop's list too.
        QString error;
        if (!DesktopRecentFiles::removeAll(&error))
            statusBar()->showMessage(error);
    });
}

void MainWindow::saveCopy()
{
    if (!m_journal)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), JournalOpening::defaultFolder(),
                                                journalFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".unfold");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_journal->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Save a Copy"), tr("Choose another file than the open journal."));
        return;
    }
    saveCopyTo(path);
}

bool MainWindow::saveCopyTo(const QString &path)
{
    // Seconds for a practice's ten years: written on a thread of its own while the window paints.
    const auto [saved, error] = inBackground(
        this, tr("Saving a copy…"), [journal = m_journal->path(), key = m_journal->store().key(), path] {
            QString why;
            const bool ok = JournalStore::writeCopy(journal, key.get(), path, &why);
            return std::pair{ok, why};
        });
    if (saved)
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(
            this, tr("Save a Copy"),
            tr("The copy could not be saved: %1\nThe journal itself is unchanged.").arg(error));
    return saved;
}

void MainWindow::editTopicsAndLayers()
{
    if (!m_journal || m_journal->isReadOnly())
        return;
    TopicsLayersDialog dialog(*m_journal, *m_history, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    if (isLocked())
        return; // a menu opened before the lock may still offer this
    const QString language = Language::configured();
    SettingsDialog dialog(this);
    dialog.exec();
    updatePrivacyActions(); // the idle time may have changed
    if (Language::configured() != language)
        Q_EMIT languageChosen();
}

void MainWindow::showAbout()
{
    // The run-time versions, not the compile-time ones: those are what a bug report needs.
    QMessageBox::about(
        this, tr("About Unfold"),
        tr("<h3>Unfold %1</h3><p>Reflect on how you and the people close to you open up, after "
           "Social Penetration Theory.</p><p>Your journals stay on this computer. Unfold has no "
           "network code.</p><p>Copyright © Unfold contributors. Unfold is free software: you can "
           "redistribute it and/or modify it under the terms of the GNU General Public License, "
           "version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with "
           "ABSOLUTELY NO WARRANTY.</p><p>Using Qt %2 and SQLite %3.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), sqliteVersion()));
}

void MainWindow::showEditFailure(const QString &message)
{
    QMessageBox::warning(this, tr("Change Not Saved"),
                         tr("The change could not be saved: %1\nThe journal on disk is as it was before.")
                             .arg(message.isEmpty() ? tr("unknown error") : message));
}

} // namespace unfold
