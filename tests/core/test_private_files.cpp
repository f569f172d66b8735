// SPDX-License-Identifier: GPL-3.0-or-later
// The one private-write path (DESIGN.md §4, "Every file Unfold writes"): files 0600 and folders
// 0700 under any umask; a failure at any step (create, write, sync, rename) leaves the earlier
// file as it was, says why and leaves nothing behind; a batch replaces all its files or none;
// a killed run's leftovers go at the next write, a live writer's stay.

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace unfold;
using Step = PrivateFiles::Step;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : 0;
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Hidden and visible names in `folder`: anything beyond what the test put there is a leftover.
QStringList namesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

// A process id that belonged to a process which has ended.
pid_t endedProcess()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

} // namespace

class PrivateFilesTest final : public QObject
{
    Q_OBJECT

private:
    mode_t m_umask = 0;

private Q_SLOTS:
    void init()
    {
        // An ordinary desktop umask: without care, new files would be 0644.
        m_umask = ::umask(022);
        PrivateFiles::clearFaults();
    }
    void cleanup()
    {
        ::umask(m_umask);
        PrivateFiles::clearFaults();
    }

    void aMissingFolderIsNamedAndNotMade()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("not/there/data.json"));
        QString error;
        QVERIFY(!PrivateFiles::writeAtomically(target, "{}", &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")) &&
                     error.contains(QLatin1String("not/there")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("not"))));
    }

    void filesAndFoldersArePrivateUnderAnyUmask()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("exports/2026"));
        QString error;
        QVERIFY(PrivateFiles::ensureDirectory(folder, &error));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("exports"))), mode_t(0700));

        const QString target = folder + QStringLiteral("/onion.png");
        QVERIFY2(PrivateFiles::writeAtomically(target, "picture", &error), qPrintable(error));
        QCOMPARE(modeOf(target), mode_t(0600));
        QCOMPARE(contents(target), QByteArray("picture"));

        // A file that was readable by others before is replaced by a private one.
        put(target, "old");
        ::chmod(QFile::encodeName(target).constData(), 0644);
        QVERIFY(PrivateFiles::writeAtomically(target, "new", &error));
        QCOMPARE(modeOf(target), mode_t(0600));
        QCOMPARE(namesIn(folder), QStringList{QStringLiteral("onion.png")});
    }

    void committedCopiesArePrivate()
    {
        // Files another library wrote (SQLite's copies) leave through the same door as 0600.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.unfold"));
        const QString temporary = PrivateFiles::temporaryNameBeside(target);
        put(temporary, "copy");
        ::chmod(QFile::encodeName(temporary).constData(), 0644);
        QString error;
        QVERIFY(PrivateFiles::commitTemporary(temporary, target, &error));
        QCOMPARE(modeOf(target), mode_t(0600));
        QVERIFY(!QFileInfo::exists(temporary));
    }

    void aFailureAtAnyStepKeepsTheEarlierFile_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<int>("errorNumber");
        QTest::newRow("create: no permission") << Step::Create << EACCES;
        QTest::newRow("write: disk full") << Step::Write << ENOSPC;
        QTest::newRow("sync: disk full") << Step::Sync << ENOSPC;
        QTest::newRow("sync: I/O error") << Step::Sync << EIO;
        QTest::newRow("rename: read-only") << Step::Rename << EROFS;
    }
    void aFailureAtAnyStepKeepsTheEarlierFile()
    {
        QFETCH(Step, step);
        QFETCH(int, errorNumber);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.pdf"));
        put(target, "the good report");
        PrivateFiles::failNextAt(step, errorNumber);
        QString error;
        QVERIFY(!PrivateFiles::writeAtomically(target, QByteArray(100000, 'x'), &error));
        QCOMPARE(error, QString::fromLocal8Bit(std::strerror(errorNumber)));
        QCOMPARE(contents(target), QByteArray("the good report"));
        QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("report.pdf")});
    }

    void aBatchReplacesAllOrNothing_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<int>("occurrence");
        for (int n = 1; n <= 3; ++n) {
            QTest::addRow("write of file %d", n) << Step::Write << n;
            QTest::addRow("sync of file %d", n) << Step::Sync << n;
            QTest::addRow("rename of file %d", n) << Step::Rename << n;
        }
    }
    void aBatchReplacesAllOrNothing()
    {
        QFETCH(Step, step);
        QFETCH(int, occurrence);
        QTemporaryDir dir;
        const QString people = dir.filePath(QStringLiteral("people.csv"));
        const QString sessions = dir.filePath(QStringLiteral("sessions.csv"));
        const QString answers = dir.filePath(QStringLiteral("answers.csv")); // new in this export
        put(people, "old people");
        put(sessions, "old sessions");
        const QStringList before = namesIn(dir.path());

        PrivateFiles::failNextAt(step, ENOSPC, occurrence);
        QString error;
        QVERIFY(!PrivateFiles::writeAllAtomically(
            {{people, "new people"}, {sessions, "new sessions"}, {answers, "new answers"}}, &error));
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QCOMPARE(contents(people), QByteArray("old people"));
        QCOMPARE(contents(sessions), QByteArray("old sessions"));
        QVERIFY(!QFileInfo::exists(answers));
        QCOMPARE(namesIn(dir.path()), before);

        // Without a fault the same batch replaces all three.
        QVERIFY(PrivateFiles::writeAllAtomically(
            {{people, "new people"}, {sessions, "new sessions"}, {answers, "new answers"}}, &error));
        QCOMPARE(contents(people), QByteArray("new people"));
        QCOMPARE(contents(answers), QByteArray("new answers"));
        QCOMPARE(namesIn(dir.path()).size(), 3);
    }

    void leftoversOfAKilledRunGoAtTheNextWrite()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("onion.svg"));
        const QString killed = dir.filePath(QStringLiteral(".onion.svg.%1-1f2e.part").arg(endedProcess()));
        const QString killedBatch = dir.filePath(QStringLiteral(".people.csv.%1-99.old").arg(endedProcess()));
        const QString live = PrivateFiles::temporaryNameBeside(target);   // this process: still writing
        const QString mine = dir.filePath(QStringLiteral(".notes.part")); // not Unfold's pattern
        for (const QString &path : {killed, killedBatch, live, mine})
            put(path, "secret");

        QString error;
        QVERIFY(PrivateFiles::writeAtomically(target, "<svg/>", &error));
        QVERIFY(!QFileInfo::exists(killed));
        QVERIFY(!QFileInfo::exists(killedBatch));
        // The earlier table a killed batch had kept aside is back under its name.
        QCOMPARE(contents(dir.filePath(QStringLiteral("people.csv"))), QByteArray("secret"));
        QVERIFY(QFileInfo::exists(live));
        QVERIFY(QFileInfo::exists(mine));
        QCOMPARE(PrivateFiles::removeLeftovers(dir.path()), 0);
    }

    // A backup's copy is written out a piece at a time before its commit: every piece of a file
    // of several, and a refusal is said (the commit's sync would no longer report it).
    void aLargeFileIsWrittenOutInPiecesAndARefusalIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.unfold"));
        QByteArray bytes(5 * (1 << 20) / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7);
        put(path, bytes);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const int handle = file.handle();
        QString error;
        QVERIFY2(PrivateFiles::writeOutInPieces(handle, &error), qPrintable(error));
        file.close();
        QCOMPARE(contents(path), bytes);

        // A file that can no longer be written out (here, one closed meanwhile): the system's words.
        QVERIFY(!PrivateFiles::writeOutInPieces(handle, &error));
        QCOMPARE(error, QString::fromLocal8Bit(std::strerror(EBADF)));
    }
};

QTEST_GUILESS_MAIN(PrivateFilesTest)
#include "test_private_files.moc"
