// SPDX-License-Identifier: GPL-3.0-or-later
// A backup that cannot be made is told in the window: in the status bar while the window is open,
// and in a box of its own when the copy fails as the window closes (the status bar goes with it).
// The edit that began the backup stands either way.
#include "DesktopRecentFiles.h"
#include "DisclosureEntry.h"
#include "Journal.h"
#include "MainWindow.h"
#include "PrivateFiles.h"
#include "RecentJournals.h"
#include "SessionEditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <cerrno>
#include <memory>

using namespace unfold;

namespace {

// A journal of one relationship with one session, written without backups; its id of the session.
qint64 writeJournal(const QString &path)
{
    JournalProblem problem;
    auto journal = Journal::create(path, QString(), &problem);
    if (!journal)
        return 0;
    Person first{0, QStringLiteral("Alex"), {}, false};
    Person second{0, QStringLiteral("Sam"), {}, false};
    if (!journal->savePerson(first) || !journal->savePerson(second))
        return 0;
    Relationship r{0, first.id, second.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Unset};
    if (!journal->saveRelationship(r))
        return 0;
    Session session{0, r.id, QDateTime(QDate(2025, 4, 1), QTime(18, 0), QTimeZone::utc()), {}, {}, {}};
    if (!journal->saveSession(session))
        return 0;
    return session.id;
}

// Logs one disclosure from the keyboard, as a user would: the edit that begins the hour's backup.
void logFromTheKeyboard(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QLineEdit *quick = window.sessionEditor()->entry()->quickEntry();
    QVERIFY(quick->hasFocus());
    QTest::keyClicks(quick, QStringLiteral("a 1 1"));
    QTest::keyClick(quick, Qt::Key_Return);
    QVERIFY(quick->text().isEmpty()); // logged
}

// Shows the window with its journal and waits for the work its first frame lets go (the desktop's
// list of recent files, written on a thread of its own): a fault injected after it reaches the
// backup's copy, not that list.
void showAndSettle(MainWindow &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(RecentJournals::list().contains(window.journal()->path()));
    DesktopRecentFiles::settle();
}

// Closes the window, answering the box it shows on the way, if any: that box's text, or empty.
QString closeAndReadItsBox(MainWindow &window)
{
    // Shared with the timer, which runs later when no box stops the close.
    auto told = std::make_shared<QString>();
    QTimer::singleShot(0, &window, [told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *told = box->text();
            box->accept();
        }
    });
    if (!window.close())
        return QStringLiteral("(the window did not close)");
    return *told;
}

// The journal at `path`, opened again after its window closed.
std::unique_ptr<Journal> reopen(const QString &path)
{
    JournalProblem problem;
    auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
    if (!journal)
        qWarning("%s", qPrintable(problem.message));
    return journal;
}

} // namespace

class TestBackupInWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The journal at `name`, opened for editing with backups in this test's folder.
    std::unique_ptr<Journal> open(const QString &name, qint64 *sessionId)
    {
        const QString path = m_dir.filePath(name);
        *sessionId = writeJournal(path);
        if (!*sessionId)
            return nullptr;
        JournalProblem problem;
        return Journal::open(path, JournalStore::Access::ReadWrite, m_dir.filePath(QStringLiteral("backups")),
                             &problem);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_backup_in_window"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { PrivateFiles::clearFaults(); }

    // The copy fails on its own thread (the disk full as it is put in place): the status bar says
    // so once it has ended, and the disclosure is in the journal.
    void aFailedBackupIsToldInTheStatusBar()
    {
        qint64 sessionId = 0;
        auto journal = open(QStringLiteral("open.unfold"), &sessionId);
        QVERIFY(journal);
        MainWindow window;
        window.setJournal(std::move(journal));
        showAndSettle(window);
        QCOMPARE(window.sessionEditor()->sessionId(), sessionId);

        PrivateFiles::failNextAt(PrivateFiles::Step::Rename, ENOSPC);
        logFromTheKeyboard(window);
        QTRY_VERIFY2(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("A backup could not be made")),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.journal()->disclosures(sessionId).size(), 1);
    }

    // The window closes before the copy's end has been told (it may still be copying): closing
    // waits for it and says in a box that the backup was not made, and that the edit is saved.
    void aBackupFailingAsTheWindowClosesIsToldBeforeItGoes()
    {
        qint64 sessionId = 0;
        auto journal = open(QStringLiteral("closing.unfold"), &sessionId);
        QVERIFY(journal);
        const QString path = journal->path();
        {
            MainWindow window;
            window.setJournal(std::move(journal));
            showAndSettle(window);

            PrivateFiles::failNextAt(PrivateFiles::Step::Rename, ENOSPC);
            logFromTheKeyboard(window);
            // No event has been handled since the edit: the copy's end is still to be told.
            const QString told = closeAndReadItsBox(window);
            QVERIFY2(told.contains(QStringLiteral("backup could not be made")), qPrintable(told));
            QVERIFY2(told.contains(QStringLiteral("Every edit is saved")), qPrintable(told));
        }
        const auto reopened = reopen(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->disclosures(sessionId).size(), 1);
    }

    // Notes still being typed as the window closes are saved first, as leaving the field would
    // save them; when that edit begins the hour's backup, the backup's failure is told too.
    void notesBeingTypedAreSavedAndTheirBackupToldAsTheWindowCloses()
    {
        qint64 sessionId = 0;
        auto journal = open(QStringLiteral("typing.unfold"), &sessionId);
        QVERIFY(journal);
        const QString path = journal->path();
        {
            MainWindow window;
            window.setJournal(std::move(journal));
            showAndSettle(window);
            QToolButton *show = nullptr;
            for (auto *button : window.sessionEditor()->findChildren<QToolButton *>())
                if (button->accessibleName() == QLatin1String("Show private notes"))
                    show = button;
            QVERIFY(show);
            show->click();
            QLineEdit *notes = nullptr;
            for (auto *field : window.sessionEditor()->findChildren<QLineEdit *>())
                if (field->accessibleName() == QLatin1String("Session notes"))
                    notes = field;
            QVERIFY(notes && notes->hasFocus());
            QTest::keyClicks(notes, QStringLiteral("Said more than usual"));

            PrivateFiles::failNextAt(PrivateFiles::Step::Rename, ENOSPC);
            const QString told = closeAndReadItsBox(window);
            QVERIFY2(told.contains(QStringLiteral("backup could not be made")), qPrintable(told));
        }
        const auto reopened = reopen(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->session(sessionId)->notes, QStringLiteral("Said more than usual"));
    }

    // A backup that succeeds is not told at all when the window closes.
    void aBackupMadeIsNotToldAsTheWindowCloses()
    {
        qint64 sessionId = 0;
        auto journal = open(QStringLiteral("made.unfold"), &sessionId);
        QVERIFY(journal);
        MainWindow window;
        window.setJournal(std::move(journal));
        showAndSettle(window);
        logFromTheKeyboard(window);
        QCOMPARE(closeAndReadItsBox(window), QString());
        QCOMPARE(window.journal()->backups()->existingBackups().size(), 1);
    }
};

QTEST_MAIN(TestBackupInWindow)
#include "test_backup_in_window.moc"
