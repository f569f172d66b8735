// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalOpening.h"

#include "BackgroundWork.h"
#include "Journal.h"
#include "JournalKey.h"
#include "PassphraseDialog.h"
#include "Preferences.h"
#include "PrivateFiles.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>

namespace unfold::JournalOpening {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::JournalOpening", text);
}

void explain(QWidget *parent, const QString &title, const JournalProblem &problem)
{
    QMessageBox box(QMessageBox::Warning, title, problem.message, QMessageBox::Ok, parent);
    box.setInformativeText(tr("Nothing was changed on disk."));
    box.exec();
}
} // namespace

QString defaultFolder()
{
    const QString folder = Preferences::journalFolder();
    QString error;
    PrivateFiles::ensureDirectory(folder, &error);
    return folder;
}

QString defaultJournalPath()
{
    return Preferences::defaultJournalPath();
}

// The demo is Unfold's own file, not the user's: it stays in the application's folder
// wherever the user keeps journals.
QString demoJournalPath()
{
    const QString folder = Preferences::defaultJournalFolder();
    QString error;
    PrivateFiles::ensureDirectory(folder, &error);
    return folder + QStringLiteral("/demo.unfold");
}

std::unique_ptr<Journal> openEncrypted(const QString &path, const QString &passphrase,
                                       JournalStore::Access access, JournalProblem *problem)
{
    QString error;
    std::shared_ptr<const JournalKey> key = JournalKey::forJournal(path, passphrase, &error);
    if (!key) {
        *problem = {JournalProblem::Kind::Unreadable, error};
        return nullptr;
    }
    const QString backups =
        access == JournalStore::Access::ReadWrite ? Preferences::backupFolder() : QString();
    return Journal::open(path, access, backups, problem, std::move(key));
}

std::unique_ptr<Journal> unlock(QWidget *parent, const QString &path, const QString &passphrase,
                                JournalStore::Access access, JournalProblem *problem)
{
    // Deriving the key takes a deliberate fraction of a second, and an encrypted journal's check
    // decrypts every page (about a second for a practice's ten years): both off the window's
    // thread. The journal is handed to the window's thread before it leaves the worker.
    QThread *const window = QThread::currentThread();
    auto [journal, reason] = inBackground(
        parent, tr("Unlocking %1…").arg(QFileInfo(path).fileName()), [&path, &passphrase, access, window] {
            JournalProblem found;
            // Settings are read there too: QSettings may be used from any thread.
            std::unique_ptr<Journal> opened = openEncrypted(path, passphrase, access, &found);
            if (opened)
                opened->moveToThread(window);
            return std::pair(std::move(opened), found);
        });
    *problem = reason;
    return std::move(journal);
}

EarlyOpening::EarlyOpening(const QString &path) : m_path(path)
{
    m_thread.reset(
        QThread::create([this, backups = Preferences::backupFolder(), window = QThread::currentThread()] {
            m_journal = Journal::open(m_path, JournalStore::Access::ReadWrite, backups, &m_problem);
            if (m_journal)
                m_journal->moveToThread(window);
            // The timeline's times are local: the system's time zone is read from its file the
            // first time a time is made local in this process, a seventh of putting the journal
            // into the window. Read here instead, while the window is still being made.
            QDateTime::currentDateTime();
        }));
    m_thread->start();
}

EarlyOpening::~EarlyOpening()
{
    m_thread->wait();
}

bool EarlyOpening::isFinished() const
{
    return m_thread->isFinished();
}

std::unique_ptr<Journal> EarlyOpening::take(JournalProblem *problem)
{
    m_thread->wait();
    *problem = m_problem;
    return std::move(m_journal);
}

std::shared_ptr<EarlyOpening> beginOpening(const QString &path, qint64 backgroundFrom)
{
    const QFileInfo file(path);
    if (!file.isFile() || file.size() >= backgroundFrom || !JournalStore::saysCurrentFormat(path))
        return nullptr;
    return std::make_shared<EarlyOpening>(path);
}

std::unique_ptr<Journal> open(QWidget *parent, const QString &path, qint64 backgroundFrom,
                              EarlyOpening *early)
{
    JournalProblem problem;
    std::unique_ptr<Journal> journal;
    QString passphrase;
    if (JournalStore::isEncryptedFile(path)) {
        PassphraseDialog dialog(PassphraseDialog::Purpose::Enter, QFileInfo(path).fileName(), parent);
        // The dialog stays open on a wrong passphrase; any other problem is explained below.
        dialog.setCheck([&](const QString &typed) {
            journal = unlock(&dialog, path, typed, JournalStore::Access::ReadWrite, &problem);
            return problem.kind == JournalProblem::Kind::WrongPassphrase
                       ? tr("That passphrase does not open this journal. Check Caps Lock and the keyboard "
                            "layout, and try again.")
                       : QString();
        });
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        passphrase = dialog.passphrase();
    } else if (early && early->path() == path) {
        // Opened while the window was made, or the problem found then, worded in the user's
        // language (the translations were installed before it began).
        journal = early->take(&problem);
    } else if (QFileInfo(path).size() < backgroundFrom) {
        journal = Journal::open(path, JournalStore::Access::ReadWrite, Preferences::backupFolder(), &problem);
    } else {
        // Opening checks the whole file: about 0.4 s for a practice's ten years. The window keeps
        // painting meanwhile, and the user may cancel.
        auto opened = cancellableInBackground(
            parent, tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"),
            [path, backups = Preferences::backupFolder()] {
                JournalProblem found;
                auto result = Journal::open(path, JournalStore::Access::ReadWrite, backups, &found);
                return std::pair(std::move(result), found);
            },
            [window = QThread::currentThread()](auto &result) {
                if (result.first)
                    result.first->moveToThread(window);
            });
        if (!opened)
            return nullptr; // cancelled: nothing was changed, and there is nothing to explain
        journal = std::move(opened->first);
        problem = opened->second;
    }
    if (journal) {
        if (!journal->store().preMigrationCopy().isEmpty()) {
            QStringList lines{tr("This journal was upgraded to the current format. A copy of the old file "
                                 "was kept at %1.")
                                  .arg(QDir::toNativeSeparators(journal->store().preMigrationCopy()))};
            lines += journal->store().upgradeNotes();
            QMessageBox::information(parent, tr("Journal Upgraded"), lines.join(QStringLiteral("\n\n")));
        }
        return journal;
    }
    if (problem.kind == JournalProblem::Kind::InUse) {
        const auto answer = QMessageBox::question(parent, tr("Journal in Use"),
                                                  problem.message + u'\n' + tr("Open it read-only?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return nullptr;
        journal = passphrase.isEmpty()
                      ? Journal::open(path, JournalStore::Access::ReadOnly, {}, &problem)
                      : unlock(parent, path, passphrase, JournalStore::Access::ReadOnly, &problem);
        if (journal)
            return journal;
    }
    explain(parent, tr("Cannot Open Journal"), problem);
    return nullptr;
}

std::unique_ptr<Journal> create(QWidget *parent, const QString &path)
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::ChooseOrPlain, QFileInfo(path).fileName(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    std::shared_ptr<const JournalKey> key;
    JournalProblem problem;
    if (!dialog.chosePlain()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        key = JournalKey::derive(dialog.newPassphrase(), KeyParameters::fresh(), &error);
        QApplication::restoreOverrideCursor();
        if (!key) {
            explain(parent, tr("Cannot Create Journal"), {JournalProblem::Kind::WriteFailed, error});
            return nullptr;
        }
    }
    auto journal = Journal::create(path, Preferences::backupFolder(), &problem, std::move(key));
    if (!journal)
        explain(parent, tr("Cannot Create Journal"), problem);
    return journal;
}

} // namespace unfold::JournalOpening
