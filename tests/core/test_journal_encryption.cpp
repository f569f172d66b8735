// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted journals (DESIGN.md §4): the key's parameters travel in the file, a wrong passphrase
// changes nothing, and no plain byte of what was written reaches the journal, its rollback
// journal, its backups, its pre-upgrade copies or a saved copy; encrypting and re-keying replace
// the file whole or not at all.

#include "DemoJournal.h"
#include "Journal.h"
#include "JournalEncryption.h"
#include "JournalFingerprint.h"
#include "JournalKey.h"
#include "JournalStore.h"
#include "PrivateFiles.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace unfold;
using unfold::test::entriesOf;
using unfold::test::filesHolding;
using unfold::test::sha256Of;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");
const QByteArray canary = QByteArrayLiteral("CANARY-7f3a9-secret-note");

std::shared_ptr<const JournalKey> newKey(const QString &words)
{
    QString error;
    std::shared_ptr<const JournalKey> key = JournalKey::derive(words, KeyParameters::fresh(), &error);
    if (!key)
        qWarning("%s", qPrintable(error));
    return key;
}

std::shared_ptr<const JournalKey> keyOf(const QString &path, const QString &words)
{
    QString error;
    std::shared_ptr<const JournalKey> key = JournalKey::forJournal(path, words, &error);
    if (!key)
        qWarning("%s", qPrintable(error));
    return key;
}

// Writes the canary as a session note through the journal, one edit like any other.
bool writeCanary(Journal &journal)
{
    const QList<Relationship> relationships = journal.relationships();
    if (relationships.isEmpty())
        return false;
    Session session;
    session.relationshipId = relationships.first().id;
    session.start = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
    session.notes = QString::fromUtf8(canary);
    return journal.saveSession(session);
}

QStringList sessionNotes(Journal &journal)
{
    QStringList notes;
    for (const Relationship &r : journal.relationships())
        for (const SessionSummary &s : journal.sessionSummaries(r.id))
            if (!s.session.notes.isEmpty())
                notes.append(s.session.notes);
    return notes;
}

} // namespace

class TestJournalEncryption final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void parametersTravelInTheHeader();
    void hostileParametersAreRefused();
    void derivationIsDeterministicPerSalt();
    void processIsNotDumpableWhileAKeyLives();
    void encryptedJournalLeavesNoPlainBytes();
    void wrongOrMissingPassphraseChangesNothing();
    void encryptingAPlainJournal();
    void changingThePassphrase();
    void failedRewriteLeavesTheJournalAlone();
    void plainCopiesAreFound();
    void killedWhileEditingStaysEncryptedAndWhole();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalEncryption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalEncryption::parametersTravelInTheHeader()
{
    const KeyParameters fresh = KeyParameters::fresh();
    QCOMPARE(fresh.salt.size(), KeyParameters::saltSize);
    QVERIFY(fresh.salt.startsWith("UNFe"));
    const auto read = KeyParameters::fromHeader(fresh.salt + QByteArray(84, '\0'));
    QVERIFY(read);
    QCOMPARE(read->salt, fresh.salt);
    QCOMPARE(read->passes, KeyParameters::defaultPasses);
    QCOMPARE(read->memoryLog2, KeyParameters::defaultMemoryLog2);
    QVERIFY(read->passes >= 3 && (1LL << read->memoryLog2) >= 64LL * 1024 * 1024);
    // Each journal gets a salt of its own.
    QVERIFY(KeyParameters::fresh().salt != fresh.salt);
    QVERIFY(!KeyParameters::fromHeader(QByteArrayLiteral("SQLite format 3")));
}

void TestJournalEncryption::hostileParametersAreRefused()
{
    QByteArray header = KeyParameters::fresh().salt;
    header[6] = char(40); // a terabyte of memory: a file must not be able to ask for that
    QVERIFY(KeyParameters::looksEncrypted(header));
    QVERIFY(!KeyParameters::fromHeader(header));
    header = KeyParameters::fresh().salt;
    header[5] = char(1); // fewer passes than the floor
    QVERIFY(!KeyParameters::fromHeader(header));
    header = KeyParameters::fresh().salt;
    header[4] = char(2); // a derivation of a newer Unfold
    QVERIFY(!KeyParameters::fromHeader(header));

    const QString file = path(QStringLiteral("hostile.unfold"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(header + QByteArray(4080, 'x'));
    out.close();
    const QByteArray before = sha256Of(file);
    QCOMPARE(JournalStore::inspect(file).kind, JournalProblem::Kind::NewerVersion);
    QString error;
    QVERIFY(!JournalKey::forJournal(file, passphrase, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(sha256Of(file), before);
}

void TestJournalEncryption::derivationIsDeterministicPerSalt()
{
    const KeyParameters parameters = KeyParameters::fresh();
    QString error;
    const auto a = JournalKey::derive(passphrase, parameters, &error);
    const auto b = JournalKey::derive(passphrase, parameters, &error);
    const auto other = JournalKey::derive(passphrase + u'!', parameters, &error);
    QVERIFY(a && b && other);
    const QByteArray specA(a->keySpec(), a->keySpecSize());
    QCOMPARE(QByteArray(b->keySpec(), b->keySpecSize()), specA);
    QVERIFY(QByteArray(other->keySpec(), other->keySpecSize()) != specA);
    // The raw-key form SQLCipher takes: x'<64 hex digits of key><32 of salt>'.
    QCOMPARE(specA.size(), 99);
    QVERIFY(specA.startsWith("x'") && specA.endsWith('\''));
    QVERIFY(specA.contains(parameters.salt.toHex()));
    QVERIFY(!specA.contains(passphrase.toUtf8()));
}

void TestJournalEncryption::processIsNotDumpableWhileAKeyLives()
{
    QCOMPARE(JournalKey::liveKeys(), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    {
        const auto key = newKey(passphrase);
        QVERIFY(key);
        QCOMPARE(JournalKey::liveKeys(), 1);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
    }
    QCOMPARE(JournalKey::liveKeys(), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
}

void TestJournalEncryption::encryptedJournalLeavesNoPlainBytes()
{
    const QString journalPath = path(QStringLiteral("private.unfold"));
    const QString backups = path(QStringLiteral("backups"));
    auto key = newKey(passphrase);
    QString error;
    QVERIFY2(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 5, false, &error, key),
             qPrintable(error));
    {
        JournalProblem problem;
        auto journal = Journal::open(journalPath, JournalStore::Access::ReadWrite, backups, &problem, key);
        QVERIFY2(journal, qPrintable(problem.message));
        QVERIFY(journal->isEncrypted());
        QVERIFY(writeCanary(*journal));
        QVERIFY(journal->backups()->backupNow(journal->store()));
        QVERIFY(journal->saveCopy(path(QStringLiteral("copy.unfold"))));
        QVERIFY(!journal->backups()->existingBackups().isEmpty());
    }
    key.reset();
    QCOMPARE(filesHolding(m_dir->path(), canary), QStringList());
    // Nor a name or topic from the demo: the whole file is encrypted, not just the notes.
    QCOMPARE(filesHolding(m_dir->path(), QByteArrayLiteral("Interests")), QStringList());
    QVERIFY(JournalStore::isEncryptedFile(journalPath));
    QVERIFY(JournalStore::isEncryptedFile(path(QStringLiteral("copy.unfold"))));

    // And every copy opens with the same passphrase and holds the canary.
    QStringList copies{journalPath, path(QStringLiteral("copy.unfold"))};
    copies += JournalBackups(backups, journalPath).existingBackups();
    for (const QString &copy : copies) {
        JournalProblem problem;
        auto journal =
            Journal::open(copy, JournalStore::Access::ReadOnly, {}, &problem, keyOf(copy, passphrase));
        QVERIFY2(journal, qPrintable(copy + u' ' + problem.message));
        if (copy != JournalBackups(backups, journalPath).existingBackups().value(0) || copies.size() > 2)
            QVERIFY(sessionNotes(*journal).contains(QString::fromUtf8(canary)) ||
                    copy.startsWith(backups)); // the first backup may predate the note
    }
}

void TestJournalEncryption::wrongOrMissingPassphraseChangesNothing()
{
    const QString journalPath = path(QStringLiteral("private.unfold"));
    QString error;
    QVERIFY(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 2, false, &error,
                               newKey(passphrase)));
    const QByteArray before = sha256Of(journalPath);
    const QStringList entries = entriesOf(m_dir->path());

    JournalProblem problem;
    QVERIFY(!Journal::open(journalPath, JournalStore::Access::ReadWrite, {}, &problem));
    QCOMPARE(problem.kind, JournalProblem::Kind::NeedsPassphrase);
    QVERIFY(!Journal::open(journalPath, JournalStore::Access::ReadWrite, {}, &problem,
                           keyOf(journalPath, QStringLiteral("wrong"))));
    QCOMPARE(problem.kind, JournalProblem::Kind::WrongPassphrase);
    QVERIFY(problem.message.contains(QStringLiteral("passphrase")));
    QCOMPARE(
        JournalStore::inspect(journalPath, nullptr, true, keyOf(journalPath, QStringLiteral("wrong")).get())
            .kind,
        JournalProblem::Kind::WrongPassphrase);
    QCOMPARE(sha256Of(journalPath), before);
    QCOMPARE(entriesOf(m_dir->path()), entries);

    int version = 0;
    QCOMPARE(JournalStore::inspect(journalPath, &version, true, keyOf(journalPath, passphrase).get()).kind,
             JournalProblem::Kind::None);
    QVERIFY(version > 0);
}

void TestJournalEncryption::encryptingAPlainJournal()
{
    const QString journalPath = path(QStringLiteral("plain.unfold"));
    QString error;
    QVERIFY(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 4, false, &error));
    {
        JournalProblem problem;
        auto journal = Journal::open(journalPath, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY(journal && !journal->isEncrypted());
        QVERIFY(writeCanary(*journal));
    }
    const QStringList rowsBefore = test::tableRows(journalPath);
    QVERIFY(!filesHolding(m_dir->path(), canary).isEmpty());

    const auto key = newKey(passphrase);
    QVERIFY2(JournalEncryption::rewrite(journalPath, nullptr, *key, &error), qPrintable(error));
    QCOMPARE(filesHolding(m_dir->path(), canary), QStringList());
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("plain.unfold")});
    QVERIFY(JournalStore::isEncryptedFile(journalPath));
    QCOMPARE(QFile::permissions(journalPath) & 0x0077, QFileDevice::Permissions());

    JournalProblem problem;
    auto journal = Journal::open(journalPath, JournalStore::Access::ReadWrite, {}, &problem,
                                 keyOf(journalPath, passphrase));
    QVERIFY2(journal, qPrintable(problem.message));
    QVERIFY(journal->isEncrypted());
    QVERIFY(sessionNotes(*journal).contains(QString::fromUtf8(canary)));
    QCOMPARE(journal->relationships().size(), Journal::open(journalPath, JournalStore::Access::ReadOnly, {},
                                                            &problem, keyOf(journalPath, passphrase))
                                                  ->relationships()
                                                  .size());
    QVERIFY(!rowsBefore.isEmpty());
}

void TestJournalEncryption::changingThePassphrase()
{
    const QString journalPath = path(QStringLiteral("private.unfold"));
    QString error;
    QVERIFY(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 6, false, &error,
                               newKey(passphrase)));
    const QByteArray oldSalt = keyOf(journalPath, passphrase)->parameters().salt;

    const QString newWords = QStringLiteral("a new passphrase for a new year");
    const auto newOne = newKey(newWords);
    QVERIFY2(JournalEncryption::rewrite(journalPath, keyOf(journalPath, passphrase).get(), *newOne, &error),
             qPrintable(error));
    JournalProblem problem;
    QVERIFY(!Journal::open(journalPath, JournalStore::Access::ReadOnly, {}, &problem,
                           keyOf(journalPath, passphrase)));
    QCOMPARE(problem.kind, JournalProblem::Kind::WrongPassphrase);
    auto journal = Journal::open(journalPath, JournalStore::Access::ReadOnly, {}, &problem,
                                 keyOf(journalPath, newWords));
    QVERIFY2(journal, qPrintable(problem.message));
    QVERIFY(!journal->relationships().isEmpty());
    // A re-key brings a new salt: the old key is of no use against the new file.
    QVERIFY(keyOf(journalPath, newWords)->parameters().salt != oldSalt);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("private.unfold")});
}

void TestJournalEncryption::failedRewriteLeavesTheJournalAlone()
{
    const QString journalPath = path(QStringLiteral("private.unfold"));
    QString error;
    QVERIFY(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 7, false, &error,
                               newKey(passphrase)));
    const QByteArray before = sha256Of(journalPath);
    const auto newOne = newKey(QStringLiteral("another"));
    // The wrong current key: nothing can be read, nothing is written.
    QVERIFY(!JournalEncryption::rewrite(journalPath, keyOf(journalPath, QStringLiteral("wrong")).get(),
                                        *newOne, &error));
    QVERIFY(error.contains(QStringLiteral("passphrase")));
    // No key at all for an encrypted journal.
    QVERIFY(!JournalEncryption::rewrite(journalPath, nullptr, *newOne, &error));
    QCOMPARE(sha256Of(journalPath), before);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("private.unfold")});

    // The disk fills as the new file is synced, or the rename fails: the journal stays as it
    // was, the old passphrase opens it, and nothing is left beside it.
    for (const auto step : {PrivateFiles::Step::Sync, PrivateFiles::Step::Rename}) {
        PrivateFiles::failNextAt(step, ENOSPC);
        QVERIFY(
            !JournalEncryption::rewrite(journalPath, keyOf(journalPath, passphrase).get(), *newOne, &error));
        PrivateFiles::clearFaults();
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QCOMPARE(sha256Of(journalPath), before);
        QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("private.unfold")});
    }
    QCOMPARE(JournalStore::inspect(journalPath, nullptr, true, keyOf(journalPath, passphrase).get()).kind,
             JournalProblem::Kind::None);
}

void TestJournalEncryption::plainCopiesAreFound()
{
    const QString journalPath = path(QStringLiteral("j.unfold"));
    const QString backups = path(QStringLiteral("backups"));
    QString error;
    QVERIFY(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 8, false, &error));
    {
        JournalProblem problem;
        auto journal = Journal::open(journalPath, JournalStore::Access::ReadWrite, backups, &problem);
        QVERIFY(journal);
        QVERIFY(journal->backups()->backupNow(journal->store()));
    }
    QVERIFY(QFile::copy(journalPath, journalPath + QStringLiteral(".format-3.backup")));
    const QStringList copies = JournalEncryption::plainCopies(journalPath, backups);
    QCOMPARE(copies.size(), 2);
    QVERIFY(copies.contains(journalPath + QStringLiteral(".format-3.backup")));
    const auto key = newKey(passphrase);
    QVERIFY(JournalEncryption::rewrite(journalPath, nullptr, *key, &error));
    // The journal itself is not a copy, and encrypted copies are not plain ones.
    QCOMPARE(JournalEncryption::plainCopies(journalPath, backups).size(), 2);
}

// SIGKILL at random moments while another process edits an encrypted journal (with backups):
// every time, the journal opens with its passphrase and passes the full check, and no plain
// canary is found in any file the writer made: the journal, its rollback journal, the backups.
void TestJournalEncryption::killedWhileEditingStaysEncryptedAndWhole()
{
    const QString journalPath = path(QStringLiteral("edited.unfold"));
    const QString backups = path(QStringLiteral("backups"));
    QString error;
    QVERIFY(DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 7, false, &error,
                               newKey(passphrase)));
    auto *random = QRandomGenerator::global();
    constexpr int kills = 20;
    for (int i = 0; i < kills; ++i) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--write-canaries"), journalPath, backups});
        QVERIFY(writer.waitForStarted());
        // The writer first derives the key (about half a second), then edits without pause.
        QVERIFY(writer.waitForReadyRead(30'000));
        QThread::msleep(random->bounded(5, 400));
        writer.kill();
        writer.waitForFinished();
        QVERIFY(filesHolding(m_dir->path(), canary).isEmpty());
        // Reading alone may find a write cut off; it says so and leaves the recovery to an edit.
        int version = 0;
        JournalProblem problem =
            JournalStore::inspect(journalPath, &version, true, keyOf(journalPath, passphrase).get());
        QVERIFY2(problem.kind == JournalProblem::Kind::None ||
                     problem.message.contains(QStringLiteral("cut off")),
                 qPrintable(problem.message));
        {
            auto recovered = Journal::open(journalPath, JournalStore::Access::ReadWrite, {}, &problem,
                                           keyOf(journalPath, passphrase));
            QVERIFY2(recovered, qPrintable(problem.message));
        }
        problem = JournalStore::inspect(journalPath, &version, true, keyOf(journalPath, passphrase).get());
        QVERIFY2(problem.kind == JournalProblem::Kind::None, qPrintable(problem.message));
    }
    JournalProblem problem;
    auto journal = Journal::open(journalPath, JournalStore::Access::ReadOnly, {}, &problem,
                                 keyOf(journalPath, passphrase));
    QVERIFY2(journal, qPrintable(problem.message));
    QVERIFY(sessionNotes(*journal).contains(QString::fromUtf8(canary)));
}

// `--write-canaries JOURNAL BACKUPS`: the writer the kill test above starts. It says "ready" once
// the journal is open, then saves canary notes until it is killed.
int writeCanariesUntilKilled(const QString &journalPath, const QString &backups)
{
    JournalProblem problem;
    auto journal = Journal::open(journalPath, JournalStore::Access::ReadWrite, backups, &problem,
                                 keyOf(journalPath, passphrase));
    if (!journal)
        return 1;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        if (!writeCanary(*journal))
            return 1;
        journal->backups()->noteEdit(journal->store());
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--write-canaries") == 0)
        return writeCanariesUntilKilled(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestJournalEncryption test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_journal_encryption.moc"
