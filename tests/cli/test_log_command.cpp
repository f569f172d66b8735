// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold log` on the real binary: entries logged as the window logs them, acknowledged only once
// saved; bad entries, sessions and relationships refused with nothing written; a journal open in
// the window refused; an encrypted journal logged in with its passphrase.

#include "../core/JournalFingerprint.h"
#include "CliRun.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

class TestLogCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void logsIntoANewSession();
    void logsIntoTheLatestOrAGivenSession();
    void readsEntriesFromStandardInput();
    void refusesWithoutWriting_data();
    void refusesWithoutWriting();
    void refusesAJournalOpenElsewhere();
    void logsInAnEncryptedJournal();

private:
    test::CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return test::runUnfold(arguments, m_home->path(), m_dir->path(), input);
    }
    QStringList logArguments(const QStringList &more) const
    {
        return QStringList{QStringLiteral("log"), QStringLiteral("--journal"), m_path,
                           QStringLiteral("--relationship"), QStringLiteral("Alex & Sam")} +
               more;
    }
    std::unique_ptr<Journal> openJournal()
    {
        JournalProblem problem;
        return Journal::open(m_path, JournalStore::Access::ReadOnly, QString(), &problem);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_path;
};

void TestLogCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_home->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.unfold"));
    QString error;
    QVERIFY2(DemoJournal::write(m_path, DemoJournal::Profile::Personal, 1, false, &error), qPrintable(error));
}

void TestLogCommand::logsIntoANewSession()
{
    const test::CliRun r = run(logArguments(
        {QStringLiteral("--new-session"), QStringLiteral("--start"),
         QStringLiteral("2026-03-14T18:30:00+01:00"), QStringLiteral("--context"), QStringLiteral("video"),
         QStringLiteral("a42"), QStringLiteral("b 3 1 talked about mum")}));
    QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the session, then each disclosure once saved
    const qint64 sessionId = lines.at(0).toLongLong();

    auto journal = openJournal();
    QVERIFY(journal);
    const auto session = journal->session(sessionId);
    QVERIFY(session);
    QCOMPARE(session->start.toUTC(), QDateTime(QDate(2026, 3, 14), QTime(17, 30), QTimeZone::utc()));
    QCOMPARE(session->context, SessionContext::Video);
    const QList<Disclosure> logged = journal->disclosures(sessionId);
    QCOMPARE(logged.size(), 2);
    QList<Topic> visible;
    for (const Topic &t : journal->topics())
        if (!t.hidden)
            visible.append(t);
    QCOMPARE(logged.at(0).id, lines.at(1).toLongLong());
    QCOMPARE(logged.at(0).speaker, Speaker::A);
    QCOMPARE(logged.at(0).topicId, visible.at(3).id); // the 4th topic as the list numbers them
    QCOMPARE(logged.at(0).depth, 2);
    QCOMPARE(logged.at(1).speaker, Speaker::B);
    QCOMPARE(logged.at(1).topicId, visible.at(2).id);
    QCOMPARE(logged.at(1).depth, 1);
    QCOMPARE(logged.at(1).note, QStringLiteral("talked about mum"));
    QCOMPARE(logged.at(1).position, 1);
}

void TestLogCommand::logsIntoTheLatestOrAGivenSession()
{
    qint64 latest = 0;
    qint64 first = 0;
    int latestCount = 0;
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 relationship = journal->relationships().constFirst().id;
        const auto sessions = journal->sessionSummaries(relationship);
        first = sessions.constFirst().session.id;
        latest = sessions.constLast().session.id;
        latestCount = int(journal->disclosures(latest).size());
    }
    test::CliRun r = run(logArguments({QStringLiteral("a11 into the latest")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n')).constFirst().toLongLong(), latest);
    r = run(logArguments({QStringLiteral("--session"), QString::number(first), QStringLiteral("b21")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n')).constFirst().toLongLong(), first);
    auto journal = openJournal();
    QCOMPARE(journal->disclosures(latest).size(), latestCount + 1);
    QCOMPARE(journal->disclosures(latest).constLast().note, QStringLiteral("into the latest"));
    QCOMPARE(journal->disclosures(latest).constLast().position, latestCount);
    QCOMPARE(journal->disclosures(first).constLast().speaker, Speaker::B);
}

void TestLogCommand::readsEntriesFromStandardInput()
{
    const test::CliRun r = run(logArguments({QStringLiteral("--new-session"), QStringLiteral("-")}),
                               "a11 one\n\nb22 two\r\na31 three\nz9\nb11 never\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("line 5")), qPrintable(r.err)); // the blank line counts
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    auto journal = openJournal();
    const QList<Disclosure> logged = journal->disclosures(lines.at(0).toLongLong());
    QCOMPARE(logged.size(), 3); // what came before the bad line is saved, nothing after it
    QCOMPARE(logged.at(1).note, QStringLiteral("two"));
    QCOMPARE(logged.at(2).note, QStringLiteral("three"));
}

void TestLogCommand::refusesWithoutWriting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad entry among good")
        << QStringList{QStringLiteral("--new-session"), QStringLiteral("a11"), QStringLiteral("a19")} << 2
        << QStringLiteral("\"a19\"");
    QTest::newRow("no entry") << QStringList{} << 2 << QStringLiteral("ENTRY");
    QTest::newRow("unknown session") << QStringList{QStringLiteral("--session"), QStringLiteral("99999"),
                                                    QStringLiteral("a11")}
                                     << 1 << QStringLiteral("99999");
    QTest::newRow("both sessions") << QStringList{QStringLiteral("--session"), QStringLiteral("1"),
                                                  QStringLiteral("--new-session"), QStringLiteral("a11")}
                                   << 2 << QStringLiteral("--new-session");
    QTest::newRow("bad start") << QStringList{QStringLiteral("--new-session"), QStringLiteral("--start"),
                                              QStringLiteral("yesterday"), QStringLiteral("a11")}
                               << 2 << QStringLiteral("yesterday");
    QTest::newRow("bad context") << QStringList{QStringLiteral("--new-session"), QStringLiteral("--context"),
                                                QStringLiteral("letter"), QStringLiteral("a11")}
                                 << 2 << QStringLiteral("letter");
    QTest::newRow("start without new session")
        << QStringList{QStringLiteral("--start"), QStringLiteral("2026-01-01T10:00"), QStringLiteral("a11")}
        << 2 << QStringLiteral("--new-session");
}

void TestLogCommand::refusesWithoutWriting()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QByteArray before = test::sha256Of(m_path);
    const QStringList entries = test::entriesOf(m_dir->path());
    test::CliRun r = run(logArguments(arguments));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // nothing acknowledged
    QCOMPARE(test::sha256Of(m_path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), entries);

    r = run({QStringLiteral("log"), QStringLiteral("--journal"), m_path, QStringLiteral("--relationship"),
             QStringLiteral("Nobody & Else"), QStringLiteral("a11")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Alex & Sam")), qPrintable(r.err)); // lists what there is
    QCOMPARE(test::sha256Of(m_path), before);
}

void TestLogCommand::refusesAJournalOpenElsewhere()
{
    JournalProblem problem;
    auto window = Journal::open(m_path, JournalStore::Access::ReadWrite, QString(), &problem);
    QVERIFY(window);
    const QByteArray before = test::sha256Of(m_path);
    const test::CliRun r = run(logArguments({QStringLiteral("a11")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.trimmed().isEmpty(), "says why");
    QCOMPARE(test::sha256Of(m_path), before);
}

void TestLogCommand::logsInAnEncryptedJournal()
{
    const QString encrypted = m_dir->filePath(QStringLiteral("secret.unfold"));
    const QString passphrase = m_dir->filePath(QStringLiteral("passphrase"));
    QFile file(passphrase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("correct horse battery\n");
    file.close();
    test::CliRun r = run({QStringLiteral("demo"), QStringLiteral("--out"), encrypted,
                          QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), passphrase});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_path = encrypted;
    r = run(logArguments({QStringLiteral("a11 secret words")}));
    QCOMPARE(r.exitCode, 1); // no passphrase given
    r = run(
        logArguments({QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("a11 secret words")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The note is in the journal, and nowhere on disk in plain text.
    QFile raw(encrypted);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("secret words"));
    QString error;
    auto key = JournalKey::forJournal(encrypted, QStringLiteral("correct horse battery"), &error);
    QVERIFY2(key, qPrintable(error));
    JournalProblem problem;
    auto journal =
        Journal::open(encrypted, JournalStore::Access::ReadOnly, QString(), &problem, std::move(key));
    QVERIFY2(journal, qPrintable(problem.message));
    const qint64 session = r.out.split(QLatin1Char('\n')).constFirst().toLongLong();
    QCOMPARE(journal->disclosures(session).constLast().note, QStringLiteral("secret words"));
}

QTEST_GUILESS_MAIN(TestLogCommand)
#include "test_log_command.moc"
