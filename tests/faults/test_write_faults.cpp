// SPDX-License-Identifier: GPL-3.0-or-later
// Every write, sync and rename of a whole command's run fails in turn (a full disk at each
// moment): an edit, a backup, a format upgrade, `demo`, `export data` (CSV, JSON), `export
// chart` (PNG, SVG, PDF), `report` and `score`. Each time the command says so and exits
// non-zero, what was on disk before is as it was, and nothing is left beside it.

#include "../cli/CliRun.h"
#include "../core/JournalFingerprint.h"
#include "DemoJournal.h"
#include "Journal.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

namespace {

struct Outcome
{
    int exitCode = -1;
    bool crashed = true;
    QString out;
    QString err;
    long counted = -1; // writes, syncs and renames the run made
    bool faultReached = false;
    QString faultFile; // the file the failed call was on
};

// Every file and folder under `root` with its content's hash: what "as it was, and nothing
// beside it" is compared by.
QStringList stateOf(const QString &root)
{
    QStringList state;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        // The lock marks a journal in use while a command runs; QLockFile removes it on exit.
        state.append(it.fileInfo().isDir()
                         ? QString(relative + QLatin1Char('/'))
                         : QString(relative + QLatin1Char(' ') + QString::fromLatin1(test::sha256Of(path))));
    }
    state.sort();
    return state;
}

QString differences(const QStringList &before, const QStringList &after)
{
    QStringList changed;
    for (const QString &line : after)
        if (!before.contains(line))
            changed.append(line);
    for (const QString &line : before)
        if (!after.contains(line))
            changed.append(QStringLiteral("(was) ") + line);
    return changed.join(QStringLiteral("\n  "));
}

struct Counts
{
    int sessions = -1;
    int disclosures = -1;
};

Counts countsOf(const QString &path)
{
    Counts counts;
    if (!QFileInfo(path).isFile())
        return counts;
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return counts;
    counts.sessions = int(db.scalar(QStringLiteral("SELECT count(*) FROM sessions")).value_or(-1));
    counts.disclosures = int(db.scalar(QStringLiteral("SELECT count(*) FROM disclosures")).value_or(-1));
    return counts;
}

// Hidden files are Unfold's temporaries (a write in progress); none may outlive a run.
QStringList leftoversIn(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName().startsWith(QLatin1Char('.')))
            found.append(QDir(root).relativeFilePath(it.filePath()));
    }
    return found;
}

// A backup is there whole or not at all.
bool backupsAreWhole(const QString &home, QString *problem)
{
    QDirIterator it(home, {QStringLiteral("*.unfold")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        int version = 0;
        const JournalProblem p = JournalStore::inspect(path, &version, true);
        if (p) {
            *problem = path + QStringLiteral(": ") + p.message;
            return false;
        }
    }
    return true;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

class TestWriteFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFaultIsReportedAndHarmless_data();
    void everyFaultIsReportedAndHarmless();
    void aSaveWaitsForTheBackupBeingCopied();
    void aSaveDoesNotWaitForTheBackupsSync();

private:
    Outcome run(const QString &workDir, const QStringList &arguments, long failAt);
    QString startLogHoldingTheBackup(const QString &name, const QString &slow, QProcess &process,
                                     QByteArray &out);

    QTemporaryDir m_template;
    QTemporaryDir m_scratch;
    int m_totalFaults = 0;
};

void TestWriteFaults::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UNFOLD_FAULTS_LIBRARY)));
    QVERIFY(m_template.isValid() && m_scratch.isValid());
    auto path = [&](const char *name) { return m_template.filePath(QString::fromLatin1(name)); };
    QString error;
    QVERIFY2(DemoJournal::write(path("journal.unfold"), DemoJournal::Profile::Personal, 1, false, &error),
             qPrintable(error));
    // A journal in the previous format, which opening for editing upgrades.
    QVERIFY(QFile::copy(path("journal.unfold"), path("old.unfold")));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path("old.unfold"), SqliteDatabase::Mode::ReadWrite));
        QVERIFY(db.exec(
            QStringLiteral("DROP TABLE session_matches; DROP TABLE partner_accounts; "
                           "DROP TABLE questionnaire_scores; DROP TABLE questionnaire_administrations; "
                           "PRAGMA user_version = 2")));
    }
    int version = 0;
    const JournalProblem problem = JournalStore::inspect(path("old.unfold"), &version, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    QCOMPARE(version, 2);
    // Earlier results of every export, which a failed export must leave as they are.
    QVERIFY(QFile::copy(path("journal.unfold"), path("earlier-demo.unfold")));
    for (const char *name :
         {"chart.png", "chart.svg", "chart.pdf", "data.json", "report.pdf", "scores.csv"}) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier export\n");
    }
    QVERIFY(QDir().mkpath(path("data-csv")));
    for (const char *name : {"sessions.csv", "disclosures.csv", "people.csv"}) {
        QFile file(path("data-csv/") + QString::fromLatin1(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier export\n");
    }
    QVERIFY(
        QFile::copy(QStringLiteral(UNFOLD_TEST_DATA "/instruments/shrout-fleiss.csv"), path("answers.csv")));
}

Outcome TestWriteFaults::run(const QString &workDir, const QStringList &arguments, long failAt)
{
    QProcess process;
    QProcessEnvironment env = test::cliEnvironment(workDir + QStringLiteral("/home"));
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(UNFOLD_FAULTS_LIBRARY));
    // Under the sanitizers the preloaded module comes before their runtime; that is fine here.
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("verify_asan_link_order=0:detect_leaks=0"));
    const QString report = m_scratch.filePath(QStringLiteral("report"));
    QFile::remove(report);
    env.insert(QStringLiteral("UNFOLD_FAULT_REPORT"), report);
    env.insert(QStringLiteral("UNFOLD_FAULT_AT"), QString::number(failAt));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(UNFOLD_BINARY), arguments);
    Outcome outcome;
    if (!process.waitForStarted() || !process.waitForFinished(60'000))
        return outcome;
    outcome.crashed = process.exitStatus() != QProcess::NormalExit;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray line = file.readAll().trimmed();
        const QList<QByteArray> fields = line.split(' ');
        outcome.counted = fields.value(0).toLong();
        outcome.faultReached = fields.value(1) == "1";
        outcome.faultFile = QFile::decodeName(line.mid(fields.value(0).size() + fields.value(1).size() + 2));
    }
    return outcome;
}

void TestWriteFaults::everyFaultIsReportedAndHarmless_data()
{
    QTest::addColumn<QStringList>("arguments");
    // An edit may leave its journal changed, by what it acknowledged and nothing else.
    QTest::addColumn<QString>("editedJournal");
    const QString journal = QStringLiteral("--journal");
    const QString rel = QStringLiteral("--relationship");
    const QString out = QStringLiteral("--out");
    // Logging makes a backup when editing begins (the test's home has none yet), so these rows
    // fail writes of the edit and of the backup; the old-format journal is upgraded first.
    const auto log = [&](const char *file, const QStringList &more) {
        return QStringList{QStringLiteral("log"), journal, QString::fromLatin1(file), rel,
                           QStringLiteral("1")} +
               more + QStringList{QStringLiteral("a11 first"), QStringLiteral("b23")};
    };
    QTest::newRow("edit and backup") << log("journal.unfold", {}) << QStringLiteral("journal.unfold");
    QTest::newRow("edit in a new session")
        << log("journal.unfold", {QStringLiteral("--new-session")}) << QStringLiteral("journal.unfold");
    QTest::newRow("upgrade and edit") << log("old.unfold", {}) << QStringLiteral("old.unfold");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), out, QStringLiteral("earlier-demo.unfold"),
                                         QStringLiteral("--force")}
                          << QString();
    QTest::newRow("export data csv") << QStringList{QStringLiteral("export"),
                                                    QStringLiteral("data"),
                                                    journal,
                                                    QStringLiteral("journal.unfold"),
                                                    QStringLiteral("--format"),
                                                    QStringLiteral("csv"),
                                                    out,
                                                    QStringLiteral("data-csv")}
                                     << QString();
    QTest::newRow("export data json") << QStringList{QStringLiteral("export"),
                                                     QStringLiteral("data"),
                                                     journal,
                                                     QStringLiteral("journal.unfold"),
                                                     QStringLiteral("--format"),
                                                     QStringLiteral("json"),
                                                     out,
                                                     QStringLiteral("data.json")}
                                      << QString();
    for (const char *format : {"png", "svg", "pdf"})
        QTest::newRow(qPrintable(QStringLiteral("export chart %1").arg(QString::fromLatin1(format))))
            << QStringList{QStringLiteral("export"),
                           QStringLiteral("chart"),
                           journal,
                           QStringLiteral("journal.unfold"),
                           rel,
                           QStringLiteral("1"),
                           QStringLiteral("--chart"),
                           QStringLiteral("trust"),
                           out,
                           QStringLiteral("chart.") + QString::fromLatin1(format)}
            << QString();
    QTest::newRow("report")
        << QStringList{QStringLiteral("report"), journal, QStringLiteral("journal.unfold"), rel,
                       QStringLiteral("1"),      out,     QStringLiteral("report.pdf")}
        << QString();
    QTest::newRow("score") << QStringList{QStringLiteral("score"),
                                          QStringLiteral("--instrument"),
                                          QStringLiteral(UNFOLD_TEST_DATA "/instruments/shrout-fleiss.json"),
                                          QStringLiteral("--in"),
                                          QStringLiteral("answers.csv"),
                                          out,
                                          QStringLiteral("scores.csv")}
                           << QString();
}

void TestWriteFaults::everyFaultIsReportedAndHarmless()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, editedJournal);
    const QStringList before = stateOf(m_template.path());
    const Counts countsBefore = countsOf(m_template.filePath(editedJournal));

    // A run without a fault: it succeeds, and says how many writes, syncs and renames it made.
    const QString clean = m_scratch.filePath(QStringLiteral("clean"));
    QDir(clean).removeRecursively();
    QVERIFY(copyTree(m_template.path(), clean));
    const Outcome reference = run(clean, arguments, 0);
    QVERIFY2(!reference.crashed && reference.exitCode == 0, qPrintable(reference.err));
    QVERIFY2(reference.counted > 0, "the fault library was not loaded");

    int injected = 0;
    int unsaid = 0;
    for (long n = 1; n <= reference.counted; ++n) {
        const QString work = m_scratch.filePath(QStringLiteral("work"));
        QDir(work).removeRecursively();
        QVERIFY(copyTree(m_template.path(), work));
        const Outcome o = run(work, arguments, n);
        const QString what = QStringLiteral("fault %1 of %2: exit %3, %4")
                                 .arg(n)
                                 .arg(reference.counted)
                                 .arg(o.exitCode)
                                 .arg(o.err.trimmed());
        QVERIFY2(!o.crashed, qPrintable(what));
        if (!o.faultReached)
            continue; // this run made fewer calls (no backup due, say): nothing failed
        ++injected;
        if (o.exitCode == 0) {
            // Only Unfold's note that it left a journal whole may fail unsaid: losing it loses
            // nothing but the next opening's whole check (CheckedJournals). The run is otherwise
            // the clean one, and leaves nothing behind.
            QVERIFY2(o.faultFile.contains(QLatin1String("checked-journals")),
                     qPrintable(what + QStringLiteral("\nfailed on: ") + o.faultFile));
            QCOMPARE(o.out, reference.out);
            QVERIFY2(leftoversIn(work).isEmpty(), qPrintable(what + QStringLiteral("\nleft: ") +
                                                             leftoversIn(work).join(QLatin1Char(' '))));
            ++unsaid;
            continue;
        }
        // Never a failure reported as success, never a failure without a word.
        QVERIFY2(o.exitCode != 0, qPrintable(what));
        QVERIFY2(!o.err.trimmed().isEmpty(), qPrintable(what));
        // Everything as it was, and nothing beside it: no temporary file, no half a copy.
        QVERIFY2(leftoversIn(work).isEmpty(),
                 qPrintable(what + QStringLiteral("\nleft: ") + leftoversIn(work).join(QLatin1Char(' '))));
        QString backupProblem;
        QVERIFY2(backupsAreWhole(work + QStringLiteral("/home"), &backupProblem),
                 qPrintable(what + QLatin1Char('\n') + backupProblem));
        QDir(work + QStringLiteral("/home")).removeRecursively();
        QStringList after = stateOf(work);
        if (!editedJournal.isEmpty()) {
            const QString path = work + QLatin1Char('/') + editedJournal;
            int version = 0;
            const JournalProblem problem = JournalStore::inspect(path, &version, true);
            QVERIFY2(!problem, qPrintable(what + QStringLiteral("\njournal: ") + problem.message));
            // What was acknowledged on standard output (a session id, then each entry's id) is
            // saved; nothing else was added.
            const QStringList lines = o.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const bool newSession = arguments.contains(QStringLiteral("--new-session"));
            const Counts counts = countsOf(path);
            QCOMPARE(counts.sessions, countsBefore.sessions + (newSession && !lines.isEmpty() ? 1 : 0));
            QCOMPARE(counts.disclosures, countsBefore.disclosures + std::max(qsizetype(0), lines.size() - 1));
            // An upgrade that went through keeps the journal as it was before, whole, beside it.
            const QString copy = path + QStringLiteral(".format-2.backup");
            if (QFileInfo::exists(copy)) {
                const JournalProblem copyProblem = JournalStore::inspect(copy, &version, true);
                QVERIFY2(!copyProblem, qPrintable(what + QStringLiteral("\ncopy: ") + copyProblem.message));
                QCOMPARE(version, 2);
                QCOMPARE(countsOf(copy).disclosures, countsBefore.disclosures);
                QCOMPARE(QFileInfo(copy).permissions() &
                             ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                         QFile::Permissions());
                after.removeIf(
                    [&](const QString &line) { return line.startsWith(QFileInfo(copy).fileName()); });
            }
            // The journal's own line is left out of the comparison; everything else must be as it was.
            const QString prefix = editedJournal + QLatin1Char(' ');
            after.removeIf([&](const QString &line) { return line.startsWith(prefix); });
            QStringList expected = before;
            expected.removeIf([&](const QString &line) { return line.startsWith(prefix); });
            const QString changed = differences(expected, after);
            QVERIFY2(changed.isEmpty(), qPrintable(what + QStringLiteral("\nchanged: ") + changed));
            continue;
        }
        const QString changed = differences(before, after);
        QVERIFY2(changed.isEmpty(), qPrintable(what + QStringLiteral("\nchanged: ") + changed));
    }
    m_totalFaults += injected;
    qInfo("%s: %ld calls, %d faults injected, %d of them in the record of journals checked",
          QTest::currentDataTag(), reference.counted, injected, unsaid);
    QVERIFY(injected > unsaid);
}

// `unfold log` on a fresh copy of the journal, with the fault library holding the backup's first
// write or sync (`slow`: UNFOLD_FAULT_SLOW or UNFOLD_FAULT_SLOW_SYNC) for 6 s: started, its first
// entry saved and the backup begun, and half a second given to the copy to reach what is held.
// Returns the copy's folder; `out` holds what the command has printed.
QString TestWriteFaults::startLogHoldingTheBackup(const QString &name, const QString &slow, QProcess &process,
                                                  QByteArray &out)
{
    const QString work = m_scratch.filePath(name);
    QDir(work).removeRecursively();
    if (!copyTree(m_template.path(), work))
        return {};
    QProcessEnvironment env = test::cliEnvironment(work + QStringLiteral("/home"));
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(UNFOLD_FAULTS_LIBRARY));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("verify_asan_link_order=0:detect_leaks=0"));
    env.insert(slow, QStringLiteral("/backups/:6000"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(work);
    process.start(QStringLiteral(UNFOLD_BINARY),
                  {QStringLiteral("log"), QStringLiteral("--journal"), QStringLiteral("journal.unfold"),
                   QStringLiteral("--relationship"), QStringLiteral("1"), QStringLiteral("-")});
    if (!process.waitForStarted())
        return {};
    process.write("a11 first\n");
    // Its session's id, then the entry's: the first entry is saved, and the backup begun.
    while (out.count('\n') < 2 && process.waitForReadyRead(10'000))
        out += process.readAllStandardOutput();
    if (out.count('\n') != 2)
        return {};
    QTest::qWait(500);
    return work;
}

// A save made while the session's backup is being copied waits for the copy, rather than failing
// once SQLite's busy timeout (2 s) is over. The copy's first write is held 6 s (a slow disk, with
// its read lock on the journal held meanwhile); logging from standard input saves one entry,
// which starts the backup, and the next entry comes while the copy is held.
void TestWriteFaults::aSaveWaitsForTheBackupBeingCopied()
{
    const Counts before = countsOf(m_template.filePath(QStringLiteral("journal.unfold")));
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    QByteArray out;
    const QString work =
        startLogHoldingTheBackup(QStringLiteral("slow"), QStringLiteral("UNFOLD_FAULT_SLOW"), process, out);
    QVERIFY2(!work.isEmpty(), process.readAllStandardError().constData());
    process.write("b23\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30'000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QVERIFY2(timer.elapsed() >= 6000, "the backup's copy was not held: nothing tested");
    QCOMPARE(countsOf(work + QStringLiteral("/journal.unfold")).disclosures, before.disclosures + 2);
    QString problem;
    QVERIFY2(backupsAreWhole(work + QStringLiteral("/home"), &problem), qPrintable(problem));
}

// The save after the one that began a backup waits for the copy's read lock only, not for the
// copy's sync to the disk after it (on a decade's journal, most of the copy's time): the fault
// library holds the backup's first sync for 6 s, and the second entry is saved meanwhile.
void TestWriteFaults::aSaveDoesNotWaitForTheBackupsSync()
{
    const Counts before = countsOf(m_template.filePath(QStringLiteral("journal.unfold")));
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    QByteArray out;
    const QString work = startLogHoldingTheBackup(QStringLiteral("slow-sync"),
                                                  QStringLiteral("UNFOLD_FAULT_SLOW_SYNC"), process, out);
    QVERIFY2(!work.isEmpty(), process.readAllStandardError().constData());
    QElapsedTimer second;
    second.start();
    process.write("b23\n");
    while (out.count('\n') < 3 && process.waitForReadyRead(10'000))
        out += process.readAllStandardOutput();
    QCOMPARE(out.count('\n'), 3);
    QVERIFY2(
        second.elapsed() < 3000,
        qPrintable(
            QStringLiteral("the second entry waited %1 ms for the backup's sync").arg(second.elapsed())));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30'000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QVERIFY2(timer.elapsed() >= 6000, "the backup's sync was not held: nothing tested");
    QCOMPARE(countsOf(work + QStringLiteral("/journal.unfold")).disclosures, before.disclosures + 2);
    QString problem;
    QVERIFY2(backupsAreWhole(work + QStringLiteral("/home"), &problem), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "test_write_faults.moc"
