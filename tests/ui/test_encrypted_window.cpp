// SPDX-License-Identifier: GPL-3.0-or-later
// An encrypted journal in the real window (DESIGN.md §4): Journal › Encrypt… from the keyboard,
// a canary note typed into the session editor that never reaches a plain byte on disk, the lock
// (shortcut and idle time) that shows nothing of the journal and wipes its key, and an unlock
// that says when the passphrase is wrong.

#include "../core/JournalFingerprint.h"
#include "DemoJournal.h"
#include "IdleWatch.h"
#include "Journal.h"
#include "JournalEncryption.h"
#include "JournalKey.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "SessionEditor.h"
#include "SessionTimeline.h"
#include "UnlockScreen.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace unfold;
using unfold::test::filesHolding;

namespace {

const QByteArray canary = QByteArrayLiteral("CANARY-window-41c7-never-plain");
const QString passphrase = QStringLiteral("a long walk by the sea");

template <typename T> T *named(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *w : all)
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

} // namespace

// Every busy dialog shown, by what it says, caught as it shows: a timer that looked every 10 ms
// missed the dialog of a copy made faster than that (on a loaded machine, now and then).
class ShownBusyDialogs final : public QObject
{
public:
    QStringList names;

    ShownBusyDialogs() { qApp->installEventFilter(this); }
    ~ShownBusyDialogs() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<QProgressDialog *>(watched);
                dialog && !names.contains(dialog->accessibleName()))
                names.append(dialog->accessibleName());
        }
        return false;
    }
};

class TestEncryptedWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journals/ours.unfold")); }

    // Every place the window could write: the test's folder (journal, backups) and the
    // application's data, settings and cache folders (test mode), and the temporary folder.
    QStringList leaks() const
    {
        QStringList found = filesHolding(m_dir.path(), canary);
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                    QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation})
            found += filesHolding(QStandardPaths::writableLocation(location), canary);
        found += filesHolding(qEnvironmentVariable("TMPDIR"), canary);
        return found;
    }

    // Answers the modal passphrase dialog with `words` typed twice, then Enter.
    static void answerPassphraseDialog(const QString &words, bool *answered)
    {
        QTimer::singleShot(0, [words, answered] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *first = named<QLineEdit>(dialog, QStringLiteral("New passphrase"));
            auto *again = named<QLineEdit>(dialog, QStringLiteral("New passphrase again"));
            QVERIFY(first && again);
            QTest::keyClicks(first, words);
            QTest::keyClicks(again, words);
            *answered = true;
            QTest::keyClick(again, Qt::Key_Return);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A private temporary folder, so the scan below sees every file written there.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tmp")));
        qputenv("TMPDIR", QFile::encodeName(m_dir.filePath(QStringLiteral("tmp"))));
        Preferences::setBackupFolder(m_dir.filePath(QStringLiteral("backups")));
        QString error;
        QVERIFY2(DemoJournal::write(journalPath(), DemoJournal::Profile::Personal, 4, false, &error),
                 qPrintable(error));
    }
    void cleanupTestCase() { Preferences::setBackupFolder({}); }

    void encryptTypeLockAndUnlock()
    {
        MainWindow window;
        window.openJournal(journalPath());
        QVERIFY(window.journal());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.journal()->isEncrypted());
        // A backup from the plain days, as an hour of editing leaves one.
        QVERIFY(window.journal()->backups()->backupNow(window.journal()->store()));

        // Journal › Encrypt…: the passphrase twice; then the offer to remove the plain backups
        // made before (at least the one made when the journal was opened for editing).
        bool answered = false;
        answerPassphraseDialog(passphrase, &answered);
        bool offered = false;
        QTimer::singleShot(1500, [&offered] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                offered = true;
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
            }
        });
        // The key's derivation and the file's rewriting run on a thread of their own: the window
        // keeps handling events meanwhile, under a busy dialog that says what is happening.
        ShownBusyDialogs busy;
        window.encryptJournal();
        QCOMPARE(busy.names, QStringList{QStringLiteral("Encrypting the journal…")});
        QVERIFY(answered);
        QVERIFY(window.journal()->isEncrypted());
        QVERIFY(JournalStore::isEncryptedFile(journalPath()));
        QVERIFY(offered); // the plain backup above
        QCOMPARE(JournalEncryption::plainCopies(journalPath(), Preferences::backupFolder()), QStringList());

        // A note typed into the session editor, as a user types it.
        auto *notes = named<QLineEdit>(window.sessionEditor(), QStringLiteral("Session notes"));
        QVERIFY(notes);
        QVERIFY(window.timeline()->currentSessionId() > 0);
        QVERIFY(!notes->isVisible()); // private notes show only when asked for
        auto *show = named<QToolButton>(window.sessionEditor(), QStringLiteral("Show private notes"));
        QVERIFY(show);
        show->click();
        QVERIFY2(notes->isVisible(), "the session editor is on screen");
        window.activateWindow(); // the dialogs had the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));
        notes->setFocus();
        QVERIFY(notes->hasFocus());
        notes->selectAll();
        QTest::keyClicks(notes, QString::fromUtf8(canary));
        QTest::keyClick(notes, Qt::Key_Tab); // leaving the field saves it
        QCOMPARE(window.journal()->session(window.timeline()->currentSessionId())->notes,
                 QString::fromUtf8(canary));
        QVERIFY(window.journal()->backups()->backupNow(window.journal()->store()));
        QCOMPARE(leaks(), QStringList());

        // File › Save a Copy: written on a thread of its own under a busy dialog, encrypted with
        // the journal's key (the scan for the note finds nothing), whole.
        busy.names.clear();
        const QString copy = m_dir.filePath(QStringLiteral("copy.unfold"));
        QVERIFY(window.saveCopyTo(copy));
        QCOMPARE(busy.names, QStringList{QStringLiteral("Saving a copy…")});
        QVERIFY(JournalStore::isEncryptedFile(copy));
        QCOMPARE(leaks(), QStringList());
        {
            JournalProblem problem;
            auto opened = JournalStore::open(copy, JournalStore::Access::ReadOnly, &problem,
                                             window.journal()->store().key());
            QVERIFY2(opened, qPrintable(problem.message));
            QCOMPARE(opened->session(window.timeline()->currentSessionId())->notes,
                     QString::fromUtf8(canary));
        }
        // A copy that cannot be written says so and leaves nothing.
        bool warned = false;
        QTimer closer; // the warning comes after the busy dialog
        connect(&closer, &QTimer::timeout, this, [&warned] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warned = box->text().contains(QStringLiteral("could not be saved"));
                box->accept();
            }
        });
        closer.start(10);
        QVERIFY(!window.saveCopyTo(m_dir.filePath(QStringLiteral("missing/copy.unfold"))));
        closer.stop();
        QVERIFY(warned);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
        QVERIFY(QFile::remove(copy));
        window.activateWindow(); // the dialogs had the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Lock with the shortcut: only the unlock screen, no key left in memory.
        const qint64 session = window.timeline()->currentSessionId();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.isLocked());
        QVERIFY(!window.journal());
        QCOMPARE(JournalKey::liveKeys(), 0);
        QVERIFY(!window.menuBar()->isEnabled());
        QVERIFY(window.unlockScreen()->isVisible());
        QVERIFY(!notes->isVisible());
        QVERIFY(!window.windowTitle().contains(QString::fromUtf8(canary)));

        // A wrong passphrase says so and keeps the screen locked.
        auto *field = named<QLineEdit>(window.unlockScreen(), QStringLiteral("Passphrase"));
        auto *problem = named<QLabel>(window.unlockScreen(), QStringLiteral("Problem"));
        QVERIFY(field && problem);
        QTest::keyClicks(field, QStringLiteral("not it"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QVERIFY2(problem->text().contains(QStringLiteral("passphrase")), qPrintable(problem->text()));

        // The right one brings back the same session.
        field->clear();
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(window.journal() && window.journal()->isEncrypted());
        // Unlocked on a thread of its own, then handed to the window's.
        QCOMPARE(window.journal()->thread(), QApplication::instance()->thread());
        QCOMPARE(window.timeline()->currentSessionId(), session);
        QVERIFY(window.menuBar()->isEnabled());
        QCOMPARE(leaks(), QStringList());
    }

    // SQLCipher is the process's one SQLite: a second copy loaded by anything (a plugin, Qt SQL)
    // would share symbol names and could open journals without the codec.
    void oneSqliteInTheProcess()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libsqlcipher"));
        QVERIFY(!mapped.contains("libsqlite3.so"));
        QVERIFY(!mapped.contains("libQt6Sql"));
    }

    void locksAfterIdleTimeUnlessUsed()
    {
        const QString path = m_dir.filePath(QStringLiteral("journals/idle.unfold"));
        QString error;
        std::shared_ptr<const JournalKey> key =
            JournalKey::derive(passphrase, KeyParameters::fresh(), &error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 2, false, &error, key),
                 qPrintable(error));
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem, key);
        QVERIFY2(journal, qPrintable(problem.message));
        key.reset();

        MainWindow window;
        window.setJournal(std::move(journal));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.idleWatch()->isWatching()); // Settings' ten minutes by default
        window.idleWatch()->setInterval(std::chrono::milliseconds(400));

        // Keys pressed now and then keep it open past the interval.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(200);
            QTest::keyClick(window.timeline(), Qt::Key_Down);
        }
        QVERIFY(!window.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
        QCOMPARE(JournalKey::liveKeys(), 0);
        QVERIFY(!window.idleWatch()->isWatching()); // nothing left to lock

        // A plain journal is never locked: its file can be read without a passphrase anyway.
        JournalProblem plainProblem;
        auto plain =
            Journal::create(m_dir.filePath(QStringLiteral("journals/plain.unfold")), {}, &plainProblem);
        QVERIFY2(plain, qPrintable(plainProblem.message));
        MainWindow other;
        other.setJournal(std::move(plain));
        QVERIFY(!other.idleWatch()->isWatching());
        other.lock();
        QVERIFY(!other.isLocked());
    }
};

QTEST_MAIN(TestEncryptedWindow)
#include "test_encrypted_window.moc"
