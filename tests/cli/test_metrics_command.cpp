// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold metrics` and `unfold export data` on the real binary.
#include "CliRun.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;
using unfold::test::CliRun;

class TestMetricsCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home; // the command's own home: no settings of the user's are read or written

    CliRun runCli(const QStringList &arguments) const
    {
        return unfold::test::runUnfold(arguments, m_home.path(), m_dir.path());
    }
    QString m_journal;
    int m_topicCount = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // Two sessions: one with the worked example of the core test, one with nothing logged.
        m_journal = m_dir.filePath(QStringLiteral("j.unfold"));
        JournalProblem problem;
        auto journal = Journal::create(m_journal, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        Relationship r{0, a.id, b.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Unset};
        QVERIFY(journal->saveRelationship(r));
        Session full{0, r.id, QDateTime(QDate(2025, 3, 1), QTime(19, 0), QTimeZone::utc()), {}, {}, {}};
        Session empty{0, r.id, QDateTime(QDate(2025, 3, 8), QTime(19, 0), QTimeZone::utc()), {}, {}, {}};
        QVERIFY(journal->saveSession(full) && journal->saveSession(empty));
        const QList<Topic> topics = journal->topics();
        m_topicCount = int(topics.size());
        const struct
        {
            Speaker who;
            int topic;
            int depth;
        } said[] = {{Speaker::A, 0, 1}, {Speaker::B, 0, 1}, {Speaker::A, 1, 3}, {Speaker::B, 2, 2}};
        int position = 0;
        for (const auto &s : said) {
            Disclosure d;
            d.sessionId = full.id;
            d.position = position++;
            d.speaker = s.who;
            d.topicId = topics[s.topic].id;
            d.depth = s.depth;
            QVERIFY(journal->saveDisclosure(d));
        }
    }

    void csvOneRowPerSession()
    {
        const CliRun run = runCli({QStringLiteral("metrics"), QStringLiteral("--journal"), m_journal,
                                   QStringLiteral("--relationship"), QStringLiteral("anna & ben")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("session_id,session_start,n_a,n_b,depth_a,depth_b,depth_balance,"
                                          "volume_balance,topic_overlap,turn_match,reciprocity_index,"
                                          "breadth_a,breadth_b,penetration_a,penetration_b"));
        const QStringList first = lines[1].split(u',');
        QCOMPARE(first[1], QStringLiteral("2025-03-01T19:00:00Z"));
        QCOMPARE(first.mid(2, 4), (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"),
                                               QStringLiteral("1.5")}));
        QCOMPARE(first[6], QStringLiteral("0.75"));
        QCOMPARE(first[9], QStringLiteral("0.5"));
        QVERIFY(qAbs(first[10].toDouble() - 64.5833333) < 1e-6);
        // Where the relationship stood after the session (DESIGN.md §2.1), as a series: Anna reached
        // two topics (layers 1 and 3), Ben two (1 and 2); penetration is the sum of the deepest
        // layers over 3 layers times every topic.
        QCOMPARE(first.mid(11, 2), (QStringList{QStringLiteral("2"), QStringLiteral("2")}));
        QVERIFY(qAbs(first[13].toDouble() - 4.0 / (3 * m_topicCount)) < 1e-12);
        QVERIFY(qAbs(first[14].toDouble() - 3.0 / (3 * m_topicCount)) < 1e-12);
        // The empty session: counts are 0, every measure of the session empty (undefined), never 0;
        // where the relationship stands stays where the first session left it.
        const QStringList second = lines[2].split(u',');
        QCOMPARE(second.mid(2, 9),
                 (QStringList{QStringLiteral("0"), QStringLiteral("0"), {}, {}, {}, {}, {}, {}, {}}));
        QCOMPARE(second.mid(11), first.mid(11));
    }

    void jsonHasNulls()
    {
        const CliRun run = runCli({QStringLiteral("metrics"), QStringLiteral("--journal"), m_journal,
                                   QStringLiteral("--relationship"), QStringLiteral("Anna & Ben"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray sessions =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].toObject().value(QLatin1String("topic_overlap")).toDouble(), 1.0 / 3);
        QVERIFY(sessions[1].toObject().value(QLatin1String("reciprocity_index")).isNull());
        QCOMPARE(sessions[1].toObject().value(QLatin1String("n_a")).toInt(), 0);
    }

    void metricsErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown relationship")
            << QStringList{QStringLiteral("--relationship"), QStringLiteral("X & Y")} << 1
            << QStringLiteral("no relationship 'X & Y'");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--relationship"),
                                                   QStringLiteral("Anna & Ben"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2 << QStringLiteral("xml");
        QTest::newRow("no relationship") << QStringList{} << 2 << QStringLiteral("--relationship");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--relationship"), QStringLiteral("1"), QStringLiteral("--fast")}
            << 2 << QStringLiteral("fast");
    }

    void metricsErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun run = runCli(
            QStringList{QStringLiteral("metrics"), QStringLiteral("--journal"), m_journal} + arguments);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void exportDataCsvAndJson()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tables"));
        CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--journal"), m_journal,
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile disclosures(QDir(folder).filePath(QStringLiteral("disclosures.csv")));
        QVERIFY(disclosures.open(QIODevice::ReadOnly));
        QCOMPARE(disclosures.readAll().count("\r\n"), 5);
        const QString json = m_dir.filePath(QStringLiteral("all.json"));
        run =
            runCli({QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--journal"), m_journal,
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QLatin1String("header")).toObject().value(QLatin1String("app_version")).toString(),
                 QStringLiteral(UNFOLD_VERSION));
        const QJsonObject tables = doc.value(QLatin1String("tables")).toObject();
        QCOMPARE(tables.value(QLatin1String("sessions")).toArray().size(), 2);
        QCOMPARE(tables.value(QLatin1String("people")).toArray().size(), 2);
        QCOMPARE(tables.value(QLatin1String("dyadic_sessions")).toArray().size(), 4); // 2 per session
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("codebook.csv"))));
    }

    void exportDataErrors()
    {
        const QString blocked = m_dir.filePath(QStringLiteral("no/such/dir/x.json"));
        CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--journal"), m_journal,
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), blocked});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("x.json")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no"))));
        run =
            runCli({QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--journal"), m_journal,
                    QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), blocked});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("xlsx")));
        run = runCli({QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--journal"),
                      m_dir.filePath(QStringLiteral("missing.unfold")), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("t2"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t2"))));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCommand)
#include "test_metrics_command.moc"
