// SPDX-License-Identifier: GPL-3.0-or-later
// CheckedJournals: a journal Unfold left whole opens without the check of every page and record,
// and any other write to it (in place with its time set back, renamed over it, while it is open),
// a save's side file beside it, a checksum that no longer matches or a record that does not read
// brings the whole check back.

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

#include <fcntl.h>
#include <sys/stat.h>

using namespace unfold;

namespace {

const QString note = QStringLiteral("a note to find in the file");

std::unique_ptr<JournalStore> openStore(const QString &path, JournalProblem *problem,
                                        JournalStore::Access access = JournalStore::Access::ReadWrite,
                                        std::shared_ptr<const JournalKey> key = {})
{
    return JournalStore::open(path, access, problem, std::move(key));
}

// A journal with one person whose record holds `note`, opened once after it was made (checked
// whole) and closed: Unfold left it whole.
bool writeJournal(const QString &path)
{
    JournalProblem problem;
    {
        auto store = JournalStore::create(path, &problem);
        if (!store)
            return false;
        Person person{0, note, {}, true};
        if (!store->save(person))
            return false;
    }
    return openStore(path, &problem) != nullptr;
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

bool knownWhole(const QString &path)
{
    return CheckedJournals::isKnownWhole(path, JournalFileState::of(path));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir probe;
        QVERIFY2(
            keepsChangeTimes(probe.path()),
            "these tests need a temporary folder on a local Linux file system (ext4, XFS, Btrfs, tmpfs…)");
    }

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
        QVERIFY(knownWhole(m_path));
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY2(store, qPrintable(problem.message));
        QVERIFY(!store->wasCheckedWhole());
        Person person{0, QStringLiteral("Sam"), {}, false};
        QVERIFY(store->save(person));
        store.reset();
        QVERIFY(knownWhole(m_path));
        store = openStore(m_path, &problem);
        QVERIFY(store);
        QVERIFY(!store->wasCheckedWhole());
        QCOMPARE(store->people().size(), 2);
    }

    void aNewJournalIsCheckedAtItsFirstOpening()
    {
        const QString path = m_dir->filePath(QStringLiteral("new.unfold"));
        JournalProblem problem;
        QVERIFY(JournalStore::create(path, &problem));
        QVERIFY(!knownWhole(path));
        auto store = openStore(path, &problem);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        store.reset();
        QVERIFY(knownWhole(path));
    }

    void aJournalNotRememberedIsCheckedAndRememberedWhenItCloses()
    {
        QVERIFY(QFile::remove(CheckedJournals::recordPath()));
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        QVERIFY(!knownWhole(m_path));
        store.reset();
        QVERIFY(knownWhole(m_path));
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

    // A disk's fault can change bytes and leave the state as it was: then the checksum the record
    // holds is not the file's. Here the record's checksum is changed instead of the file.
    void aChecksumThatNoLongerMatchesBringsTheWholeCheckBack()
    {
        const QJsonObject record = readRecord();
        QJsonArray entries = record.value(QStringLiteral("journals")).toArray();
        QCOMPARE(entries.size(), 1);
        QJsonObject entry = entries.first().toObject();
        const QString checksum = entry.value(QStringLiteral("checksum")).toString();
        entry[QStringLiteral("checksum")] = QString::number(checksum.toULongLong() ^ 1);
        const auto withEntry = [&record](const QJsonObject &changed) {
            QJsonObject copy = record;
            copy[QStringLiteral("journals")] = QJsonArray{changed};
            return QJsonDocument(copy).toJson();
        };
        QVERIFY(writeRecord(withEntry(entry)));
        QVERIFY(!knownWhole(m_path));
        JournalProblem problem;
        auto store = openStore(m_path, &problem, JournalStore::Access::ReadOnly);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        store.reset();
        entry[QStringLiteral("checksum")] = checksum;
        QVERIFY(writeRecord(withEntry(entry)));
        QVERIFY(knownWhole(m_path));
    }

    // A write-ahead log laid beside it changes what SQLite reads, whatever the journal's header
    // says, and leaves the journal's own file as it was: this one breaks the record.
    void aWriteAheadLogBesideItBringsTheWholeCheckBack()
    {
        const QString other = m_dir->filePath(QStringLiteral("other.unfold"));
        QVERIFY(QFile::copy(m_path, other));
        {
            SqliteDatabase logged;
            QVERIFY(logged.open(other, SqliteDatabase::Mode::ReadWrite, nullptr));
            QVERIFY(logged.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(logged.exec(QStringLiteral("UPDATE people SET content = '[broken' WHERE is_me = 1")));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), m_path + QStringLiteral("-wal")));
        }
        QVERIFY(knownWhole(m_path));
        JournalProblem problem;
        QVERIFY(!openStore(m_path, &problem, JournalStore::Access::ReadOnly));
        QVERIFY(problem);
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
        QVERIFY(!knownWhole(m_path));
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
        QTest::newRow("no key") << QByteArrayLiteral(R"({"journals":[{"journal":"x","device":"1"}]})");
        QTest::newRow("wrong types") << QByteArrayLiteral(
            R"({"key":"ff","journals":[{"journal":1,"device":[]}]})");
        QTest::newRow("entries not a list") << QByteArrayLiteral(R"({"key":"ff","journals":7})");
        QTest::newRow("too large") << QByteArray(300 * 1024, ' ');
    }
    void aRecordThatDoesNotReadIsIgnoredAndReplaced()
    {
        QFETCH(QByteArray, record);
        QVERIFY(writeRecord(record));
        QVERIFY(!knownWhole(m_path));
        JournalProblem problem;
        auto store = openStore(m_path, &problem);
        QVERIFY(store);
        QVERIFY(store->wasCheckedWhole());
        store.reset();
        QVERIFY(knownWhole(m_path));
        QCOMPARE(readRecord().value(QStringLiteral("journals")).toArray().size(), 1);
    }

    void theRecordIsPrivateAndNamesNoJournal()
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
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(note.toUtf8()));
        QVERIFY(!bytes.contains(QFileInfo(m_path).fileName().toUtf8()));
        QVERIFY(!bytes.contains(QFileInfo(m_path).path().toUtf8()));
    }

    void theRecordKeepsTheJournalsClosedLast()
    {
        QStringList paths;
        for (int i = 0; i < 40; ++i) {
            paths.append(m_dir->filePath(QStringLiteral("journal-%1.unfold").arg(i)));
            QVERIFY(writeJournal(paths.last()));
        }
        QCOMPARE(readRecord().value(QStringLiteral("journals")).toArray().size(), 32);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(knownWhole(paths.at(i)), i >= 8);
        QVERIFY(!knownWhole(m_path));
    }

    // `unfold FILE` only tells a journal from other files; the window's opening checks it whole.
    void identifyingAFileReadsItsHeaderAndSchemaAlone()
    {
        QVERIFY(breakRecordInPlace(m_path));
        QCOMPARE(JournalStore::identify(m_path).kind, JournalProblem::Kind::None);
        QCOMPARE(JournalStore::inspect(m_path).kind, JournalProblem::Kind::Damaged);
        const QString text = m_dir->filePath(QStringLiteral("notes.unfold"));
        QVERIFY(writeBytes(text, QByteArray(200, 'n')));
        QCOMPARE(JournalStore::identify(text).kind, JournalProblem::Kind::NotAJournal);
        QCOMPARE(JournalStore::identify(m_dir->filePath(QStringLiteral("missing.unfold"))).kind,
                 JournalProblem::Kind::NotFound);
        {
            SqliteDatabase other;
            QVERIFY(other.open(m_path, SqliteDatabase::Mode::ReadWrite, nullptr));
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE extra (x)")));
        }
        QCOMPARE(JournalStore::identify(m_path).kind, JournalProblem::Kind::Altered);
    }

    // A known-whole encrypted journal still needs its passphrase: its header (and SQLite's list of
    // tables) are read with the key given.
    void anEncryptedJournalKnownWholeStillRefusesAWrongKey()
    {
        const QString path = m_dir->filePath(QStringLiteral("secret.unfold"));
        QString error;
        std::shared_ptr<const JournalKey> made =
            JournalKey::derive(QStringLiteral("right words"), KeyParameters::fresh(), &error);
        QVERIFY2(made, qPrintable(error));
        JournalProblem problem;
        QVERIFY(JournalStore::create(path, &problem, made));
        std::shared_ptr<const JournalKey> right =
            JournalKey::forJournal(path, QStringLiteral("right words"), &error);
        QVERIFY(openStore(path, &problem, JournalStore::Access::ReadWrite, right));
        QVERIFY(knownWhole(path));
        std::shared_ptr<const JournalKey> wrong =
            JournalKey::forJournal(path, QStringLiteral("wrong words"), &error);
        QVERIFY2(wrong, qPrintable(error));
        QVERIFY(!openStore(path, &problem, JournalStore::Access::ReadWrite, wrong));
        QCOMPARE(problem.kind, JournalProblem::Kind::WrongPassphrase);
        auto store = openStore(path, &problem, JournalStore::Access::ReadWrite, right);
        QVERIFY2(store, qPrintable(problem.message));
        QVERIFY(!store->wasCheckedWhole());
    }

    // The checksum is the same in every process (a record is read by the next run) and changes
    // with any byte, wherever it lies: in a stripe, in the last bytes, in a later piece.
    void theChecksumIsTheSameInEveryRunAndSeesEveryByte_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<quint64>("expected");
        // Worked out once: a checksum that changes between builds loses every record.
        QTest::newRow("empty") << 0 << Q_UINT64_C(16946871308794986125);
        QTest::newRow("31 bytes") << 31 << Q_UINT64_C(10147061423864644433);
        QTest::newRow("32 bytes") << 32 << Q_UINT64_C(14230637141774430060);
        QTest::newRow("33 bytes") << 33 << Q_UINT64_C(7618976375323336077);
        QTest::newRow("a piece less one") << 64 * 1024 - 1 << Q_UINT64_C(10826396088068659382);
        QTest::newRow("a piece") << 64 * 1024 << Q_UINT64_C(13387656379085954509);
        QTest::newRow("a piece and one") << 64 * 1024 + 1 << Q_UINT64_C(9748548656229281611);
        // Read in pieces of 1 MiB before: the size of a piece does not change the checksum.
        QTest::newRow("a megabyte less one") << 1024 * 1024 - 1 << Q_UINT64_C(17590496540573069533);
        QTest::newRow("a megabyte") << 1024 * 1024 << Q_UINT64_C(10858945393347693765);
        QTest::newRow("a megabyte and one") << 1024 * 1024 + 1 << Q_UINT64_C(10984142781953552292);
    }
    void theChecksumIsTheSameInEveryRunAndSeesEveryByte()
    {
        QFETCH(int, size);
        QFETCH(quint64, expected);
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = char((i * 131 + 7) % 251);
        const QString path = m_dir->filePath(QStringLiteral("bytes"));
        QVERIFY(writeBytes(path, bytes));
        const auto checksum = checksumOf(path, 42);
        QVERIFY(checksum);
        QCOMPARE(*checksum, expected);
        QVERIFY(checksumOf(path, 43) != checksum);
        for (const int at :
             {0, 31, 32, size / 2, size - 33, size - 2, size - 1, 64 * 1024 - 1, 64 * 1024, 1024 * 1024}) {
            if (at < 0 || at >= size)
                continue;
            QByteArray changed = bytes;
            changed[at] = char(changed[at] ^ 0x10);
            QVERIFY(writeBytes(path, changed));
            QVERIFY2(checksumOf(path, 42) != checksum, qPrintable(QStringLiteral("byte %1").arg(at)));
        }
        QVERIFY(writeBytes(path, bytes + QByteArray(1, '\0')));
        QVERIFY(checksumOf(path, 42) != checksum);
    }
};

QTEST_GUILESS_MAIN(TestCheckedJournals)
#include "test_checked_journals.moc"
