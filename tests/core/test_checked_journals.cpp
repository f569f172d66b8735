// SPDX-License-Identifier: GPL-3.0-or-later
// CheckedJournals: a journal Unfold left whole opens without the check of every page and record,
// and any other write to it (in place, renamed over it, while it is open, or within the clock's
// granularity) or a record that does not read brings the whole check back.

#include "CheckedJournals.h"
#include "JournalFileState.h"
#include "JournalKey.h"
#include "JournalStore.h"
#include "SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <fcntl.h>
#include <sys/stat.h>

using namespace unfold;

namespace {

const QString note = QStringLiteral("a note to find in the file");

// A journal with one person whose record holds `note`; closed, so Unfold made it whole.
bool writeJournal(const QString &path)
{
    JournalProblem problem;
    auto store = JournalStore::create(path, &problem);
    if (!store)
        return false;
    Person person{0, note, {}, true};
    return store->save(person);
}

std::unique_ptr<JournalStore> openStore(const QString &path, JournalProblem *problem,
                                        JournalStore::Access access = JournalStore::Access::ReadWrite)
{
    return JournalStore::open(path, access, problem);
}

// Breaks the person's record in place, keeping the file's size: its JSON no longer reads.
bool breakRecordInPlace(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf(QByteArrayLiteral("{\"name\":"));
    if (at < 0)
        return false;
    bytes[at] = '[';
    return file.seek(0) && file.write(bytes) == bytes.size() && file.flush();
}

// Sets the file's modification time back to `modifiedNs`, as a careful program could; its
// change time the kernel sets, and no program can.
bool setModified(const QString &path, qint64 modifiedNs)
{
    const struct timespec times[2] = {{0, UTIME_OMIT},
                                      {modifiedNs / 1'000'000'000, modifiedNs % 1'000'000'000}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

QJsonObject readRecord()
{
    QFile file(CheckedJournals::recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeRecord(const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(CheckedJournals::recordPath()).absolutePath());
    QFile file(CheckedJournals::recordPath());
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCheckedJournals final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(CheckedJournals::recordPath());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("journal.unfold"));
        QVERIFY(writeJournal(m_path));
    }

    void aJournalUnfoldLeftWholeOpensWithoutTheWholeCheck()
    {
        // Made by Unfold, then opened, edited and closed: each time it is known whole.
        QVERIFY(CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY2(store, qPrintable(problem.message));
        QVERIFY(!store->wasCheckedWhole());
        Person person{0, QStringLiteral("Sam"), {}, false};
        QVERIFY(store->save(person));
        store.reset();
        QVERIFY(CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
        store = openStore(m_path, &problem);
        QVERIFY(store);
        QVERIFY(!store->wasCheckedWhole());
        QCOMPARE(store->people().size(), 2);
    }

    void aJournalNotRememberedIsCheckedAndRememberedWhenItCloses()
    {
        QVERIFY(QFile::remove(CheckedJournals::recordPath()));
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        QVERIFY(!CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
        store.reset();
        QVERIFY(CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
    }

    void aWriteInPlaceIsCheckedEvenWithItsTimeSetBack()
    {
        const JournalFileState left = JournalFileState::of(m_path);
        QVERIFY(breakRecordInPlace(m_path));
        QVERIFY(setModified(m_path, left.modifiedNs));
        QCOMPARE(JournalFileState::of(m_path).size, left.size);
        QCOMPARE(JournalFileState::of(m_path).modifiedNs, left.modifiedNs);
        JournalProblem problem;
        QVERIFY(!openStore(m_path, &problem));
        QCOMPARE(problem.kind, JournalProblem::Kind::Damaged);
    }

    void aFileRenamedIntoItsPlaceIsChecked()
    {
        const QString other = m_dir->filePath(QStringLiteral("other.unfold"));
        QVERIFY(writeJournal(other));
        QVERIFY(breakRecordInPlace(other));
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_path).constData()) == 0);
        JournalProblem problem;
        QVERIFY(!openStore(m_path, &problem));
        QCOMPARE(problem.kind, JournalProblem::Kind::Damaged);
    }

    // Within the clock's granularity a write can leave every time as it was (and here the record
    // says so, as it would then): the checksum still finds the change.
    void bytesThatChangedWithoutTheStateSayingSoAreFound()
    {
        QVERIFY(breakRecordInPlace(m_path));
        QVERIFY(QFile::remove(CheckedJournals::recordPath()));
        // The state as it is now, with the checksum of the whole file as it was.
        const QString whole = m_dir->filePath(QStringLiteral("whole.unfold"));
        QVERIFY(writeJournal(whole));
        QVERIFY(QFile::remove(CheckedJournals::recordPath()));
        const JournalFileState now = JournalFileState::of(m_path);
        const auto checksum = checksumOf(whole);
        QVERIFY(checksum);
        QVERIFY(checksumOf(m_path) != checksum);
        QJsonObject entry{{QStringLiteral("path"), m_path},
                          {QStringLiteral("device"), QString::number(now.device)},
                          {QStringLiteral("inode"), QString::number(now.inode)},
                          {QStringLiteral("size"), QString::number(now.size)},
                          {QStringLiteral("modified"), QString::number(now.modifiedNs)},
                          {QStringLiteral("changed"), QString::number(now.changedNs)},
                          {QStringLiteral("checksum"), QString::number(*checksum)}};
        QVERIFY(writeRecord(
            QJsonDocument(QJsonObject{{QStringLiteral("journals"), QJsonArray{entry}}}).toJson()));
        QVERIFY(!CheckedJournals::isKnownWhole(m_path, now));
        JournalProblem problem;
        QVERIFY(!openStore(m_path, &problem));
        QCOMPARE(problem.kind, JournalProblem::Kind::Damaged);
        // The same entry with the file's own checksum is known whole: the checksum alone decided.
        entry[QStringLiteral("checksum")] = QString::number(*checksumOf(m_path));
        QVERIFY(writeRecord(
            QJsonDocument(QJsonObject{{QStringLiteral("journals"), QJsonArray{entry}}}).toJson()));
        QVERIFY(CheckedJournals::isKnownWhole(m_path, now));
    }

    void aWriteByAnotherProgramWhileOpenIsNotRemembered_data()
    {
        QTest::addColumn<bool>("editAfter");
        QTest::newRow("then closed") << false;
        QTest::newRow("then edited and closed") << true;
    }
    void aWriteByAnotherProgramWhileOpenIsNotRemembered()
    {
        QFETCH(bool, editAfter);
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY(store);
        {
            SqliteDatabase other;
            QVERIFY(other.open(m_path, SqliteDatabase::Mode::ReadWrite, nullptr));
            QVERIFY(other.exec(QStringLiteral("UPDATE people SET content = '[broken' WHERE is_me = 1")));
        }
        if (editAfter) {
            Person person{0, QStringLiteral("Sam"), {}, false};
            QVERIFY(store->save(person));
        }
        store.reset();
        QVERIFY(!CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
        QVERIFY(!openStore(m_path, &problem));
        QCOMPARE(problem.kind, JournalProblem::Kind::Damaged);
    }

    void aReadOnlyOpeningUsesTheRecordButAddsNothing()
    {
        JournalProblem problem;
        auto store = openStore(m_path, &problem, JournalStore::Access::ReadOnly);
        QVERIFY(store);
        QVERIFY(!store->wasCheckedWhole());
        store.reset();
        QVERIFY(QFile::remove(CheckedJournals::recordPath()));
        store = openStore(m_path, &problem, JournalStore::Access::ReadOnly);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        store.reset();
        QVERIFY(!QFileInfo::exists(CheckedJournals::recordPath()));
    }

    void aRecordThatDoesNotReadIsIgnoredAndReplaced_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("not JSON") << QByteArrayLiteral("\x00\xff{not json");
        QTest::newRow("wrong types") << QByteArrayLiteral(
            R"({"journals":[{"path":1,"device":[],"checksum":{}}]})");
        QTest::newRow("numbers as numbers") << QByteArrayLiteral(R"({"journals":7})");
        QTest::newRow("too large") << QByteArray(300 * 1024, ' ');
    }
    void aRecordThatDoesNotReadIsIgnoredAndReplaced()
    {
        QFETCH(QByteArray, record);
        QVERIFY(writeRecord(record));
        QVERIFY(!CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        store.reset();
        QVERIFY(CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
        QCOMPARE(readRecord().value(QStringLiteral("journals")).toArray().size(), 1);
    }

    void theRecordIsPrivateAndHoldsNoContent()
    {
        const mode_t previous = ::umask(0);
        QVERIFY(QDir(QFileInfo(CheckedJournals::recordPath()).absolutePath()).removeRecursively());
        JournalProblem problem;
        openStore(m_path, &problem).reset();
        ::umask(previous);
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(CheckedJournals::recordPath()).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
        QCOMPARE(
            ::stat(QFile::encodeName(QFileInfo(CheckedJournals::recordPath()).absolutePath()).constData(),
                   &status),
            0);
        QCOMPARE(status.st_mode & 0777, mode_t(0700));
        QFile file(CheckedJournals::recordPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(note.toUtf8()));
    }

    void theRecordKeepsTheJournalsOpenedLast()
    {
        for (int i = 0; i < 40; ++i) {
            const QString path = m_dir->filePath(QStringLiteral("journal-%1.unfold").arg(i));
            QVERIFY(writeJournal(path));
        }
        const QJsonArray entries = readRecord().value(QStringLiteral("journals")).toArray();
        QCOMPARE(entries.size(), 32);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("path")).toString(),
                 m_dir->filePath(QStringLiteral("journal-39.unfold")));
        QVERIFY(!CheckedJournals::isKnownWhole(m_path, JournalFileState::of(m_path)));
    }

    // A known-whole encrypted journal still needs its passphrase: the header and schema are read
    // with the key given.
    void anEncryptedJournalKnownWholeStillRefusesAWrongKey()
    {
        const QString path = m_dir->filePath(QStringLiteral("secret.unfold"));
        QString error;
        auto key = JournalKey::derive(QStringLiteral("right words"), KeyParameters::fresh(), &error);
        QVERIFY2(key, qPrintable(error));
        JournalProblem problem;
        QVERIFY(JournalStore::create(path, &problem, std::shared_ptr<const JournalKey>(std::move(key))));
        QVERIFY(CheckedJournals::isKnownWhole(path, JournalFileState::of(path)));
        std::shared_ptr<const JournalKey> wrong =
            JournalKey::forJournal(path, QStringLiteral("wrong words"), &error);
        QVERIFY2(wrong, qPrintable(error));
        QVERIFY(!JournalStore::open(path, JournalStore::Access::ReadWrite, &problem, wrong));
        QCOMPARE(problem.kind, JournalProblem::Kind::WrongPassphrase);
        std::shared_ptr<const JournalKey> right =
            JournalKey::forJournal(path, QStringLiteral("right words"), &error);
        auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem, right);
        QVERIFY2(store, qPrintable(problem.message));
        QVERIFY(!store->wasCheckedWhole());
    }
};

QTEST_GUILESS_MAIN(TestCheckedJournals)
#include "test_checked_journals.moc"
