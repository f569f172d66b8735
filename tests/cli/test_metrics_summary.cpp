// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold metrics --summary` on the real binary: every DESIGN.md §2.1 measure across the
// sessions with what it rests on, undefined empty or null, and the very numbers the Charts
// view's summary table shows for the same journal.
#include "ChartSubject.h"
#include "ChartTable.h"
#include "CliRun.h"
#include "Csv.h"
#include "Journal.h"
#include "RelationshipSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;
using unfold::test::runUnfold;

namespace {

const QDateTime day0(QDate(2025, 1, 1), QTime(18, 0), QTimeZone::utc());

QJsonObject findMeasure(const QJsonArray &measures, const QString &name, const QJsonValue &topicId = {})
{
    for (const QJsonValue &m : measures) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("measure")).toString() == name &&
            (topicId.isNull() || o.value(QStringLiteral("topic_id")) == topicId))
            return o;
    }
    return {};
}

} // namespace

class TestMetricsSummary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QList<qint64> m_sessions;
    QList<Topic> m_topics;
    qint64 m_anna = 0;

    QJsonObject json(const QStringList &extra)
    {
        const auto run = runUnfold(QStringList{QStringLiteral("metrics"), QStringLiteral("--journal"),
                                               m_journal, QStringLiteral("--relationship"),
                                               QStringLiteral("Anna & Ben"), QStringLiteral("--summary"),
                                               QStringLiteral("--format"), QStringLiteral("json")} +
                                       extra,
                                   m_dir.path(), m_dir.path());
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The six sessions of test_relationship_summary: mean depth per session
        //   A 1 2 2 3 3 1;  B 1 1 2 2 – 3  (ten days apart).
        m_journal = m_dir.filePath(QStringLiteral("j.unfold"));
        JournalProblem problem;
        auto journal = Journal::create(m_journal, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        m_anna = a.id;
        Relationship r{0, a.id, b.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Unset};
        QVERIFY(journal->saveRelationship(r));
        m_topics = journal->topics();
        const struct
        {
            int session;
            Speaker who;
            int topic;
            int depth;
        } said[] = {{0, Speaker::A, 0, 1}, {0, Speaker::B, 0, 1}, {1, Speaker::A, 0, 2},
                    {1, Speaker::B, 1, 1}, {2, Speaker::A, 1, 2}, {2, Speaker::B, 0, 2},
                    {3, Speaker::A, 1, 3}, {3, Speaker::B, 1, 2}, {4, Speaker::A, 0, 3},
                    {5, Speaker::A, 2, 1}, {5, Speaker::B, 1, 3}};
        for (int i = 0; i < 6; ++i) {
            Session s{0, r.id, day0.addDays(10 * i), {}, {}, {}};
            QVERIFY(journal->saveSession(s));
            m_sessions.append(s.id);
        }
        int position = 0;
        for (const auto &s : said) {
            Disclosure d;
            d.sessionId = m_sessions[s.session];
            d.position = position++;
            d.speaker = s.who;
            d.topicId = m_topics[s.topic].id;
            d.depth = s.depth;
            QVERIFY(journal->saveDisclosure(d));
        }
    }

    void csvHasEveryMeasureAndItsBasis()
    {
        const auto run = runUnfold({QStringLiteral("metrics"), QStringLiteral("--journal"), m_journal,
                                    QStringLiteral("--relationship"), QStringLiteral("Anna & Ben"),
                                    QStringLiteral("--summary")},
                                   m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QList<CsvRecord> parsed;
        QString error;
        int errorLine = 0;
        QVERIFY2(Csv::parse(run.out.toUtf8(), &parsed, &error, &errorLine), qPrintable(error));
        QList<QStringList> records;
        for (const CsvRecord &r : parsed)
            records.append(r.fields);
        QCOMPARE(
            records.first(),
            (QStringList{QStringLiteral("measure"), QStringLiteral("person"), QStringLiteral("person_id"),
                         QStringLiteral("topic_id"), QStringLiteral("topic"), QStringLiteral("value"),
                         QStringLiteral("sessions"), QStringLiteral("first"), QStringLiteral("last")}));
        // 4 per-person figures, 2 × 10 deepest layers, 2 slopes, 3 correlations.
        QCOMPARE(records.size(), 1 + 4 + 20 + 5);
        auto row = [&](const QString &name, const QString &topic = {}, const QString &person = {}) {
            for (const QStringList &r : records) {
                if (r[0] == name && (topic.isEmpty() || r[4] == topic) &&
                    (person.isEmpty() || r[1] == person))
                    return r;
            }
            return QStringList();
        };
        QCOMPARE(
            row(QStringLiteral("breadth_a")),
            (QStringList{QStringLiteral("breadth_a"), QStringLiteral("a"), QString::number(m_anna), QString(),
                         QString(), QStringLiteral("3"), QStringLiteral("6"),
                         QStringLiteral("2025-01-01T18:00:00Z"), QStringLiteral("2025-02-20T18:00:00Z")}));
        QCOMPARE(row(QStringLiteral("penetration_b"))[5].toDouble(), 5.0 / 30.0); // 2 + 3 of 3 × 10 topics
        QVERIFY(qAbs(row(QStringLiteral("depth_pearson"))[5].toDouble() + 1.0 / 14.0) < 1e-12);
        QCOMPARE(row(QStringLiteral("depth_pearson"))[1], QString()); // about both people
        QCOMPARE(row(QStringLiteral("depth_lag1_ab"))[6], QStringLiteral("5"));
        // A topic Ben never reached: empty value, no sessions, no dates; never 0.
        const QStringList untouched =
            row(QStringLiteral("deepest_layer"), m_topics[2].name, QStringLiteral("b"));
        QCOMPARE(untouched[3], QString::number(m_topics[2].id));
        QCOMPARE(untouched[5], QString());
        QCOMPARE(untouched[6], QStringLiteral("0"));
        QCOMPARE(untouched[7], QString());
        QCOMPARE(row(QStringLiteral("deepest_layer"), m_topics[0].name, QStringLiteral("a"))[5],
                 QStringLiteral("3"));
    }

    void jsonUpToASession()
    {
        const QJsonObject all = json({});
        QCOMPARE(all.value(QStringLiteral("sessions")).toInt(), 6);
        QCOMPARE(all.value(QStringLiteral("minimum_sessions_for_correlation")).toInt(), 5);
        QVERIFY(!all.value(QStringLiteral("note")).toString().isEmpty());
        const QJsonArray measures = all.value(QStringLiteral("measures")).toArray();
        QCOMPARE(
            findMeasure(measures, QStringLiteral("depth_slope_a")).value(QStringLiteral("value")).toDouble(),
            20.0 / 1750.0 * 30.0);
        QVERIFY(findMeasure(measures, QStringLiteral("depth_pearson"))
                    .value(QStringLiteral("descriptive_correlation"))
                    .toBool());

        // Up to session 5: both spoke in four sessions only, so the correlation is null.
        const QJsonObject five = json({QStringLiteral("--session"), QString::number(m_sessions[4])});
        QCOMPARE(five.value(QStringLiteral("sessions")).toInt(), 5);
        const QJsonObject pearson =
            findMeasure(five.value(QStringLiteral("measures")).toArray(), QStringLiteral("depth_pearson"));
        QVERIFY(pearson.contains(QStringLiteral("value")));
        QVERIFY(pearson.value(QStringLiteral("value")).isNull());
        QCOMPARE(pearson.value(QStringLiteral("sessions")).toInt(), 4);
        QCOMPARE(findMeasure(five.value(QStringLiteral("measures")).toArray(), QStringLiteral("breadth_a"))
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 2.0);
    }

    // The Charts view's summary table is filled from ChartTable::summary: for the same journal
    // (range "All") it shows what the command line prints, figure by figure.
    void chartsTableShowsTheSameNumbers()
    {
        JournalProblem problem;
        auto journal = Journal::open(m_journal, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        const qint64 relationshipId = journal->relationships().first().id;
        const ChartSubject subject = ChartSubject::load(*journal, relationshipId);
        const ChartTable table = ChartTable::summary(subject, ChartRange{});
        const QJsonArray measures = json({}).value(QStringLiteral("measures")).toArray();
        QCOMPARE(table.rows.size(), measures.size());
        const RelationshipSummary figures = RelationshipSummary::of(subject.series());
        for (qsizetype i = 0; i < measures.size(); ++i) {
            const QJsonObject m = measures[i].toObject();
            SummaryMeasure printed = figures.measures()[i];
            QCOMPARE(printed.name, m.value(QStringLiteral("measure")).toString());
            // The CLI's number, written as the table writes it.
            printed.value = m.value(QStringLiteral("value")).isNull()
                                ? std::nullopt
                                : std::optional<double>(m.value(QStringLiteral("value")).toDouble());
            QCOMPARE(table.rows[i][2], figures.valueText(printed));
            QCOMPARE(table.rows[i][3], QLocale().toString(m.value(QStringLiteral("sessions")).toInt()));
        }
        // And one by hand: Anna reached three topics.
        QCOMPARE(table.rows[0][2], QStringLiteral("3"));
        QCOMPARE(table.rows[0][1], QStringLiteral("Anna"));
    }

    void usageErrors()
    {
        const QStringList base{QStringLiteral("metrics"), QStringLiteral("--journal"), m_journal,
                               QStringLiteral("--relationship"), QStringLiteral("Anna & Ben")};
        auto run = runUnfold(base + QStringList{QStringLiteral("--session"), QString::number(m_sessions[0])},
                             m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--summary")), qPrintable(run.err));
        run = runUnfold(base + QStringList{QStringLiteral("--summary"), QStringLiteral("--session"),
                                           QStringLiteral("99999")},
                        m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("99999")), qPrintable(run.err));
        run = runUnfold(base + QStringList{QStringLiteral("--summary"), QStringLiteral("--session"),
                                           QStringLiteral("first")},
                        m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMetricsSummary)
#include "test_metrics_summary.moc"
