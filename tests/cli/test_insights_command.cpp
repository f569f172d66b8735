// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold insights` on the real binary: each insight with its rule id, sessions and values, only
// from sessions up to the one asked for, and clear refusals of wrong arguments.
#include "CliRun.h"
#include "Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;
using unfold::test::CliRun;

class TestInsightsCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QList<qint64> m_sessions;

    CliRun run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("insights"));
        return unfold::test::runUnfold(arguments, m_dir.path(), m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Partners since 2005: three balanced sessions, then three where Anna shares 6 to Ben's 1.
        m_journal = m_dir.filePath(QStringLiteral("j.unfold"));
        JournalProblem problem;
        auto journal = Journal::create(m_journal, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        Relationship r{0, a.id, b.id, RelationshipKind::Partner, QDate(2005, 6, 1), Stage::Unset};
        QVERIFY(journal->saveRelationship(r));
        const QList<Topic> topics = journal->topics();
        const int counts[][2] = {{2, 2}, {3, 3}, {2, 2}, {6, 1}, {6, 1}, {6, 1}};
        for (int s = 0; s < 6; ++s) {
            Session session{
                0,  r.id, QDateTime(QDate(2025, 3, 1).addDays(7 * s), QTime(18, 0), QTimeZone::utc()),
                {}, {},   {}};
            QVERIFY(journal->saveSession(session));
            m_sessions.append(session.id);
            int position = 0;
            for (Speaker who : {Speaker::A, Speaker::B}) {
                for (int i = 0; i < counts[s][who == Speaker::A ? 0 : 1]; ++i) {
                    Disclosure d;
                    d.sessionId = session.id;
                    d.position = position++;
                    d.speaker = who;
                    d.topicId = topics.at(i % 3).id;
                    d.depth = 3; // at the core from the first session: not early for partners of 20 years
                    QVERIFY(journal->saveDisclosure(d));
                }
            }
        }
    }

    void latestSessionByDefault()
    {
        const CliRun r = run({QStringLiteral("--journal"), m_journal, QStringLiteral("--relationship"),
                              QStringLiteral("Anna & Ben")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("up to session 6 of 6")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("[one-sided] Sharing has been one-sided lately")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Sessions: 4 (id %1), 5 (id %2), 6 (id %3)")
                                    .arg(m_sessions[3])
                                    .arg(m_sessions[4])
                                    .arg(m_sessions[5])),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("Anna shared 6 at mean depth 3.0; Ben shared 1 at mean depth 3.0")),
            qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("early-core")), qPrintable(r.out));
    }

    void onlySessionsUpToTheOneInView()
    {
        // As of session 2 the one-sided sessions 4–6 have not happened yet.
        const CliRun r =
            run({QStringLiteral("--journal"), m_journal, QStringLiteral("--relationship"),
                 QStringLiteral("anna & ben"), QStringLiteral("--session"), QString::number(m_sessions[1])});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("up to session 2 of 6")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("No insights")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("one-sided")), qPrintable(r.out));
    }

    void json()
    {
        const CliRun r =
            run({QStringLiteral("--journal"), m_journal, QStringLiteral("--relationship"),
                 QStringLiteral("Anna & Ben"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QStringLiteral("session_id")).toInteger(), m_sessions.last());
        QCOMPARE(document.value(QStringLiteral("session_number")).toInt(), 6);
        const QJsonArray insights = document.value(QStringLiteral("insights")).toArray();
        QCOMPARE(insights.size(), 1);
        const QJsonObject insight = insights.first().toObject();
        QCOMPARE(insight.value(QStringLiteral("rule")).toString(), QStringLiteral("one-sided"));
        QList<qint64> ids;
        for (const QJsonValue &s : insight.value(QStringLiteral("sessions")).toArray())
            ids.append(s.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids, m_sessions.mid(3));
        QCOMPARE(insight.value(QStringLiteral("evidence")).toArray().size(),
                 4); // three sessions, and together
        int shares = 0;
        for (const QJsonValue &v : insight.value(QStringLiteral("values")).toArray()) {
            const QJsonObject value = v.toObject();
            if (value.value(QStringLiteral("name")).toString() == QLatin1String("n_a")) {
                QCOMPARE(value.value(QStringLiteral("value")).toDouble(), 6.0);
                QVERIFY(ids.contains(value.value(QStringLiteral("session_id")).toInteger()));
            }
            if (value.value(QStringLiteral("name")).toString() == QLatin1String("share_a")) {
                QCOMPARE(value.value(QStringLiteral("value")).toDouble(), 6.0 / 7.0);
                ++shares;
            }
            if (value.value(QStringLiteral("name")).toString() == QLatin1String("share_threshold"))
                QVERIFY(value.value(QStringLiteral("session_id")).isNull());
        }
        QCOMPARE(shares, 3);
    }

    void wrongArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString journal = QStringLiteral("--journal");
        const QString relationship = QStringLiteral("--relationship");
        QTest::newRow("no relationship") << QStringList{journal, QStringLiteral("J")} << 2
                                         << QStringLiteral("--relationship NAME is required");
        QTest::newRow("no journal") << QStringList{relationship, QStringLiteral("1")} << 2
                                    << QStringLiteral("--journal FILE is required");
        QTest::newRow("format") << QStringList{journal,
                                               QStringLiteral("J"),
                                               relationship,
                                               QStringLiteral("1"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("csv")}
                                << 2 << QStringLiteral("unknown format 'csv' (choose text or json)");
        QTest::newRow("session not a number") << QStringList{journal,
                                                             QStringLiteral("J"),
                                                             relationship,
                                                             QStringLiteral("1"),
                                                             QStringLiteral("--session"),
                                                             QStringLiteral("two")}
                                              << 2 << QStringLiteral("--session needs a session id");
        QTest::newRow("unknown session")
            << QStringList{journal,
                           QStringLiteral("J"),
                           relationship,
                           QStringLiteral("Anna & Ben"),
                           QStringLiteral("--session"),
                           QStringLiteral("999999")}
            << 1 << QStringLiteral("session 999999 is not a session of Anna & Ben");
        QTest::newRow("unknown relationship")
            << QStringList{journal, QStringLiteral("J"), relationship, QStringLiteral("Cleo & Dan")} << 1
            << QStringLiteral("Cleo & Dan");
    }

    void wrongArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^J$")), m_journal);
        const CliRun r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInsightsCommand)
#include "test_insights_command.moc"
