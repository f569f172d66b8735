// SPDX-License-Identifier: GPL-3.0-or-later
// JournalBackups: a copy when editing begins, then at most one an hour, the newest five kept,
// each a whole journal holding the data of its time. Time is moved with setClock().

#include "Journal.h"
#include "JournalBackups.h"
#include "JournalFingerprint.h"
#include "JournalStore.h"
#include "PrivateFiles.h"
#include "SqliteDatabase.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cerrno>

using namespace unfold;

namespace {
constexpr auto groupAndOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                               QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

class TestJournalBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstEditMakesABackup();
    void atMostOneBackupAnHour_data();
    void atMostOneBackupAnHour();
    void keepsTheNewestFive();
    void eachBackupHoldsItsTimesData();
    void journalsWithTheSameNameDoNotShare();
    void aNewInstanceKnowsTheLastBackup();
    void failedBackupIsReported();
    void aFailedCopyIsReportedOnceAndTriedAgain();
    void editsGoOnWhileACopyIsMade();
    void aCopyKeepsTheJournalsLocks();
    void defaultFolderIsUnderAppData();

private:
    // Adds a person to the store, as one edit, and tells the backups about it.
    bool edit(JournalBackups &backups, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournalStore> m_store;
    QString m_backupFolder;
    QDateTime m_now;
};

void TestJournalBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJournalBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    JournalProblem problem;
    m_store = JournalStore::create(m_dir->filePath(QStringLiteral("journal.unfold")), &problem);
    QVERIFY2(m_store, qPrintable(problem.message));
    m_backupFolder = m_dir->filePath(QStringLiteral("backups"));
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
}

void TestJournalBackups::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestJournalBackups::edit(JournalBackups &backups, const QString &name)
{
    Person p{0, name, {}, false};
    // The copy is made on a thread of its own; these tests look at it once it is made.
    return m_store->save(p) && backups.noteEdit(*m_store) && backups.finish();
}

void TestJournalBackups::firstEditMakesABackup()
{
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    QVERIFY(backups.existingBackups().isEmpty());
    QVERIFY(!QFileInfo::exists(m_backupFolder)); // nothing is made before there is something to keep

    QVERIFY2(edit(backups, QStringLiteral("First")), qPrintable(backups.lastError()));
    const QStringList made = backups.existingBackups();
    QCOMPARE(made.size(), 1);
    QVERIFY(QFileInfo(made.constFirst()).isFile());
    QVERIFY(made.constFirst().startsWith(backups.folder() + QLatin1Char('/')));
    QVERIFY(backups.folder().startsWith(m_backupFolder + QLatin1Char('/')));
    // Backups hold the same intimate content as the journal: private folder, private files.
    QCOMPARE(QFileInfo(backups.folder()).permissions() & groupAndOther, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(m_backupFolder).permissions() & groupAndOther, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(made.constFirst()).permissions() & groupAndOther, QFileDevice::Permissions());
    // Only the backup is there, no temporary left from writing it.
    QCOMPARE(test::entriesOf(backups.folder()), QStringList{QFileInfo(made.constFirst()).fileName()});
}

void TestJournalBackups::atMostOneBackupAnHour_data()
{
    QTest::addColumn<qint64>("secondsLater");
    QTest::addColumn<int>("expected");
    QTest::newRow("a minute") << qint64(60) << 1;
    QTest::newRow("59 minutes 59 seconds") << JournalBackups::minimumSecondsBetween - 1 << 1;
    QTest::newRow("exactly an hour") << JournalBackups::minimumSecondsBetween << 2;
    QTest::newRow("a day") << qint64(24 * 60 * 60) << 2;
}

void TestJournalBackups::atMostOneBackupAnHour()
{
    QFETCH(qint64, secondsLater);
    QFETCH(int, expected);
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    QVERIFY(edit(backups, QStringLiteral("First")));
    QCOMPARE(backups.existingBackups().size(), 1);
    // Many edits in quick succession make no further backups.
    m_now = m_now.addSecs(10);
    QVERIFY(edit(backups, QStringLiteral("Second")));
    QVERIFY(edit(backups, QStringLiteral("Third")));
    QCOMPARE(backups.existingBackups().size(), 1);

    m_now = m_now.addSecs(secondsLater - 10);
    QVERIFY(edit(backups, QStringLiteral("Later")));
    QCOMPARE(backups.existingBackups().size(), expected);
}

void TestJournalBackups::keepsTheNewestFive()
{
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    QStringList all;
    for (int hour = 0; hour < 8; ++hour) {
        QVERIFY2(edit(backups, QStringLiteral("Person %1").arg(hour)), qPrintable(backups.lastError()));
        const QStringList now = backups.existingBackups();
        QCOMPARE(now.size(), std::min(hour + 1, JournalBackups::defaultKeep));
        all.prepend(now.constFirst()); // newest first, like existingBackups()
        m_now = m_now.addSecs(JournalBackups::minimumSecondsBetween);
    }
    QCOMPARE(all.size(), 8);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 8); // each backup has its own name
    QCOMPARE(backups.existingBackups(), all.mid(0, JournalBackups::defaultKeep));
    for (const QString &old : all.mid(JournalBackups::defaultKeep))
        QVERIFY2(!QFileInfo::exists(old), qPrintable(old));
    QCOMPARE(test::entriesOf(backups.folder()).size(), JournalBackups::defaultKeep);

    // The number kept can be changed.
    backups.setKeep(2);
    QVERIFY(edit(backups, QStringLiteral("One more")));
    QCOMPARE(backups.existingBackups().size(), 2);
}

void TestJournalBackups::eachBackupHoldsItsTimesData()
{
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    for (int hour = 0; hour < 3; ++hour) {
        QVERIFY(edit(backups, QStringLiteral("Person %1").arg(hour)));
        m_now = m_now.addSecs(JournalBackups::minimumSecondsBetween + 5 * 60);
    }
    const QStringList made = backups.existingBackups();
    QCOMPARE(made.size(), 3);
    // Newest first: the newest holds all three people, the oldest only the first.
    for (qsizetype i = 0; i < made.size(); ++i) {
        JournalProblem problem;
        auto backup = JournalStore::open(made.at(i), JournalStore::Access::ReadOnly, &problem);
        QVERIFY2(backup, qPrintable(problem.message));
        const QList<Person> people = backup->people();
        QCOMPARE(people.size(), 3 - i);
        QCOMPARE(people.constLast().name, QStringLiteral("Person %1").arg(2 - i));
        QVERIFY(!JournalStore::inspect(made.at(i), nullptr, true));
    }
    QCOMPARE(test::tableRows(made.constFirst()), test::tableRows(m_store->path()));
}

void TestJournalBackups::journalsWithTheSameNameDoNotShare()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("elsewhere")));
    JournalProblem problem;
    auto other = JournalStore::create(m_dir->filePath(QStringLiteral("elsewhere/journal.unfold")), &problem);
    QVERIFY2(other, qPrintable(problem.message));
    JournalBackups mine(m_backupFolder, m_store->path());
    JournalBackups theirs(m_backupFolder, other->path());
    QVERIFY(mine.folder() != theirs.folder());
    QVERIFY(mine.backupNow(*m_store));
    QCOMPARE(mine.existingBackups().size(), 1);
    QVERIFY(theirs.existingBackups().isEmpty());
}

void TestJournalBackups::aNewInstanceKnowsTheLastBackup()
{
    {
        JournalBackups first(m_backupFolder, m_store->path());
        QVERIFY(edit(first, QStringLiteral("Before a restart")));
        QCOMPARE(first.existingBackups().size(), 1);
    }
    // Reopening the journal a minute later must not start a new backup straight away.
    JournalBackups second(m_backupFolder, m_store->path());
    QVERIFY(edit(second, QStringLiteral("After a restart")));
    QCOMPARE(second.existingBackups().size(), 1);
    // But an hour after that file was written, the next edit makes one.
    const QDateTime written = QFileInfo(second.existingBackups().constFirst()).lastModified().toUTC();
    second.setClock([written] { return written.addSecs(JournalBackups::minimumSecondsBetween + 1); });
    QVERIFY(edit(second, QStringLiteral("Much later")));
    QCOMPARE(second.existingBackups().size(), 2);
}

void TestJournalBackups::failedBackupIsReported()
{
    // A file where the backup folder should be: the backup cannot be made.
    {
        QFile blocker(m_backupFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    Person p{0, QStringLiteral("Saved anyway"), {}, false};
    QVERIFY(m_store->save(p));
    QVERIFY(!backups.noteEdit(*m_store));
    QVERIFY(!backups.lastError().isEmpty());
    QVERIFY(backups.existingBackups().isEmpty());
    // The edit itself stands.
    QCOMPARE(m_store->people(), QList<Person>{p});
    // And a failed backup is not counted as made: the next edit tries again at once.
    QVERIFY(!backups.noteEdit(*m_store));
}

void TestJournalBackups::aFailedCopyIsReportedOnceAndTriedAgain()
{
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    // The disk fills while the copy is synced: the copy fails on its own thread.
    PrivateFiles::failNextAt(PrivateFiles::Step::Sync, ENOSPC);
    Person p{0, QStringLiteral("Saved anyway"), {}, false};
    QVERIFY(m_store->save(p));
    QVERIFY(backups.noteEdit(*m_store)); // started: the edit does not wait for it
    QVERIFY(!backups.finish());
    QVERIFY2(!backups.lastError().isEmpty(), "the failure says why");
    QVERIFY(backups.collect()); // told once
    QVERIFY(backups.existingBackups().isEmpty());
    QCOMPARE(test::entriesOf(backups.folder()), QStringList()); // no half-made copy left behind
    PrivateFiles::clearFaults();
    // Not counted as made: the next edit, a minute later, tries again.
    m_now = m_now.addSecs(60);
    QVERIFY2(edit(backups, QStringLiteral("Next")), qPrintable(backups.lastError()));
    QCOMPARE(backups.existingBackups().size(), 1);
}

void TestJournalBackups::editsGoOnWhileACopyIsMade()
{
    // A journal large enough that copying it takes a while.
    QVERIFY(m_store->inTransaction([this] {
        for (int i = 0; i < 20000; ++i) {
            Person p{0, QStringLiteral("Person %1 with a longer name to fill pages").arg(i), {}, false};
            if (!m_store->save(p))
                return false;
        }
        return true;
    }));
    const qsizetype before = m_store->people().size();
    JournalBackups backups(m_backupFolder, m_store->path());
    backups.setClock([this] { return m_now; });
    QVERIFY(backups.noteEdit(*m_store));
    // Edits made while the copy is being made are saved (they wait for its read, at most).
    constexpr int more = 30;
    for (int i = 0; i < more; ++i) {
        Person p{0, QStringLiteral("Meanwhile %1").arg(i), {}, false};
        QVERIFY2(m_store->save(p), qPrintable(m_store->lastError()));
        QVERIFY(backups.noteEdit(*m_store));
    }
    QVERIFY2(backups.finish(), qPrintable(backups.lastError()));
    QCOMPARE(m_store->people().size(), before + more);
    // The copy is the journal as one save left it: whole, and holding the edits up to that save.
    const QStringList made = backups.existingBackups();
    QCOMPARE(made.size(), 1);
    QVERIFY(!JournalStore::inspect(made.constFirst(), nullptr, true));
    JournalProblem problem;
    auto copy = JournalStore::open(made.constFirst(), JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(copy, qPrintable(problem.message));
    const qsizetype copied = copy->people().size();
    QVERIFY2(copied >= before && copied <= before + more, qPrintable(QString::number(copied)));
}

namespace {
// In a process of its own (POSIX locks are per process): whether another program could begin
// writing the journal at `path` at once.
bool anotherProcessCouldWrite(const QString &path)
{
    QProcess other;
    other.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--try-to-write"), path});
    other.waitForFinished(30000);
    return other.exitStatus() == QProcess::NormalExit && other.exitCode() == 0;
}

int tryToWrite(const QString &path)
{
    SqliteDatabase db;
    return db.open(path, SqliteDatabase::Mode::ReadWrite) &&
                   db.exec(QStringLiteral("PRAGMA busy_timeout = 0")) &&
                   db.exec(QStringLiteral("BEGIN IMMEDIATE"))
               ? 0
               : 1;
}
} // namespace

void TestJournalBackups::aCopyKeepsTheJournalsLocks()
{
    // A copy made while a save holds the journal's write lock must leave that lock held: reading
    // the file through a handle of the copy's own, then closing it, would drop every lock this
    // process holds on the file, and another program could then write under the save.
    JournalBackups backups(m_backupFolder, m_store->path());
    bool couldWrite = true;
    QVERIFY(m_store->inTransaction([&] {
        Person p{0, QStringLiteral("Being saved"), {}, false};
        if (!m_store->save(p) || !backups.backupNow(*m_store))
            return false;
        couldWrite = anotherProcessCouldWrite(m_store->path());
        return true;
    }));
    QVERIFY2(!couldWrite, "another process could write while a save held the lock");
    QCOMPARE(backups.existingBackups().size(), 1);
    // And once the save is done, it can: the check above is not always "no".
    QVERIFY(anotherProcessCouldWrite(m_store->path()));
}

void TestJournalBackups::defaultFolderIsUnderAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!appData.isEmpty());
    QVERIFY(JournalBackups::defaultFolder().startsWith(appData + QLatin1Char('/')));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--try-to-write") == 0)
        return tryToWrite(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestJournalBackups test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_journalbackups.moc"
