// SPDX-License-Identifier: GPL-3.0-or-later
// JournalStore and Journal facing bad files: each is named for what it is, with a message, and
// not a byte of it changes, whichever way it is opened (DESIGN.md §5).

#include "DemoJournal.h"
#include "Journal.h"
#include "JournalFingerprint.h"
#include "JournalSchema.h"
#include "JournalStore.h"
#include "SqliteDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>

using namespace unfold;

Q_DECLARE_METATYPE(unfold::JournalProblem::Kind)

class TestBadJournals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badFileIsReportedAndUntouched_data();
    void badFileIsReportedAndUntouched();
    void goodJournalPassesForContrast();
    void alteredJournalSaysWhatWasFound();
    void triggersInAFileNeverRun();
    void walJournalIsReadWithoutSideFiles();
    void walChangesAreWrittenInOnlyWhenEditing();
    void saveCutOffAfterItsHeaderIsRecovered();

private:
    // Writes the named kind of bad file into the test's folder and returns its path.
    QString makeFixture(const QString &fixture);
    QString copyOfGoodJournal(const QString &name);

    QTemporaryDir m_source;
    QString m_good;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBadJournals::initTestCase()
{
    QVERIFY(m_source.isValid());
    m_good = m_source.filePath(QStringLiteral("good.unfold"));
    QString error;
    // A real journal of some size, so that half of it is a believable truncation.
    QVERIFY2(DemoJournal::write(m_good, DemoJournal::Profile::Personal, 3, false, &error), qPrintable(error));
    QVERIFY(QFileInfo(m_good).size() > 64 * 1024);
}

void TestBadJournals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBadJournals::cleanup()
{
    m_dir.reset();
}

QString TestBadJournals::copyOfGoodJournal(const QString &name)
{
    const QString path = m_dir->filePath(name);
    return QFile::copy(m_good, path) ? path : QString();
}

QString TestBadJournals::makeFixture(const QString &fixture)
{
    const QString path = m_dir->filePath(QStringLiteral("journal.unfold"));
    auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
    };

    if (fixture == QLatin1String("missing"))
        return path;
    if (fixture == QLatin1String("folder"))
        return QDir().mkdir(path) ? path : QString();
    if (fixture == QLatin1String("empty"))
        return writeBytes({});
    if (fixture == QLatin1String("random bytes")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                         bytes.size() / qsizetype(sizeof(quint32)));
        return writeBytes(bytes);
    }
    if (fixture == QLatin1String("text"))
        return writeBytes("Dear diary,\nthis is not a database.\n");
    if (fixture == QLatin1String("short header"))
        return writeBytes(QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\x01'));
    if (fixture == QLatin1String("other application") || fixture == QLatin1String("plain sqlite")) {
        SqliteDatabase db;
        if (!db.open(path, SqliteDatabase::Mode::Create))
            return {};
        const QString id =
            fixture == QLatin1String("plain sqlite") ? QStringLiteral("0") : QStringLiteral("1234");
        const bool ok =
            db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1;"
                                   "CREATE TABLE people (id INTEGER PRIMARY KEY, content TEXT);"
                                   "INSERT INTO people (content) VALUES ('someone else''s data');")
                        .arg(id));
        return ok ? path : QString();
    }

    // The rest start from a real journal.
    if (!QFile::copy(m_good, path))
        return {};
    if (fixture == QLatin1String("newer version")) {
        SqliteDatabase db;
        const bool ok =
            db.open(path, SqliteDatabase::Mode::ReadWrite) &&
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::currentVersion + 1));
        return ok ? path : QString();
    }
    // SQL someone else ran on a copy of a real journal: what a hostile or hand-edited file holds.
    const QHash<QString, QString> changes = {
        {QStringLiteral("added trigger"),
         QStringLiteral(
             "CREATE TRIGGER wipe AFTER INSERT ON disclosures BEGIN DELETE FROM disclosures; END")},
        {QStringLiteral("added view"), QStringLiteral("CREATE VIEW everything AS SELECT * FROM disclosures")},
        {QStringLiteral("added table"), QStringLiteral("CREATE TABLE extra (x)")},
        {QStringLiteral("added index"), QStringLiteral("CREATE INDEX by_depth ON disclosures (depth)")},
        {QStringLiteral("missing index"), QStringLiteral("DROP INDEX disclosures_by_session")},
        {QStringLiteral("missing table"), QStringLiteral("DROP TABLE timeline_events")},
        {QStringLiteral("changed table"),
         QStringLiteral("ALTER TABLE sessions ADD COLUMN secret TEXT DEFAULT 'x'")},
        {QStringLiteral("negative format"), QStringLiteral("PRAGMA user_version = -3")},
        {QStringLiteral("format zero"), QStringLiteral("PRAGMA user_version = 0")},
        {QStringLiteral("content not json"),
         QStringLiteral(
             "UPDATE people SET content = '{\"name\": \"Al' WHERE rowid = (SELECT min(rowid) FROM people)")},
        {QStringLiteral("content not an object"),
         QStringLiteral(
             "UPDATE sessions SET content = '[1, 2]' WHERE rowid = (SELECT max(rowid) FROM sessions)")},
        {QStringLiteral("content an array after spaces"),
         QStringLiteral(
             "UPDATE sessions SET content = ' [1, 2]' WHERE rowid = (SELECT min(rowid) FROM sessions)")},
        // The check compares the empty object '{}' (most records) instead of parsing it: text
        // that only begins as it does is still parsed, and refused.
        {QStringLiteral("content more than an empty object"),
         QStringLiteral(
             "UPDATE disclosures SET content = '{}]' WHERE rowid = (SELECT max(rowid) FROM disclosures)")},
        {QStringLiteral("dangling reference"),
         QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE disclosures SET topic_id = 9999 WHERE rowid = "
                        "(SELECT min(rowid) FROM disclosures)")},
    };
    if (const auto sql = changes.constFind(fixture); sql != changes.cend()) {
        SqliteDatabase db;
        return db.open(path, SqliteDatabase::Mode::ReadWrite) && db.exec(*sql) ? path : QString();
    }
    // Both at once: the damage is what is reported, as records read from a damaged file can look
    // changed only because the file is damaged.
    const bool alsoAltered = fixture == QLatin1String("altered, corrupt page");
    if (alsoAltered) {
        SqliteDatabase db;
        if (!db.open(path, SqliteDatabase::Mode::ReadWrite) ||
            !db.exec(QStringLiteral("CREATE TABLE extra (x); INSERT INTO extra VALUES (1)")))
            return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    if (fixture == QLatin1String("truncated"))
        return file.resize(file.size() / 2) ? path : QString();
    if (fixture == QLatin1String("header only"))
        return file.resize(100) ? path : QString();
    if (fixture == QLatin1String("corrupt page") || alsoAltered) {
        // Overwrite one whole page in the middle of the file; the size stays right.
        const QByteArray header = file.read(100);
        quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        if (pageSize == 1)
            pageSize = 65536;
        const qint64 pages = file.size() / pageSize;
        QByteArray garbage(qsizetype(pageSize), '\xA5');
        return file.seek(qint64(pages / 2) * pageSize) && file.write(garbage) == garbage.size() ? path
                                                                                                : QString();
    }
    qWarning("unknown fixture %s", qPrintable(fixture));
    return {};
}

void TestBadJournals::badFileIsReportedAndUntouched_data()
{
    using Kind = JournalProblem::Kind;
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("missing") << QStringLiteral("missing") << Kind::NotFound;
    QTest::newRow("folder") << QStringLiteral("folder") << Kind::Unreadable;
    QTest::newRow("empty") << QStringLiteral("empty") << Kind::NotAJournal;
    QTest::newRow("random bytes") << QStringLiteral("random bytes") << Kind::NotAJournal;
    QTest::newRow("text") << QStringLiteral("text") << Kind::NotAJournal;
    QTest::newRow("short header") << QStringLiteral("short header") << Kind::NotAJournal;
    QTest::newRow("other application") << QStringLiteral("other application") << Kind::NotAJournal;
    QTest::newRow("plain sqlite") << QStringLiteral("plain sqlite") << Kind::NotAJournal;
    QTest::newRow("newer version") << QStringLiteral("newer version") << Kind::NewerVersion;
    QTest::newRow("truncated") << QStringLiteral("truncated") << Kind::Damaged;
    QTest::newRow("header only") << QStringLiteral("header only") << Kind::Damaged;
    QTest::newRow("corrupt page") << QStringLiteral("corrupt page") << Kind::Damaged;
    QTest::newRow("altered, corrupt page") << QStringLiteral("altered, corrupt page") << Kind::Damaged;
    for (const char *altered : {"added trigger", "added view", "added table", "added index", "missing index",
                                "missing table", "changed table"})
        QTest::newRow(altered) << QString::fromLatin1(altered) << Kind::Altered;
    for (const char *damaged :
         {"negative format", "format zero", "content not json", "content not an object",
          "content an array after spaces", "content more than an empty object", "dangling reference"})
        QTest::newRow(damaged) << QString::fromLatin1(damaged) << Kind::Damaged;
}

void TestBadJournals::badFileIsReportedAndUntouched()
{
    QFETCH(QString, fixture);
    QFETCH(JournalProblem::Kind, kind);
    const QString path = makeFixture(fixture);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());
    const QString fileName = QFileInfo(path).fileName();

    auto expectProblem = [&](const JournalProblem &problem, const char *how) {
        QVERIFY2(problem.kind == kind, how);
        QVERIFY2(!problem.message.isEmpty(), how);
        // The message says which file it is about.
        QVERIFY2(problem.message.contains(fileName), qPrintable(problem.message));
    };

    expectProblem(JournalStore::inspect(path), "inspect");
    expectProblem(JournalStore::inspect(path, nullptr, true), "inspect, full check");
    if (QTest::currentTestFailed())
        return;
    {
        JournalProblem problem;
        auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
        QVERIFY(!store);
        expectProblem(problem, "store, read-write");
    }
    {
        JournalProblem problem;
        auto store = JournalStore::open(path, JournalStore::Access::ReadOnly, &problem);
        QVERIFY(!store);
        expectProblem(problem, "store, read-only");
    }
    {
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite,
                                     m_dir->filePath(QStringLiteral("b")), &problem);
        QVERIFY(!journal);
        expectProblem(problem, "journal, read-write");
    }
    {
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadOnly,
                                     m_dir->filePath(QStringLiteral("b")), &problem);
        QVERIFY(!journal);
        expectProblem(problem, "journal, read-only");
    }

    QCOMPARE(test::sha256Of(path), before);
    // Nothing was written beside it either: no lock, no rollback journal, no backup, no upgrade copy.
    QCOMPARE(test::entriesOf(m_dir->path()), entries);
}

void TestBadJournals::goodJournalPassesForContrast()
{
    // The same checks on the undamaged original find nothing, so the cases above fail for
    // what was done to each file and not for how it was read.
    const QString path = copyOfGoodJournal(QStringLiteral("journal.unfold"));
    QVERIFY(!path.isEmpty());
    int version = -1;
    const JournalProblem problem = JournalStore::inspect(path, &version, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    QCOMPARE(version, JournalSchema::currentVersion);
    JournalProblem openProblem;
    QVERIFY(JournalStore::open(path, JournalStore::Access::ReadOnly, &openProblem));
    QVERIFY(Journal::open(path, JournalStore::Access::ReadWrite, QString(), &openProblem));
    // Words kept as a JSON object with spaces before it (a hand-made file, say) are readable: the
    // check's quick look at the first character does not call them damaged.
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("UPDATE sessions SET content = ' \n {\"notes\": \"x\"}' WHERE rowid = "
                                       "(SELECT min(rowid) FROM sessions)")));
    }
    const JournalProblem spaced = JournalStore::inspect(path);
    QVERIFY2(!spaced, qPrintable(spaced.message));
}

void TestBadJournals::alteredJournalSaysWhatWasFound()
{
    const QString path = makeFixture(QStringLiteral("added trigger"));
    QVERIFY(!path.isEmpty());
    const JournalProblem problem = JournalStore::inspect(path, nullptr, true);
    QCOMPARE(problem.kind, JournalProblem::Kind::Altered);
    // What was found, and where: the user (or their therapist) can tell what happened to the file.
    QVERIFY2(problem.message.contains(QLatin1String("trigger")), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QLatin1String("wipe")), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QLatin1String("disclosures")), qPrintable(problem.message));
}

void TestBadJournals::triggersInAFileNeverRun()
{
    // Even a connection made outside the journal code does not run a trigger the file holds.
    const QString path = makeFixture(QStringLiteral("added trigger"));
    QVERIFY(!path.isEmpty());
    SqliteDatabase db;
    QVERIFY(db.open(path, SqliteDatabase::Mode::ReadWrite));
    const qint64 before = db.scalar(QStringLiteral("SELECT count(*) FROM disclosures")).value_or(-1);
    QVERIFY(before > 1);
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO disclosures (session_id, position, speaker, topic_id, depth) "
                               "SELECT session_id, 99, speaker, topic_id, depth FROM disclosures LIMIT 1")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM disclosures")).value_or(-1), before + 1);
    // Nor a view, nor a change to the schema's own table.
    QVERIFY(db.exec(QStringLiteral("CREATE VIEW v AS SELECT 1")));
    QVERIFY(!db.scalar(QStringLiteral("SELECT count(*) FROM v")));
    QVERIFY(!db.exec(QStringLiteral("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema")));
}

// A copy of the good journal switched to WAL mode, as another program might leave it. With
// `pending`, its last change is only in the -wal file beside it.
static QString walJournal(const QString &source, const QString &path, bool pending)
{
    if (!QFile::copy(source, path))
        return {};
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite) ||
        !db.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return {};
    if (!pending)
        return path;
    if (!db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0; DELETE FROM disclosures WHERE rowid = "
                                "(SELECT max(rowid) FROM disclosures)")))
        return {};
    // Copied while the connection is open: the change is in the -wal file, not yet in the journal.
    const QString copy = path + QStringLiteral(".pending");
    if (!QFile::copy(path, copy) ||
        !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return {};
    return copy;
}

void TestBadJournals::walJournalIsReadWithoutSideFiles()
{
    const QString path = walJournal(m_good, m_dir->filePath(QStringLiteral("wal.unfold")), false);
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());
    const JournalProblem problem = JournalStore::inspect(path, nullptr, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    JournalProblem openProblem;
    {
        auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &openProblem);
        QVERIFY2(journal, qPrintable(openProblem.message));
        QVERIFY(!journal->relationships().isEmpty());
    }
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), entries);
}

void TestBadJournals::walChangesAreWrittenInOnlyWhenEditing()
{
    const QString path = walJournal(m_good, m_dir->filePath(QStringLiteral("wal.unfold")), true);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::sha256Of(path);
    const QByteArray walBefore = test::sha256Of(path + QStringLiteral("-wal"));
    QCOMPARE(JournalStore::inspect(path).kind, JournalProblem::Kind::CutOff);
    JournalProblem problem;
    QVERIFY(!JournalStore::open(path, JournalStore::Access::ReadOnly, &problem));
    QCOMPARE(problem.kind, JournalProblem::Kind::CutOff);
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::sha256Of(path + QStringLiteral("-wal")), walBefore);

    // Opening for editing writes the pending change in and leaves no side files.
    const qint64 expected =
        test::tableRows(m_good).filter(QRegularExpression(QStringLiteral("^disclosures:"))).size() - 1;
    {
        auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
        QVERIFY2(store, qPrintable(problem.message));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(test::tableRows(path).filter(QRegularExpression(QStringLiteral("^disclosures:"))).size(),
             expected);
    QVERIFY(!JournalStore::inspect(path, nullptr, true));
}

// A kill during a save that grows the file can land after the header page (with the new page
// count) and before the pages that extend the file: the file is then shorter than its header says,
// beside the rollback journal that restores it. That is a cut-off save to recover, not damage.
// Made deterministic here: a save whose pages spill into the file before it commits is copied,
// journal and all, mid-save, and the copy's header is given the count the commit was writing.
void TestBadJournals::saveCutOffAfterItsHeaderIsRecovered()
{
    const QString path = copyOfGoodJournal(QStringLiteral("saving.unfold"));
    const QString cut = m_dir->filePath(QStringLiteral("cut.unfold"));
    const QStringList before = test::tableRows(path);
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::ReadWrite));
        // A tiny cache makes the save write pages into the file before it commits.
        QVERIFY(db.exec(QStringLiteral("PRAGMA cache_size = 2; BEGIN; CREATE TABLE growth (x);")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO growth VALUES (randomblob(3000))")));
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(path, cut));
        QVERIFY(QFile::copy(path + QStringLiteral("-journal"), cut + QStringLiteral("-journal")));
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")));
    }
    {
        QFile file(cut);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray header = file.read(100);
        const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const quint32 claimed = quint32(file.size() / pageSize) + 50;
        qToBigEndian<quint32>(claimed, header.data() + 28);
        QVERIFY(file.seek(0) && file.write(header) == 100);
    }
    QCOMPARE(JournalStore::inspect(cut).kind, JournalProblem::Kind::CutOff);
    JournalProblem problem;
    {
        auto store = JournalStore::open(cut, JournalStore::Access::ReadWrite, &problem);
        QVERIFY2(store, qPrintable(problem.message));
    }
    QVERIFY(!QFileInfo::exists(cut + QStringLiteral("-journal")));
    QCOMPARE(test::tableRows(cut), before); // the cut-off save undone, nothing else changed
    QVERIFY(!JournalStore::inspect(cut, nullptr, true));
}

QTEST_GUILESS_MAIN(TestBadJournals)
#include "test_badjournals.moc"
