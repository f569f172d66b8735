// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large journal off the window's thread, behind a dialog that can cancel it.
#include "BackgroundWork.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalKey.h"
#include "JournalOpening.h"
#include "JournalSchema.h"
#include "Language.h"
#include "Preferences.h"
#include "SqliteDatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace unfold;

namespace {

// Records on which thread it was destroyed.
struct Probe
{
    std::shared_ptr<std::atomic<QThread *>> destroyedOn;
    ~Probe()
    {
        if (destroyedOn)
            destroyedOn->store(QThread::currentThread());
    }
    Probe() = default;
    Probe(Probe &&other) noexcept : destroyedOn(std::move(other.destroyedOn)) {}
    Probe &operator=(Probe &&other) noexcept
    {
        destroyedOn = std::move(other.destroyedOn);
        return *this;
    }
};

QProgressDialog *busyDialog()
{
    return qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
}

} // namespace

class OpeningInBackgroundTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A journal opened on another thread belongs to the window's thread when it arrives, and
    // takes edits there.
    void aLargeJournalArrivesOnTheWindowsThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every size counts as large here.
        auto journal = JournalOpening::open(&window, path, 0);
        QVERIFY(journal);
        QCOMPARE(journal->thread(), QApplication::instance()->thread());
        QCOMPARE(journal->relationships().size(), 4);
        QVERIFY(!journal->isReadOnly());
        QVERIFY(!busyDialog());
    }

    // Cancel ends the wait at once with no result; the work runs to its end on its own thread
    // and its result is destroyed there.
    void cancelEndsTheWaitAndDropsTheResultOnItsThread()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        std::atomic<QThread *> workedOn = nullptr;
        bool kept = false;
        QTimer::singleShot(50, this, [] {
            QProgressDialog *busy = busyDialog();
            QVERIFY(busy);
            QTest::keyClick(busy, Qt::Key_Escape);
        });
        QElapsedTimer waited;
        waited.start();
        const std::optional<Probe> result = cancellableInBackground(
            &window, QStringLiteral("Working…"), QStringLiteral("Cancel"),
            [&workedOn, destroyedOn] {
                workedOn = QThread::currentThread();
                QThread::msleep(600);
                Probe probe;
                probe.destroyedOn = destroyedOn;
                return probe;
            },
            [&kept](Probe &) { kept = true; });
        QVERIFY(!result);
        QVERIFY2(waited.elapsed() < 500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(!busyDialog());
        // The work ends later on its own; what it made is destroyed there, never kept.
        QTRY_VERIFY_WITH_TIMEOUT(destroyedOn->load() != nullptr, 5000);
        QCOMPARE(destroyedOn->load(), workedOn.load());
        QVERIFY(destroyedOn->load() != QThread::currentThread());
        QVERIFY(!kept);
    }

    // Without Cancel the result is handed over through `keep`, on the work's thread.
    void aFinishedWorkIsKept()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QThread *keptOn = nullptr;
        const std::optional<int> result = cancellableInBackground(
            &window, QStringLiteral("Working…"), QStringLiteral("Cancel"),
            [] {
                QThread::msleep(100);
                return 7;
            },
            [&keptOn](int &) { keptOn = QThread::currentThread(); });
        QCOMPARE(result, std::optional<int>(7));
        QVERIFY(keptOn && keptOn != QThread::currentThread());
    }

    // At start the opening begins before the window exists; the window takes its journal,
    // which belongs to the window's thread, is open for editing and holds the journal's lock.
    void anEarlyOpeningIsTakenByTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("early.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        const auto early = JournalOpening::beginOpening(path);
        QVERIFY(early);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto journal =
            JournalOpening::open(&window, path, JournalOpening::backgroundOpeningFrom, early.get());
        QVERIFY(journal);
        QCOMPARE(journal->thread(), QApplication::instance()->thread());
        QCOMPARE(journal->relationships().size(), 4);
        QVERIFY(!journal->isReadOnly());
        // Taken, not opened twice: a second opening finds the journal in use.
        JournalProblem problem;
        QVERIFY(!Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem));
        QCOMPARE(problem.kind, JournalProblem::Kind::InUse);
    }

    // The man page names the files a first start makes and opens, as Unfold names them (it
    // said journal.unfold where the first start writes demo.unfold).
    void theManPageNamesTheFilesAsTheyAre()
    {
        QFile page(QStringLiteral(UNFOLD_MAN_PAGE));
        QVERIFY(page.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(page.readAll());
        const qsizetype files = text.indexOf(QStringLiteral(".SH FILES"));
        QVERIFY(files >= 0);
        const QString section = text.mid(files, text.indexOf(QStringLiteral(".SH "), files + 1) - files);
        const QString demo = QFileInfo(JournalOpening::demoJournalPath()).fileName();
        const QString own = QFileInfo(Preferences::defaultJournalPath()).fileName();
        QVERIFY2(section.contains(u'/' + demo + u'\n'), qPrintable(section));
        QVERIFY2(section.contains(u'/' + own + u'\n'), qPrintable(section));
        const qsizetype demoLine = section.indexOf(u'/' + demo);
        QVERIFY(section.indexOf(QStringLiteral("first start"), demoLine) - demoLine < 200);
    }

    // An early opening nobody takes (the user opened another journal) closes its journal and
    // lets go of the lock; encrypted, large and missing journals are not opened early at all.
    void anEarlyOpeningNotTakenLetsGo()
    {
        const QString path = m_dir.filePath(QStringLiteral("untaken.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalOpening::beginOpening(path).reset();
        JournalProblem problem;
        QVERIFY2(Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem),
                 qPrintable(problem.message));

        QVERIFY(!JournalOpening::beginOpening(m_dir.filePath(QStringLiteral("missing.unfold"))));
        QVERIFY(!JournalOpening::beginOpening(path, 1)); // larger than the early limit
        const QString encrypted = m_dir.filePath(QStringLiteral("locked.unfold"));
        KeyParameters cheap = KeyParameters::fresh();
        cheap.memoryLog2 = 16; // a test's key: quick to derive
        cheap.passes = 1;
        std::shared_ptr<const JournalKey> key =
            JournalKey::derive(QStringLiteral("correct horse battery"), cheap, &error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY2(DemoJournal::write(encrypted, DemoJournal::Profile::Personal, 1, false, &error, key),
                 qPrintable(error));
        QVERIFY(JournalStore::isEncryptedFile(encrypted));
        QVERIFY(!JournalOpening::beginOpening(encrypted));
    }

    // An early opening begins once the translations are installed: a problem it finds, another
    // Unfold holding the journal say, is told in the user's language, as the opening found it.
    void anEarlyOpeningsProblemIsToldInTheUsersLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        const auto holder = Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(holder, qPrintable(problem.message));
        Language::install(QStringLiteral("de"));
        const auto restore = qScopeGuard([] { Language::install(QString()); });
        const auto early = JournalOpening::beginOpening(path);
        QVERIFY(early);
        QTRY_VERIFY(early->isFinished()); // its problem is found and worded
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString told;
        QTimer::singleShot(0, &window, [&told] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            told = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!JournalOpening::open(&window, path, JournalOpening::backgroundOpeningFrom, early.get()));
        QVERIFY2(told.contains(QStringLiteral("wird gerade von")), qPrintable(told));
        QVERIFY2(!told.contains(QStringLiteral("is in use by")), qPrintable(told));
    }

    // A journal in an older format is not opened early: its upgrade first copies the old file
    // aside and is told in a box of its own, as an opening from the window does.
    void anOlderJournalIsNotOpenedEarly()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.unfold"));
        {
            SqliteDatabase db;
            QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
            QString error;
            QVERIFY2(JournalSchema::migrate(db, 1, &error), qPrintable(error));
        }
        QVERIFY(!JournalStore::saysCurrentFormat(path));
        QVERIFY(!JournalOpening::beginOpening(path));
        const QString current = m_dir.filePath(QStringLiteral("current.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(current, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        QVERIFY(JournalStore::saysCurrentFormat(current));
        // A save cut off beside it may be an upgrade, which playing it back would undo.
        QFile cutOff(current + QStringLiteral("-journal"));
        QVERIFY(cutOff.open(QIODevice::WriteOnly));
        cutOff.write(QByteArray(512, '\x01'));
        cutOff.close();
        QVERIFY(!JournalStore::saysCurrentFormat(current));
        QVERIFY(!JournalOpening::beginOpening(current));
        QVERIFY(cutOff.remove());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(OpeningInBackgroundTest)
#include "test_opening_in_background.moc"
