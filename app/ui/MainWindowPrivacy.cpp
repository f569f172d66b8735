// SPDX-License-Identifier: GPL-3.0-or-later
// The window's part in encrypted journals: Journal › Encrypt, Change Passphrase and Lock, the lock
// after idle time, and the unlock screen.
#include "MainWindow.h"
#include "ThemeIcons.h"

#include "BackgroundWork.h"

#include "EditHistory.h"
#include "IdleWatch.h"
#include "Journal.h"
#include "JournalEncryption.h"
#include "JournalKey.h"
#include "JournalOpening.h"
#include "PassphraseDialog.h"
#include "Preferences.h"
#include "RelationshipSidebar.h"
#include "SessionTimeline.h"
#include "UnlockScreen.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

namespace unfold {

namespace {

// Derives a key from the passphrase (about a second, on purpose: it slows guessing), rewrites the
// journal's file with it and opens it again (seconds for a practice's ten years), on a thread of
// its own while a busy dialog says so and the window keeps painting from the journal still open.
bool rewriteWithPassphrase(Journal &journal, const QString &passphrase, const QString &label, QWidget *window)
{
    journal.finishBackups(); // no plain copy may land after the journal is encrypted
    Journal::Rewritten outcome =
        inBackground(window, label, [passphrase, path = journal.path(), old = journal.store().key()] {
            Journal::Rewritten result;
            const std::shared_ptr<const JournalKey> key =
                JournalKey::derive(passphrase, KeyParameters::fresh(), &result.error);
            return key ? Journal::rewriteWithKey(path, old, key) : std::move(result);
        });
    return journal.adoptRewritten(std::move(outcome));
}

} // namespace

void MainWindow::createPrivacy(QMenu *journalMenu)
{
    journalMenu->addSeparator();
    m_encrypt = journalMenu->addAction(tr("&Encrypt…"), this, &MainWindow::encryptJournal);
    m_changePassphrase =
        journalMenu->addAction(tr("Change &Passphrase…"), this, &MainWindow::changePassphrase);
    m_lock = journalMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    ThemeIcons::give(m_lock, QStringLiteral("system-lock-screen"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_idle, &IdleWatch::idle, this, &MainWindow::lock);
}

UnlockScreen *MainWindow::unlockScreen()
{
    // Not made with the window: its wrapped lines were measured at each layout of the window, and
    // its widgets styled, though most journals are never locked.
    if (!m_unlockScreen) {
        m_unlockScreen = new UnlockScreen;
        m_pages->addWidget(m_unlockScreen);
        connect(m_unlockScreen, &UnlockScreen::unlockRequested, this, &MainWindow::unlock);
    }
    return m_unlockScreen;
}

void MainWindow::updatePrivacyActions()
{
    const bool writable = m_journal && !m_journal->isReadOnly();
    const bool encrypted = m_journal && m_journal->isEncrypted();
    m_encrypt->setEnabled(writable && !encrypted);
    m_changePassphrase->setEnabled(writable && encrypted);
    m_lock->setEnabled(encrypted);
    // Only an encrypted journal is worth locking: a plain one can be read from its file anyway.
    m_idle->setMinutes(encrypted ? Preferences::lockMinutes() : 0);
}

void MainWindow::lock()
{
    if (!m_journal || !m_journal->isEncrypted() || !m_journal->isOpen() || isLocked())
        return;
    // A dialog, a file chooser (native ones too) or an open menu works on the open journal from
    // its own event loop: closing the journal under it would pull the journal from beneath that
    // code, and a guided session's rounds must not be ended by a timer. The lock waits until
    // the window is in charge again; the idle watch tries again after its interval.
    if (QApplication::activeModalWidget() || QGuiApplication::modalWindow() ||
        QApplication::activePopupWidget() || QThread::currentThread()->loopLevel() > 1) {
        m_idle->restart();
        return;
    }
    // What is being typed is saved first, as leaving the field would save it.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    // A picture copied from the journal stays on the clipboard otherwise, unlocked.
    if (QGuiApplication::clipboard()->ownsClipboard())
        QGuiApplication::clipboard()->clear();
    m_lockedPath = m_journal->path();
    m_lockedReadOnly = m_journal->isReadOnly();
    m_lockedPlace = place();
    setJournal(nullptr); // closes the journal: SQLCipher's copy of the key and ours are wiped
    menuBar()->setEnabled(false);
    m_pages->setCurrentWidget(unlockScreen());
    m_unlockScreen->showFor(QFileInfo(m_lockedPath).fileName());
    updateTitle();
}

void MainWindow::unlock(const QString &passphrase)
{
    if (!isLocked())
        return;
    JournalProblem problem;
    auto journal = JournalOpening::unlock(
        this, m_lockedPath, passphrase,
        m_lockedReadOnly ? JournalStore::Access::ReadOnly : JournalStore::Access::ReadWrite, &problem);
    if (!journal) {
        m_unlockScreen->showProblem(
            problem.kind == JournalProblem::Kind::WrongPassphrase
                ? tr("That passphrase does not open this journal. Check Caps Lock and the keyboard layout.")
                : problem.message);
        return;
    }
    m_lockedPath.clear();
    m_unlockScreen->showFor({}); // the typed passphrase leaves the field
    m_pages->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    setJournal(std::move(journal));
    goTo(m_lockedPlace); // back where the user was
}

void MainWindow::encryptJournal()
{
    if (!m_journal || m_journal->isReadOnly() || m_journal->isEncrypted())
        return;
    const QString path = m_journal->path(); // kept: a failed re-key may close the journal
    PassphraseDialog dialog(PassphraseDialog::Purpose::Choose, QFileInfo(m_journal->path()).fileName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!rewriteWithPassphrase(*m_journal, dialog.newPassphrase(), tr("Encrypting the journal…"), this)) {
        const QString why = m_journal->lastError();
        const bool changed = JournalStore::isEncryptedFile(path);
        // A journal that could not be opened again is closed before anything else can reach it.
        if (!m_journal->isOpen())
            setJournal(nullptr);
        QMessageBox::warning(this, tr("Encrypt Journal"),
                             changed
                                 ? tr("The journal was encrypted, but could not be opened again: %1").arg(why)
                                 : tr("The journal could not be encrypted: %1\nIt is unchanged.").arg(why));
        return;
    }
    updatePrivacyActions();
    updateTitle();
    statusBar()->showMessage(tr("The journal is now encrypted."), 5000);
    offerToRemovePlainCopies(JournalEncryption::plainCopies(m_journal->path(), Preferences::backupFolder()));
}

void MainWindow::offerToRemovePlainCopies(const QStringList &copies)
{
    if (copies.isEmpty())
        return;
    QStringList names;
    for (const QString &copy : copies)
        names.append(QDir::toNativeSeparators(copy));
    QMessageBox box(
        QMessageBox::Question, tr("Remove Plain Copies?"),
        tr("Unfold made %n unencrypted copy(ies) of this journal before it was encrypted "
           "(backups, and copies kept before format upgrades). Anyone who can read your files can "
           "read them.",
           nullptr, int(copies.size())),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Removing them is best. Be aware that a removed file may still be "
                              "recoverable from the disk with special tools until its space is reused, "
                              "and copies elsewhere (a backup drive, a sync folder) are not touched."));
    box.setDetailedText(names.join(u'\n'));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QStringList failed;
    for (const QString &copy : copies)
        if (!QFile::remove(copy))
            failed.append(QDir::toNativeSeparators(copy));
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Remove Plain Copies"),
                             tr("These could not be removed:\n%1").arg(failed.join(u'\n')));
}

void MainWindow::changePassphrase()
{
    if (!m_journal || m_journal->isReadOnly() || !m_journal->isEncrypted())
        return;
    PassphraseDialog dialog(PassphraseDialog::Purpose::Change, QFileInfo(m_journal->path()).fileName(), this);
    const auto current = m_journal->store().key();
    const QString path = m_journal->path();
    dialog.setCheck([&](const QString &typed) {
        QString error;
        const auto typedKey = JournalKey::forJournal(path, typed, &error);
        if (!typedKey)
            return error;
        return typedKey->sameAs(*current) ? QString() : tr("That is not the journal's current passphrase.");
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!rewriteWithPassphrase(*m_journal, dialog.newPassphrase(), tr("Changing the passphrase…"), this)) {
        const QString why = m_journal->lastError();
        const bool closed = !m_journal->isOpen();
        if (closed)
            setJournal(nullptr);
        QMessageBox::warning(
            this, tr("Change Passphrase"),
            closed ? tr("The journal could not be opened again after changing its passphrase: "
                        "%1\nTry the new passphrase first, then the old one.")
                         .arg(why)
                   : tr("The passphrase could not be changed: %1\nThe old passphrase still opens "
                        "the journal.")
                         .arg(why));
        return;
    }
    statusBar()->showMessage(tr("The passphrase was changed."), 5000);
}

} // namespace unfold
