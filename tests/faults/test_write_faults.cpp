// SPDX-License-Identifier: GPL-3.0-or-later
// Every write, sync and rename of a whole command's run fails in turn (a full disk at each
// moment): an edit, a backup, a format upgrade, `demo`, `export data` (CSV, JSON), `export
// chart` (PNG, SVG, PDF), `report` and `score`. Each time the command says so and exits
// non-zero, what was on disk before is as it was, and nothing is left beside it.

#include "../core/JournalFingerprint.h"
#include "DemoJournal.h"
#include "Journal.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

namespace {

struct Outcome
{
    int exitCode = -1;
    bool crashed = true;
    QString err;
    long counted = -1; // writes, syncs and renames the run made
    bool faultReached = false;
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

private:
    Outcome run(const QString &workDir, const QStringList &arguments, long failAt);

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
            QStringLiteral("DROP TABLE questionnaire_scores; DROP TABLE questionnaire_administrations; "
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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = workDir + QStringLiteral("/home");
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
        outcome.counted = fields.value(0).toLong();
        outcome.faultReached = fields.value(1) == "1";
    }
    return outcome;
}

void TestWriteFaults::everyFaultIsReportedAndHarmless_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString journal = QStringLiteral("--journal");
    const QString rel = QStringLiteral("--relationship");
    const QString out = QStringLiteral("--out");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), out, QStringLiteral("earlier-demo.unfold"),
                                         QStringLiteral("--force")};
    QTest::newRow("export data csv") << QStringList{
        QStringLiteral("export"),   QStringLiteral("data"), journal, QStringLiteral("journal.unfold"),
        QStringLiteral("--format"), QStringLiteral("csv"),  out,     QStringLiteral("data-csv")};
    QTest::newRow("export data json") << QStringList{
        QStringLiteral("export"),   QStringLiteral("data"), journal, QStringLiteral("journal.unfold"),
        QStringLiteral("--format"), QStringLiteral("json"), out,     QStringLiteral("data.json")};
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
                           QStringLiteral("chart.") + QString::fromLatin1(format)};
    QTest::newRow("report") << QStringList{
        QStringLiteral("report"), journal, QStringLiteral("journal.unfold"), rel,
        QStringLiteral("1"),      out,     QStringLiteral("report.pdf")};
    QTest::newRow("score") << QStringList{QStringLiteral("score"),
                                          QStringLiteral("--instrument"),
                                          QStringLiteral(UNFOLD_TEST_DATA "/instruments/shrout-fleiss.json"),
                                          QStringLiteral("--in"),
                                          QStringLiteral("answers.csv"),
                                          out,
                                          QStringLiteral("scores.csv")};
}

void TestWriteFaults::everyFaultIsReportedAndHarmless()
{
    QFETCH(QStringList, arguments);
    const QStringList before = stateOf(m_template.path());

    // A run without a fault: it succeeds, and says how many writes, syncs and renames it made.
    const QString clean = m_scratch.filePath(QStringLiteral("clean"));
    QDir(clean).removeRecursively();
    QVERIFY(copyTree(m_template.path(), clean));
    const Outcome reference = run(clean, arguments, 0);
    QVERIFY2(!reference.crashed && reference.exitCode == 0, qPrintable(reference.err));
    QVERIFY2(reference.counted > 0, "the fault library was not loaded");

    int injected = 0;
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
        // Never a failure reported as success, never a failure without a word.
        QVERIFY2(o.exitCode != 0, qPrintable(what));
        QVERIFY2(!o.err.trimmed().isEmpty(), qPrintable(what));
        // Everything as it was, and nothing beside it: no temporary file, no half a copy.
        QDir(work + QStringLiteral("/home")).removeRecursively();
        const QStringList after = stateOf(work);
        if (after != before) {
            QStringList changed;
            for (const QString &line : after)
                if (!before.contains(line))
                    changed.append(line);
            for (const QString &line : before)
                if (!after.contains(line))
                    changed.append(QStringLiteral("(was) ") + line);
            QFAIL(qPrintable(what + QStringLiteral("\nchanged: ") + changed.join(QStringLiteral("\n  "))));
        }
    }
    m_totalFaults += injected;
    qInfo("%s: %ld calls, %d faults injected", QTest::currentDataTag(), reference.counted, injected);
    QVERIFY(injected > 0);
}

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "test_write_faults.moc"
