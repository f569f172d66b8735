// SPDX-License-Identifier: GPL-3.0-or-later
// JournalLock through Journal::open: one writer per journal; a second instance is told who has
// it and may read; the lock goes with its holder, also when the holder died.

#include "Journal.h"
#include "JournalFingerprint.h"
#include "JournalLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class TestJournalLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // After a crash the dead holder's process id may already belong to another live program of
    // the same name: the lock is still free, because nobody holds the kernel lock on its file.
    void aLockWhoseProcessIdWasReusedIsTaken()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.unfold"));
        QFile lockFile(JournalLock::lockPathFor(journal));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        // What QLockFile writes: process id, program name, host. This very process is alive and
        // has the name, so by id and name the lock looks held.
        lockFile.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                       QCoreApplication::applicationName().toUtf8() + '\n' +
                       QSysInfo::machineHostName().toUtf8() + '\n');
        lockFile.close();
        JournalLock lock(journal);
        QVERIFY(lock.tryLock());
        QVERIFY(lock.isLocked());
        // A lock really held (by another JournalLock here) is still refused.
        JournalLock second(journal);
        QVERIFY(!second.tryLock());
        QVERIFY(second.isHeldElsewhere());
    }

    void init();
    void cleanup();

    void secondWriterIsRefused_data();
    void secondWriterIsRefused();
    void readOnlyOpenWorksWhileLocked();
    void lockGoesWithItsHolder();
    void lockOfADeadProcessIsTakenOver();
    void lockPathIsBesideTheJournal();

private:
    std::unique_ptr<Journal> createJournal();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestJournalLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.unfold"));
}

void TestJournalLock::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Journal> TestJournalLock::createJournal()
{
    JournalProblem problem;
    auto journal = Journal::create(m_path, m_dir->filePath(QStringLiteral("backups")), &problem);
    if (!journal)
        qWarning("create failed: %s", qPrintable(problem.message));
    return journal;
}

void TestJournalLock::secondWriterIsRefused_data()
{
    QTest::addColumn<bool>("firstCreated"); // the first holder created the journal, or opened it
    QTest::newRow("first created it") << true;
    QTest::newRow("first opened it") << false;
}

void TestJournalLock::secondWriterIsRefused()
{
    QFETCH(bool, firstCreated);
    std::unique_ptr<Journal> first = createJournal();
    QVERIFY(first);
    if (!firstCreated) {
        first.reset();
        JournalProblem problem;
        first = Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY2(first, qPrintable(problem.message));
    }
    Person p{0, QStringLiteral("Written by the first"), {}, true};
    QVERIFY(first->savePerson(p));

    JournalProblem problem;
    auto second = Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem);
    QVERIFY(!second);
    QCOMPARE(problem.kind, JournalProblem::Kind::InUse);
    QVERIFY(!problem.message.isEmpty());
    // The message tells who holds it: this very process.
    QVERIFY2(problem.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(problem.message));

    // The refused open did not take the lock from the first: it can still write.
    Person q{0, QStringLiteral("Still writing"), {}, false};
    QVERIFY2(first->savePerson(q), qPrintable(first->lastError()));
    QCOMPARE(first->people().size(), 2);
}

void TestJournalLock::readOnlyOpenWorksWhileLocked()
{
    auto first = createJournal();
    QVERIFY(first);
    Person p{0, QStringLiteral("Anna"), {}, true};
    QVERIFY(first->savePerson(p));

    JournalProblem problem;
    auto reader = Journal::open(m_path, JournalStore::Access::ReadOnly,
                                m_dir->filePath(QStringLiteral("backups")), &problem);
    QVERIFY2(reader, qPrintable(problem.message));
    QVERIFY(reader->isReadOnly());
    QVERIFY(reader->store().isReadOnly());
    QCOMPARE(reader->people(), QList<Person>{p});
    QVERIFY(!reader->backups()); // nothing to back up: it never writes

    const QByteArray before = test::sha256Of(m_path);
    Person q{0, QStringLiteral("Not allowed"), {}, false};
    QVERIFY(!reader->savePerson(q));
    QVERIFY(!reader->lastError().isEmpty());
    QCOMPARE(q.id, qint64(0));
    Person renamed = p;
    renamed.name = QStringLiteral("Renamed");
    QVERIFY(!reader->savePerson(renamed));
    QVERIFY(!reader->removePerson(p.id));
    QVERIFY(!reader->saveLayers(defaultLayers()));
    QCOMPARE(reader->people(), QList<Person>{p});
    QCOMPARE(test::sha256Of(m_path), before);

    // The reader sees what the writer writes after it opened.
    Person later{0, QStringLiteral("Ben"), {}, false};
    QVERIFY(first->savePerson(later));
    QCOMPARE(reader->store().people().size(), 2);
}

void TestJournalLock::lockGoesWithItsHolder()
{
    const QString lockPath = JournalLock::lockPathFor(m_path);
    auto first = createJournal();
    QVERIFY(first);
    QVERIFY(QFileInfo::exists(lockPath));

    JournalProblem problem;
    QVERIFY(!Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem));
    QCOMPARE(problem.kind, JournalProblem::Kind::InUse);

    first.reset();
    QVERIFY(!QFileInfo::exists(lockPath));
    auto second = Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem);
    QVERIFY2(second, qPrintable(problem.message));
    QVERIFY(!second->isReadOnly());
    Person p{0, QStringLiteral("Second writer"), {}, false};
    QVERIFY2(second->savePerson(p), qPrintable(second->lastError()));

    // A read-only journal takes no lock, so it does not keep a writer out.
    second.reset();
    auto reader = Journal::open(m_path, JournalStore::Access::ReadOnly, QString(), &problem);
    QVERIFY(reader);
    QVERIFY(!QFileInfo::exists(lockPath));
    auto writer = Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem);
    QVERIFY2(writer, qPrintable(problem.message));
}

void TestJournalLock::lockOfADeadProcessIsTakenOver()
{
    createJournal().reset();
    // A process that has ended: its id is what a crashed Unfold leaves in its lock file.
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    QVERIFY(process.waitForStarted());
    const qint64 deadPid = process.processId();
    QVERIFY(process.waitForFinished());
    QVERIFY(deadPid > 0);

    QFile lockFile(JournalLock::lockPathFor(m_path));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QByteArray::number(deadPid) + "\nunfold\n" + QSysInfo::machineHostName().toUtf8() + '\n' +
                   QSysInfo::machineUniqueId() + '\n');
    lockFile.close();

    JournalProblem problem;
    auto journal = Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem);
    QVERIFY2(journal, qPrintable(problem.message));
    // And it is ours now: a second writer is refused again.
    QVERIFY(!Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem));
    QCOMPARE(problem.kind, JournalProblem::Kind::InUse);
}

void TestJournalLock::lockPathIsBesideTheJournal()
{
    const QString lockPath = JournalLock::lockPathFor(m_path);
    QCOMPARE(QFileInfo(lockPath).absolutePath(), QFileInfo(m_path).absolutePath());
    QVERIFY(lockPath != m_path);
    // Journals that differ only in name have different locks.
    QVERIFY(JournalLock::lockPathFor(m_dir->filePath(QStringLiteral("other.unfold"))) != lockPath);
    // The same journal named through a relative path has the same lock.
    QVERIFY(QDir::setCurrent(m_dir->path()));
    QCOMPARE(JournalLock::lockPathFor(QStringLiteral("journal.unfold")), lockPath);
}

QTEST_GUILESS_MAIN(TestJournalLock)
#include "test_journallock.moc"
