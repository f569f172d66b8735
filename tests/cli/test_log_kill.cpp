// SPDX-License-Identifier: GPL-3.0-or-later
// The edit path under SIGKILL: `unfold log` writes entries and acknowledges each once it is
// saved; it is killed at random moments (starting, opening, making a session or a backup, in
// the middle of a save). Afterwards every acknowledged entry is in the journal, the journal
// passes the full check and reopens, and no temporary file is left.

#include "../core/JournalFingerprint.h"
#include "CliRun.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "PrivateFiles.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace unfold;

class TestLogKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedEntriesSurviveKills();

private:
    // Every file under `folder` whose name marks it as temporary or left over by a cut-off save.
    static QStringList debrisUnder(const QString &folder);
    // What the next open finds after a kill: every acknowledged entry, a whole journal, no debris.
    void verify(const QString &path, const QString &home, const QHash<qint64, QString> &acknowledged);
};

QStringList TestLogKill::debrisUnder(const QString &folder)
{
    QStringList debris;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (name.endsWith(QLatin1String(".part")) || name.endsWith(QLatin1String(".old")) ||
            name.endsWith(QLatin1String("-journal")) || name.endsWith(QLatin1String("-wal")) ||
            name.endsWith(QLatin1String("-shm")) || name.contains(QLatin1String(".part-")))
            debris.append(it.filePath());
    }
    return debris;
}

void TestLogKill::verify(const QString &path, const QString &home, const QHash<qint64, QString> &acknowledged)
{
    {
        // Opening for editing is what recovers: it plays a cut-off save back and takes over the
        // dead process's lock, exactly as the next `unfold log` or the window would.
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        QHash<qint64, QString> found;
        for (const Relationship &r : journal->relationships())
            for (const Disclosure &d : journal->disclosuresOfRelationship(r.id))
                found.insert(d.id, d.note);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            QVERIFY2(
                found.contains(it.key()),
                qPrintable(
                    QStringLiteral("acknowledged entry %1 (%2) is missing").arg(it.key()).arg(it.value())));
            QCOMPARE(found.value(it.key()), it.value());
        }
    }
    const JournalProblem problem = JournalStore::inspect(path, nullptr, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    // What a kill left beside the journal or among its backups is swept by the next writer.
    for (const QString &folder : {QFileInfo(path).absolutePath(), home})
        PrivateFiles::removeLeftovers(folder);
    QDirIterator backups(home, {QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (backups.hasNext())
        PrivateFiles::removeLeftovers(backups.next());
    const QStringList debris = debrisUnder(QFileInfo(path).absolutePath()) + debrisUnder(home);
    QVERIFY2(debris.isEmpty(), qPrintable(debris.join(QLatin1Char(' '))));
}

void TestLogKill::acknowledgedEntriesSurviveKills()
{
    QTemporaryDir dir;
    QTemporaryDir home;
    QVERIFY(dir.isValid() && home.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.unfold"));
    QString error;
    QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error), qPrintable(error));

    // Bounded both ways: enough kills to land in every phase, never longer than the budget.
    const int wantedKills =
        qEnvironmentVariableIntValue("UNFOLD_KILLS") > 0 ? qEnvironmentVariableIntValue("UNFOLD_KILLS") : 150;
    constexpr qint64 budgetMs = 90'000;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);

    QHash<qint64, QString> acknowledged;
    // Kill times are spread over how long a whole run takes on this machine (a sanitizer build
    // is several times slower), so kills land in every phase of it, early and late.
    qint64 runMs = 0;
    {
        QByteArray input;
        for (int n = 0; n < 200; ++n)
            input += "a11 timing\n";
        QElapsedTimer timing;
        timing.start();
        const test::CliRun r = test::runUnfold({QStringLiteral("log"), QStringLiteral("--journal"), path,
                                                QStringLiteral("--relationship"),
                                                QStringLiteral("Alex & Sam"), QStringLiteral("-")},
                                               home.path(), dir.path(), input);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        runMs = std::max<qint64>(50, timing.elapsed());
    }
    int kills = 0;
    int runs = 0;
    int entriesSent = 0;
    QElapsedTimer clock;
    clock.start();
    while (kills < wantedKills && clock.elapsed() < budgetMs) {
        ++runs;
        QStringList arguments{QStringLiteral("log"), QStringLiteral("--journal"), path,
                              QStringLiteral("--relationship"), QStringLiteral("Alex & Sam")};
        if (runs % 4 == 0)
            arguments << QStringLiteral("--new-session");
        arguments << QStringLiteral("-");
        QStringList notes;
        QByteArray input;
        for (int n = 0; n < 200; ++n) {
            const QString note = QStringLiteral("run %1 entry %2").arg(runs).arg(n);
            notes.append(note);
            input += QStringLiteral("%1%2%3 %4\n")
                         .arg(n % 2 ? QLatin1Char('b') : QLatin1Char('a'))
                         .arg(1 + n % 9)
                         .arg(1 + n % 3)
                         .arg(note)
                         .toUtf8();
        }
        entriesSent += int(notes.size());
        QProcess process;
        process.setProcessEnvironment(test::cliEnvironment(home.path()));
        process.start(QStringLiteral(UNFOLD_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        process.write(input);
        QVERIFY(process.waitForBytesWritten(10'000)); // no event loop runs while this thread sleeps
        process.closeWriteChannel();
        QThread::msleep(random.bounded(quint32(runMs)));
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // SIGKILL: no destructor, no flush, no cleanup runs
            ++kills;
        }
        QVERIFY(process.waitForFinished(30'000));
        // A line on standard output was written after its entry's commit returned.
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i)
            acknowledged.insert(lines.at(i).toLongLong(), notes.at(i - 1));
        if (process.exitStatus() == QProcess::NormalExit)
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        if (runs % 25 == 0) {
            verify(path, home.path(), acknowledged);
            if (QTest::currentTestFailed())
                return;
        }
    }
    verify(path, home.path(), acknowledged);
    qInfo("a whole run takes %lld ms; %d runs, %d killed, %d entries sent, %lld acknowledged and checked, "
          "%lld ms",
          qint64(runMs), runs, kills, entriesSent, qint64(acknowledged.size()), qint64(clock.elapsed()));
    QVERIFY2(kills >= 50, "too few kills landed to prove anything");
    QVERIFY2(acknowledged.size() > 50, "too few entries were acknowledged before the kills");
}

QTEST_GUILESS_MAIN(TestLogKill)
#include "test_log_kill.moc"
