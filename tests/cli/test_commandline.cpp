// SPDX-License-Identifier: GPL-3.0-or-later
// The real `unfold` binary on the command line: help and version, usage errors (exit 2),
// `demo` and `check` doing their work without a display, and bad files reported (exit 1)
// without a byte of them changed.

#include "../core/JournalFingerprint.h"
#include "CliRun.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalSchema.h"
#include "JournalStore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace unfold;

namespace {

using Run = unfold::test::CliRun;

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpListsTheCommands();
    void versionIsPrinted_data();
    void versionIsPrinted();
    void subcommandHelp_data();
    void subcommandHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void demoWritesTheSeededJournal();
    void demoSeedUsesAll64Bits();
    void demoWritesTheHeavyProfile();
    void demoRefusesToOverwriteWithoutForce();
    void checkPassesAGoodJournal();
    void checkPassesAnOldJournalWithoutUpgrading();
    void checkReportsBadFiles_data();
    void checkReportsBadFiles();
    void subcommandsNeedNoDisplay();
    void readingCommandsRefuseWhatCheckRefuses_data();
    void readingCommandsRefuseWhatCheckRefuses();
    void readingCommandsWriteNothingBesideAJournal();
    void aJournalFileGoesToTheWindow_data();
    void aJournalFileGoesToTheWindow();
    void aPathWithoutAJournalIsRefused_data();
    void aPathWithoutAJournalIsRefused();
    void commandNamesComeBeforeFiles();

private:
    Run run(const QStringList &arguments, const QString &program = QStringLiteral(UNFOLD_BINARY))
    {
        return test::runUnfold(arguments, m_home.path(), m_dir->path(), {}, program);
    }
    QString pathFor(const QString &name) const { return m_dir->filePath(name); }
    QStringList withPaths(QStringList arguments) const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(UNFOLD_BINARY)).isExecutable(), UNFOLD_BINARY);
    QVERIFY(m_home.isValid());
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

// Data tables cannot know the test's folder yet: "@/name" stands for a file in it.
QStringList TestCommandLine::withPaths(QStringList arguments) const
{
    for (QString &a : arguments)
        if (a.startsWith(QLatin1String("@/")))
            a = pathFor(a.mid(2));
    return arguments;
}

void TestCommandLine::helpListsTheCommands()
{
    const Run r = run({QStringLiteral("--help")});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    for (const char *word : {"demo", "check", "--version", "--help"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
}

void TestCommandLine::versionIsPrinted_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestCommandLine::versionIsPrinted()
{
    QFETCH(QString, option);
    const Run r = run({option});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(UNFOLD_VERSION)), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Unfold")));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCommandLine::subcommandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("demo") << QStringLiteral("demo")
                          << QStringList{QStringLiteral("--out"), QStringLiteral("--seed"),
                                         QStringLiteral("--profile"), QStringLiteral("--force")};
    QTest::newRow("check") << QStringLiteral("check") << QStringList{QStringLiteral("--journal")};
}

void TestCommandLine::subcommandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Run r = run({command, QStringLiteral("--help")});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    for (const QString &option : options)
        QVERIFY2(r.out.contains(option), qPrintable(option));
    QVERIFY(test::entriesOf(m_dir->path()).isEmpty()); // help writes nothing
}

void TestCommandLine::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned"); // what the message must name
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
    QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")} << QStringLiteral("--out");
    QTest::newRow("demo --out without a file")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out")} << QStringLiteral("out");
    QTest::newRow("demo, bad profile")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("@/demo.unfold"),
                       QStringLiteral("--profile"), QStringLiteral("enormous")}
        << QStringLiteral("enormous");
    QTest::newRow("demo, seed not a number")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("@/demo.unfold"),
                       QStringLiteral("--seed"), QStringLiteral("twelve")}
        << QStringLiteral("twelve");
    QTest::newRow("demo, negative seed")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("@/demo.unfold"),
                       QStringLiteral("--seed"), QStringLiteral("-3")}
        << QStringLiteral("-3");
    QTest::newRow("demo, unknown option")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("@/demo.unfold"),
                       QStringLiteral("--colour")}
        << QStringLiteral("colour");
    QTest::newRow("demo, stray argument")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("@/demo.unfold"),
                       QStringLiteral("extra")}
        << QStringLiteral("extra");
    QTest::newRow("check without --journal")
        << QStringList{QStringLiteral("check")} << QStringLiteral("--journal");
    QTest::newRow("check, unknown option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--journal"), QStringLiteral("@/x.unfold"),
                       QStringLiteral("--repair")}
        << QStringLiteral("repair");
}

void TestCommandLine::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const Run r = run(withPaths(arguments));
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    // A wrong argument writes nothing.
    QCOMPARE(test::entriesOf(m_dir->path()), QStringList());
}

void TestCommandLine::demoWritesTheSeededJournal()
{
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("cli.unfold"),
                       QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("cli.unfold")), qPrintable(r.out));
    const QString written = pathFor(QStringLiteral("cli.unfold")); // relative to the working folder
    QVERIFY(!JournalStore::inspect(written, nullptr, true));

    // The command line passes seed and profile through: the same journal as the library writes.
    QString error;
    const QString direct = pathFor(QStringLiteral("direct.unfold"));
    QVERIFY2(DemoJournal::write(direct, DemoJournal::Profile::Personal, 5, false, &error), qPrintable(error));
    QCOMPARE(test::tableRows(written), test::tableRows(direct));
    QVERIFY2(DemoJournal::write(direct, DemoJournal::Profile::Personal, 6, true, &error), qPrintable(error));
    QVERIFY(test::tableRows(written) != test::tableRows(direct));
}

void TestCommandLine::demoSeedUsesAll64Bits()
{
    const QString low = QStringLiteral("7");
    const QString high = QString::number((quint64(1) << 32) + 7);
    for (const QString &seed : {low, high}) {
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--out"),
                           pathFor(seed + QStringLiteral(".unfold")), QStringLiteral("--seed"), seed});
        QCOMPARE(r.exitCode, 0);
    }
    QVERIFY(test::tableRows(pathFor(low + QStringLiteral(".unfold"))) !=
            test::tableRows(pathFor(high + QStringLiteral(".unfold"))));
}

void TestCommandLine::demoWritesTheHeavyProfile()
{
    const QString path = pathFor(QStringLiteral("heavy.unfold"));
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--profile"),
                       QStringLiteral("heavy")});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    JournalProblem problem;
    auto store = JournalStore::open(path, JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(store, qPrintable(problem.message));
    QCOMPARE(store->relationships().size(), 20);
}

void TestCommandLine::demoRefusesToOverwriteWithoutForce()
{
    const QString path = pathFor(QStringLiteral("precious.unfold"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("three years of entries\n");
    }
    const QByteArray before = test::sha256Of(path);

    const Run refused = run({QStringLiteral("demo"), QStringLiteral("--out"), path});
    QVERIFY(!refused.crashed);
    QVERIFY(refused.exitCode != 0);
    QVERIFY(refused.exitCode != 2); // the arguments were fine; the file is the problem
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), QStringList{QStringLiteral("precious.unfold")});

    const Run forced =
        run({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(test::sha256Of(path) != before);
    QVERIFY(!JournalStore::inspect(path, nullptr, true));
    QCOMPARE(test::entriesOf(m_dir->path()), QStringList{QStringLiteral("precious.unfold")});
}

void TestCommandLine::checkPassesAGoodJournal()
{
    const QString path = pathFor(QStringLiteral("good.unfold"));
    QString error;
    QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 11, false, &error), qPrintable(error));
    int sessions = 0;
    int disclosures = 0;
    {
        JournalProblem problem;
        auto store = JournalStore::open(path, JournalStore::Access::ReadOnly, &problem);
        QVERIFY2(store, qPrintable(problem.message));
        for (const Relationship &rel : store->relationships()) {
            sessions += int(store->sessions(rel.id).size());
            disclosures += store->disclosureCount(rel.id);
        }
    }
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());

    const Run r = run({QStringLiteral("check"), QStringLiteral("--journal"), path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // It reports what it found, counted from the file.
    QVERIFY2(r.out.contains(QStringLiteral("%1 sessions").arg(sessions)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("%1 disclosures").arg(disclosures)), qPrintable(r.out));
    QVERIFY(r.out.contains(QString::number(JournalSchema::currentVersion)));
    // A check never writes, not even a lock or a rollback journal.
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), entries);
}

void TestCommandLine::checkPassesAnOldJournalWithoutUpgrading()
{
    const QString path = pathFor(QStringLiteral("old.unfold"));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
        QString error;
        QVERIFY2(JournalSchema::migrate(db, 1, &error), qPrintable(error));
    }
    const QByteArray before = test::sha256Of(path);

    const Run r = run({QStringLiteral("check"), QStringLiteral("--journal"), path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("format 1")), qPrintable(r.out));
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), QStringList{QStringLiteral("old.unfold")}); // no upgrade copy
}

void TestCommandLine::checkReportsBadFiles_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name :
         {"random bytes", "truncated", "newer version", "empty", "other database", "missing", "folder"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCommandLine::checkReportsBadFiles()
{
    QFETCH(QString, fixture);
    const QString path = pathFor(QStringLiteral("journal.unfold"));
    auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (fixture == QLatin1String("random bytes")) {
        QByteArray bytes(32 * 1024, Qt::Uninitialized);
        QRandomGenerator random(7);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                         bytes.size() / qsizetype(sizeof(quint32)));
        QVERIFY(writeBytes(bytes));
    } else if (fixture == QLatin1String("empty")) {
        QVERIFY(writeBytes({}));
    } else if (fixture == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(path));
    } else if (fixture == QLatin1String("other database")) {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
        QVERIFY(db.exec(
            QStringLiteral("PRAGMA application_id = 7; CREATE TABLE t (x); INSERT INTO t VALUES (1);")));
    } else if (fixture != QLatin1String("missing")) {
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        if (fixture == QLatin1String("truncated")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        } else {
            SqliteDatabase db;
            QVERIFY(db.open(path, SqliteDatabase::Mode::ReadWrite));
            QVERIFY(
                db.exec(QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::currentVersion + 1)));
        }
    }
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());

    const Run r = run({QStringLiteral("check"), QStringLiteral("--journal"), path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("journal.unfold")), qPrintable(r.err)); // names the file
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), entries);
}

void TestCommandLine::subcommandsNeedNoDisplay()
{
    // The environment every run gets has no display and no platform chosen: prove it on a
    // plain child before relying on it.
    const Run env = run({}, QStringLiteral("/usr/bin/env"));
    QCOMPARE(env.exitCode, 0);
    const QStringList variables = env.out.split(QLatin1Char('\n'));
    for (const char *name : {"DISPLAY=", "WAYLAND_DISPLAY=", "QT_QPA_PLATFORM="})
        QVERIFY2(variables.filter(QRegularExpression(QLatin1Char('^') + QLatin1String(name))).isEmpty(),
                 name);
    QVERIFY(!variables.filter(QRegularExpression(QStringLiteral("^HOME="))).isEmpty());

    const QString path = pathFor(QStringLiteral("headless.unfold"));
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--out"), path});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.isEmpty(), qPrintable(demo.err)); // no "could not connect to display" either
    const Run check = run({QStringLiteral("check"), QStringLiteral("--journal"), path});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
}

// Every command that reads a journal, as a script would run it on `path`.
static QList<QStringList> readingCommands(const QString &path, const QString &relationship,
                                          const QString &out)
{
    const QString journal = QStringLiteral("--journal");
    const QString rel = QStringLiteral("--relationship");
    return {
        {QStringLiteral("check"), journal, path},
        {QStringLiteral("metrics"), journal, path, rel, relationship},
        {QStringLiteral("export"), QStringLiteral("data"), journal, path, QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("--out"), out + QStringLiteral(".json")},
        {QStringLiteral("export"), QStringLiteral("data"), journal, path, QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), out + QStringLiteral("-csv")},
        {QStringLiteral("export"), QStringLiteral("chart"), journal, path, rel, relationship,
         QStringLiteral("--chart"), QStringLiteral("trust"), QStringLiteral("--out"),
         out + QStringLiteral(".png")},
        {QStringLiteral("report"), journal, path, rel, relationship, QStringLiteral("--out"),
         out + QStringLiteral(".pdf")},
    };
}

void TestCommandLine::readingCommandsRefuseWhatCheckRefuses_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("added trigger") << QStringLiteral(
        "CREATE TRIGGER wipe AFTER INSERT ON disclosures BEGIN DELETE FROM disclosures; END");
    QTest::newRow("dangling reference") << QStringLiteral(
        "PRAGMA foreign_keys = OFF; UPDATE sessions SET relationship_id = 999 WHERE rowid = "
        "(SELECT max(rowid) FROM sessions)");
    QTest::newRow("content not json") << QStringLiteral(
        "UPDATE people SET content = 'not json' WHERE rowid = (SELECT min(rowid) FROM people)");
    // An index that no longer matches its table: only the full integrity check sees it.
    QTest::newRow("broken index") << QStringLiteral(
        "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, '(session_id, position)', "
        "'(position, session_id)') WHERE name = 'disclosures_by_session'");
    QTest::newRow("negative format") << QStringLiteral("PRAGMA user_version = -1");
}

void TestCommandLine::readingCommandsRefuseWhatCheckRefuses()
{
    QFETCH(QString, sql);
    const QString path = pathFor(QStringLiteral("journal.unfold"));
    QString error;
    QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error), qPrintable(error));
    QString relationship;
    {
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY(journal);
        relationship = journal->relationshipTitle(journal->relationships().constFirst());
    }
    {
        // Changed the way another program would: with SQLite's safeguards off.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
        const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
    }
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());

    QString checkMessage;
    for (const QStringList &command : readingCommands(path, relationship, pathFor(QStringLiteral("out")))) {
        const Run r = run(command);
        const QString what = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        QVERIFY2(!r.crashed && r.exitCode == 1, qPrintable(what));
        if (checkMessage.isEmpty()) {
            const QStringList lines = r.err.split(QLatin1Char('\n')).filter(QLatin1String("journal.unfold"));
            QVERIFY2(!lines.isEmpty(), qPrintable(what));
            checkMessage = lines.constFirst().trimmed();
        }
        // The same words as `check`, whichever command met the journal.
        QVERIFY2(r.err.contains(checkMessage), qPrintable(what + QStringLiteral(" / ") + checkMessage));
        QVERIFY2(r.err.contains(QLatin1String("journal.unfold")), qPrintable(what));
    }
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), entries); // no output written either
}

void TestCommandLine::readingCommandsWriteNothingBesideAJournal()
{
    // A journal in another program's WAL mode, and a plain one, kept in a folder of their own.
    QDir().mkdir(pathFor(QStringLiteral("journals")));
    for (const bool wal : {false, true}) {
        const QString path = pathFor(QStringLiteral("journals/journal.unfold"));
        QFile::remove(path);
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 2, false, &error),
                 qPrintable(error));
        QString relationship;
        {
            JournalProblem problem;
            auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
            QVERIFY(journal);
            relationship = journal->relationshipTitle(journal->relationships().constFirst());
        }
        if (wal) {
            SqliteDatabase db;
            QVERIFY(db.open(path, SqliteDatabase::Mode::ReadWrite));
            QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        }
        const QByteArray before = test::sha256Of(path);
        const QFileInfo info(path);
        const QDateTime modified = info.lastModified();
        const QStringList entries = test::entriesOf(pathFor(QStringLiteral("journals")));
        for (const QStringList &command :
             readingCommands(path, relationship, pathFor(QStringLiteral("out")))) {
            const Run r = run(command);
            QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + r.err));
            QCOMPARE(test::entriesOf(pathFor(QStringLiteral("journals"))), entries);
        }
        QCOMPARE(test::sha256Of(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }
}

void TestCommandLine::aJournalFileGoesToTheWindow_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("relative") << QStringLiteral("mine.unfold");
    QTest::newRow("absolute") << QStringLiteral("@/mine.unfold");
    QTest::newRow("named like nothing") << QStringLiteral("./journal");
}

void TestCommandLine::aJournalFileGoesToTheWindow()
{
    QFETCH(QString, argument);
    QString error;
    QVERIFY2(DemoJournal::write(pathFor(QStringLiteral("mine.unfold")), DemoJournal::Profile::Personal, 1,
                                false, &error),
             qPrintable(error));
    QVERIFY(QFile::copy(pathFor(QStringLiteral("mine.unfold")), pathFor(QStringLiteral("journal"))));
    // Past the command line, the window needs a display, which a test does not have: that it
    // asks for one shows the journal was taken for opening.
    const Run result = run(withPaths({argument}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("graphical display")), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("unknown command")), qPrintable(result.err));
}

void TestCommandLine::aPathWithoutAJournalIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("no such journal") << QStringList{QStringLiteral("missing.unfold")} << 1
                                     << QStringLiteral("There is no journal at @/missing.unfold");
    QTest::newRow("no such folder") << QStringList{QStringLiteral("nowhere/mine")} << 1
                                    << QStringLiteral("There is no journal at @/nowhere/mine");
    QTest::newRow("a text file") << QStringList{QStringLiteral("notes.txt")} << 1
                                 << QStringLiteral("not an Unfold journal");
    QTest::newRow("a folder") << QStringList{QStringLiteral("@/sub")} << 1
                              << QStringLiteral("@/sub is a folder");
    QTest::newRow("a word that is neither")
        << QStringList{QStringLiteral("chek")} << 2 << QStringLiteral("unknown command 'chek'");
    QTest::newRow("two files") << QStringList{QStringLiteral("notes.txt"), QStringLiteral("notes.txt")} << 2
                               << QStringLiteral("one journal at a time");
    QTest::newRow("a file and --journal")
        << QStringList{QStringLiteral("--journal"), QStringLiteral("notes.txt"), QStringLiteral("notes.txt")}
        << 2 << QStringLiteral("one journal at a time");
}

void TestCommandLine::aPathWithoutAJournalIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentioned);
    QFile text(pathFor(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("shopping list\n") > 0);
    text.close();
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    const auto entries = test::entriesOf(m_dir->path());
    const Run result = run(withPaths(arguments));
    QCOMPARE(result.exitCode, exitCode);
    const QString expected = QString(mentioned).replace(QStringLiteral("@"), m_dir->path());
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("graphical display")), qPrintable(result.err));
    QCOMPARE(test::entriesOf(m_dir->path()), entries); // nothing made, nothing changed
}

void TestCommandLine::commandNamesComeBeforeFiles()
{
    QString error;
    QVERIFY(DemoJournal::write(pathFor(QStringLiteral("demo")), DemoJournal::Profile::Personal, 1, false,
                               &error));
    // `unfold demo` is the command (asking for its --out), whatever lies in the folder ...
    const Run command = run({QStringLiteral("demo")});
    QCOMPARE(command.exitCode, 2);
    QVERIFY2(command.err.contains(QLatin1String("--out")), qPrintable(command.err));
    // ... and ./demo the journal.
    const Run file = run({QStringLiteral("./demo")});
    QCOMPARE(file.exitCode, 1);
    QVERIFY2(file.err.contains(QLatin1String("graphical display")), qPrintable(file.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
