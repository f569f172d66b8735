// SPDX-License-Identifier: GPL-3.0-or-later
// Every command about one relationship opens it the same way (RelationshipArgument): the same
// refusals, worded the same, for a missing --journal or --relationship, a relationship the journal
// does not hold, and a --session of another relationship; and a refused command writes nothing.
#include "../core/CoupleJournal.h"
#include "CliRun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using unfold::test::CliRun;

class TestRelationshipCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    qint64 m_otherSession = 0; // a session of another relationship in the same journal

    // Each command with what it needs besides the relationship: an output file where it writes one.
    static QList<QPair<QString, QStringList>> commands()
    {
        const QString out = QStringLiteral("--out");
        return {
            {QStringLiteral("insights"), {QStringLiteral("insights")}},
            {QStringLiteral("metrics"), {QStringLiteral("metrics"), QStringLiteral("--summary")}},
            {QStringLiteral("report"), {QStringLiteral("report"), out, QStringLiteral("report.pdf")}},
            {QStringLiteral("score"), {QStringLiteral("score")}},
            {QStringLiteral("export chart"),
             {QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("--chart"),
              QStringLiteral("onion"), out, QStringLiteral("onion.png")}},
        };
    }

    static bool takesSession(const QString &command) { return command != QLatin1String("export chart"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(QStringLiteral("j.unfold"));
        QList<qint64> sessions;
        auto journal = unfold::testing::writeCoupleJournal(m_journal, &sessions);
        QVERIFY(journal);
        Person c{0, QStringLiteral("Cleo"), {}, false};
        Person d{0, QStringLiteral("Dan"), {}, false};
        QVERIFY(journal->savePerson(c) && journal->savePerson(d));
        Relationship other{0, c.id, d.id, RelationshipKind::Friend, QDate(2020, 1, 1), Stage::Unset};
        QVERIFY(journal->saveRelationship(other));
        Session session{0, other.id, QDateTime(QDate(2025, 4, 1), QTime(9, 0), QTimeZone::utc()), {}, {}, {}};
        QVERIFY(journal->saveSession(session));
        m_otherSession = session.id;
    }

    void refusalsAreTheSameInEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString journal = QStringLiteral("--journal");
        const QString relationship = QStringLiteral("--relationship");
        for (const auto &[name, command] : commands()) {
            const QByteArray n = name.toUtf8();
            // Without --journal `unfold score` scores a file of answers: another mode, refused otherwise.
            if (name != QLatin1String("score"))
                QTest::newRow(QByteArray(n + ": no journal").constData())
                    << command << QStringList{relationship, QStringLiteral("1")} << 2
                    << QStringLiteral("--journal FILE is required");
            QTest::newRow(QByteArray(n + ": no relationship").constData())
                << command << QStringList{journal, m_journal} << 2
                << QStringLiteral("--relationship NAME is required");
            QTest::newRow(QByteArray(n + ": unknown relationship").constData())
                << command << QStringList{journal, m_journal, relationship, QStringLiteral("Eve & Finn")} << 1
                << QStringLiteral(
                       "no relationship 'Eve & Finn' in this journal; there are: Anna & Ben, Cleo & Dan");
            if (!takesSession(name))
                continue;
            QTest::newRow(QByteArray(n + ": another relationship's session").constData())
                << command
                << QStringList{journal,
                               m_journal,
                               relationship,
                               QStringLiteral("anna & ben"),
                               QStringLiteral("--session"),
                               QString::number(m_otherSession)}
                << 1 << QStringLiteral("session %1 is not a session of Anna & Ben").arg(m_otherSession);
            QTest::newRow(QByteArray(n + ": session not an id").constData())
                << command << QStringList{journal,
                                          m_journal,
                                          relationship,
                                          QStringLiteral("1"),
                                          QStringLiteral("--session"),
                                          QStringLiteral("last")}
                << 2 << QStringLiteral("--session needs a session id, a whole number (got 'last')");
        }
    }

    void refusalsAreTheSameInEveryCommand()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir work;
        const CliRun run = unfold::test::runUnfold(command + arguments, work.path(), work.path());
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        // Nothing written where the command would have put its picture or report.
        QCOMPARE(QDir(work.path()).entryList(QDir::Files), QStringList());
    }

    void theSessionNamedIsTheOneUsed()
    {
        // Controls for the refusals: the same commands succeed on the relationship's own session.
        QList<qint64> sessions;
        QTemporaryDir work;
        const QString path = work.filePath(QStringLiteral("couple.unfold"));
        QVERIFY(unfold::testing::writeCoupleJournal(path, &sessions));
        for (const auto &[name, command] : commands()) {
            QStringList arguments = command;
            arguments << QStringLiteral("--journal") << path << QStringLiteral("--relationship")
                      << QStringLiteral("Anna & Ben");
            if (takesSession(name))
                arguments << QStringLiteral("--session") << QString::number(sessions.at(1));
            const CliRun run = unfold::test::runUnfold(arguments, work.path(), work.path());
            QVERIFY2(run.exitCode == 0, qPrintable(name + QLatin1String(": ") + run.err));
        }
        // The session named is the one used, not the latest.
        const CliRun insights = unfold::test::runUnfold(
            {QStringLiteral("insights"), QStringLiteral("--journal"), path, QStringLiteral("--relationship"),
             QStringLiteral("Anna & Ben"), QStringLiteral("--session"), QString::number(sessions.at(1)),
             QStringLiteral("--format"), QStringLiteral("json")},
            work.path(), work.path());
        QCOMPARE(insights.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(insights.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("session_id")).toInteger(), sessions.at(1));
        QCOMPARE(shown.value(QStringLiteral("session_number")).toInt(), 2);
        QVERIFY(QFileInfo::exists(work.filePath(QStringLiteral("report.pdf"))));
        QVERIFY(QFileInfo::exists(work.filePath(QStringLiteral("onion.png"))));
    }
};

QTEST_GUILESS_MAIN(TestRelationshipCommands)
#include "test_relationship_commands.moc"
