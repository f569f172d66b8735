// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of DESIGN.md §2.1 over a relationship's sessions, on a journal small enough to
// compute by hand, and the cases where a figure must stay undefined.
#include "RelationshipSeries.h"
#include "RelationshipSummary.h"

#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

const QDateTime day0(QDate(2025, 1, 1), QTime(18, 0), QTimeZone::utc());

Session sessionOn(qint64 id, int day)
{
    Session s;
    s.id = id;
    s.relationshipId = 1;
    s.start = day0.addDays(day);
    return s;
}

Disclosure said(qint64 session, int position, Speaker who, qint64 topic, int depth)
{
    Disclosure d;
    d.sessionId = session;
    d.position = position;
    d.speaker = who;
    d.topicId = topic;
    d.depth = depth;
    return d;
}

QList<Topic> threeTopics()
{
    return {{1, QStringLiteral("T1"), 1, false},
            {2, QStringLiteral("T2"), 2, false},
            {3, QStringLiteral("T3"), 3, false}};
}

// Six sessions ten days apart, three layers, three topics. Mean depth per session:
//   session   1  2  3  4  5  6
//   A         1  2  2  3  3  1
//   B         1  1  2  2  –  3     (B says nothing in session 5)
RelationshipSeries sixSessions()
{
    QList<Session> sessions;
    for (int i = 0; i < 6; ++i)
        sessions.append(sessionOn(i + 1, 10 * i));
    const QList<Disclosure> disclosures{
        said(1, 0, Speaker::A, 1, 1), said(1, 1, Speaker::B, 1, 1), said(2, 0, Speaker::A, 1, 2),
        said(2, 1, Speaker::B, 2, 1), said(3, 0, Speaker::A, 2, 2), said(3, 1, Speaker::B, 1, 2),
        said(4, 0, Speaker::A, 2, 3), said(4, 1, Speaker::B, 2, 2), said(5, 0, Speaker::A, 1, 3),
        said(6, 0, Speaker::A, 3, 1), said(6, 1, Speaker::B, 2, 3)};
    return RelationshipSeries(sessions, disclosures, threeTopics(), 3, {});
}

std::optional<double> valueOf(const RelationshipSummary &summary, const char *name, qint64 topic = 0)
{
    const SummaryMeasure *m = summary.find(QString::fromLatin1(name), topic);
    return m ? m->value : std::nullopt;
}

const SummaryMeasure &measure(const RelationshipSummary &summary, const char *name, qint64 topic = 0)
{
    static const SummaryMeasure none;
    const SummaryMeasure *m = summary.find(QString::fromLatin1(name), topic);
    return m ? *m : none;
}

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

} // namespace

class TestRelationshipSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMeasureByHand()
    {
        const RelationshipSummary s = RelationshipSummary::of(sixSessions());
        QCOMPARE(s.sessionCount(), 6);
        // Topics reached: A all three, B T1 and T2.
        QCOMPARE(valueOf(s, "breadth_a"), 3.0);
        QCOMPARE(valueOf(s, "breadth_b"), 2.0);
        QCOMPARE(measure(s, "breadth_a").basis.sessions, 6);
        QCOMPARE(measure(s, "breadth_a").basis.first, day0);
        QCOMPARE(measure(s, "breadth_a").basis.last, day0.addDays(50));
        // Deepest layers A: 3, 3, 1 → 7 / 9; B: 2, 3, none → 5 / 9.
        QVERIFY(near(valueOf(s, "penetration_a"), 7.0 / 9.0));
        QVERIFY(near(valueOf(s, "penetration_b"), 5.0 / 9.0));

        // Deepest layer per topic and person, resting on the sessions of that person's
        // disclosures on the topic: A on T1 in sessions 1, 2 and 5.
        const QList<SummaryMeasure> &all = s.measures();
        auto deepest = [&](qint64 topic, Speaker who) {
            for (const SummaryMeasure &m : all) {
                if (m.name == QLatin1String("deepest_layer") && m.topicId == topic && m.person == who)
                    return m;
            }
            return SummaryMeasure{};
        };
        QCOMPARE(deepest(1, Speaker::A).value, 3.0);
        QCOMPARE(deepest(1, Speaker::A).topic, QStringLiteral("T1"));
        QCOMPARE(deepest(1, Speaker::A).basis.sessions, 3);
        QCOMPARE(deepest(1, Speaker::A).basis.last, day0.addDays(40));
        QCOMPARE(deepest(2, Speaker::B).value, 3.0);
        QCOMPARE(deepest(3, Speaker::A).value, 1.0);
        // B never reached T3: no layer, not layer 0.
        QVERIFY(!deepest(3, Speaker::B).value);
        QCOMPARE(deepest(3, Speaker::B).basis.sessions, 0);
        QVERIFY(!deepest(3, Speaker::B).basis.first.isValid());

        // Slopes per 30 days: A over days 0..50 = 20 / 1750 per day; B over days 0, 10, 20, 30,
        // 50 (none in session 5) = 62 / 1480 per day.
        QVERIFY(near(valueOf(s, "depth_slope_a"), 20.0 / 1750.0 * 30.0));
        QVERIFY(near(valueOf(s, "depth_slope_b"), 62.0 / 1480.0 * 30.0));
        QCOMPARE(measure(s, "depth_slope_b").basis.sessions, 5);
        QCOMPARE(measure(s, "depth_slope_b").basis.last, day0.addDays(50));

        // Pearson over the five sessions both spoke in: A 1 2 2 3 1, B 1 1 2 2 3 → −0.2 / 2.8.
        QVERIFY(near(valueOf(s, "depth_pearson"), -1.0 / 14.0));
        QCOMPARE(measure(s, "depth_pearson").basis.sessions, 5);
        QVERIFY(measure(s, "depth_pearson").isCorrelation());
        QVERIFY(!measure(s, "depth_pearson").person);
        // Lag-1, B at t against A at t − 1: pairs (1,1) (2,2) (2,2) (3,3), session 5 has no B;
        // the pairs use all six sessions.
        QVERIFY(near(valueOf(s, "depth_lag1_ba"), 1.0));
        QCOMPARE(measure(s, "depth_lag1_ba").basis.sessions, 6);
        // A at t against B at t − 1: pairs (1,2) (1,2) (2,3) (2,3) over sessions 1..5.
        QVERIFY(near(valueOf(s, "depth_lag1_ab"), 1.0));
        QCOMPARE(measure(s, "depth_lag1_ab").basis.sessions, 5);
        QCOMPARE(measure(s, "depth_lag1_ab").basis.last, day0.addDays(40));
    }

    void upToASessionLooksNoFurther()
    {
        const RelationshipSeries series = sixSessions();
        const auto s = RelationshipSummary::upTo(series, 5);
        QVERIFY(s);
        QCOMPARE(s->sessionCount(), 5);
        QCOMPARE(valueOf(*s, "breadth_a"), 2.0); // T3 comes in session 6
        QCOMPARE(measure(*s, "breadth_a").basis.last, day0.addDays(40));
        // Both spoke in 4 sessions only: a correlation needs 5, so it is left undefined although
        // four points would give a number.
        QVERIFY(!valueOf(*s, "depth_pearson"));
        QCOMPARE(measure(*s, "depth_pearson").basis.sessions, 4);
        // The direction matters: B-after-A rests on sessions 1..4 only (B is silent in 5), so it
        // is undefined; A-after-B rests on 1..5 and is defined.
        QVERIFY(!valueOf(*s, "depth_lag1_ba"));
        QCOMPARE(measure(*s, "depth_lag1_ba").basis.sessions, 4);
        QVERIFY(near(valueOf(*s, "depth_lag1_ab"), 1.0));
        QVERIFY(!RelationshipSummary::upTo(series, 99));
        QCOMPARE(RelationshipSummary::upTo(series, 0)->sessionCount(), 6);
    }

    void oneSession()
    {
        const RelationshipSeries series({sessionOn(1, 0)},
                                        {said(1, 0, Speaker::A, 1, 2), said(1, 1, Speaker::B, 2, 1)},
                                        threeTopics(), 3, {});
        const RelationshipSummary s = RelationshipSummary::of(series);
        QCOMPARE(valueOf(s, "breadth_a"), 1.0);
        QVERIFY(near(valueOf(s, "penetration_a"), 2.0 / 9.0));
        // One point has no trend and no correlation.
        QVERIFY(!valueOf(s, "depth_slope_a"));
        QCOMPARE(measure(s, "depth_slope_a").basis.sessions, 1);
        QVERIFY(!valueOf(s, "depth_pearson"));
        QVERIFY(!valueOf(s, "depth_lag1_ba"));
        QVERIFY(!valueOf(s, "depth_lag1_ab"));
    }

    void onePersonOnly()
    {
        QList<Session> sessions;
        QList<Disclosure> disclosures;
        for (int i = 0; i < 6; ++i) {
            sessions.append(sessionOn(i + 1, 7 * i));
            disclosures.append(said(i + 1, 0, Speaker::A, 1 + i % 3, 1 + i % 3));
        }
        const RelationshipSummary s =
            RelationshipSummary::of(RelationshipSeries(sessions, disclosures, threeTopics(), 3, {}));
        // B reached no topic: that is a count of 0, and a share of 0, both defined.
        QCOMPARE(valueOf(s, "breadth_b"), 0.0);
        QCOMPARE(valueOf(s, "penetration_b"), 0.0);
        // But B has no depth to trend or correlate.
        QVERIFY(!valueOf(s, "depth_slope_b"));
        QCOMPARE(measure(s, "depth_slope_b").basis.sessions, 0);
        QVERIFY(valueOf(s, "depth_slope_a"));
        QVERIFY(!valueOf(s, "depth_pearson"));
        QVERIFY(!valueOf(s, "depth_lag1_ba"));
        QVERIFY(!valueOf(s, "depth_lag1_ab"));
    }

    void noSessionsLeavesEverythingUndefined()
    {
        const RelationshipSummary s =
            RelationshipSummary::of(RelationshipSeries({}, {}, threeTopics(), 3, {}));
        QCOMPARE(s.sessionCount(), 0);
        for (const SummaryMeasure &m : s.measures()) {
            QVERIFY2(!m.value, qPrintable(m.name));
            QCOMPARE(m.basis.sessions, 0);
        }
        // Every name of DESIGN.md §2.1 is there, deepest_layer once per topic and person.
        QStringList names;
        for (const SummaryMeasure &m : s.measures())
            names.append(m.name);
        for (const char *name : {"breadth_a", "breadth_b", "penetration_a", "penetration_b", "depth_slope_a",
                                 "depth_slope_b", "depth_pearson", "depth_lag1_ba", "depth_lag1_ab"})
            QCOMPARE(names.count(QString::fromLatin1(name)), 1);
        QCOMPARE(names.count(QStringLiteral("deepest_layer")), 6);
    }

    void rowsSayNoDataNeverZero()
    {
        QLocale::setDefault(QLocale::c());
        const auto s = RelationshipSummary::upTo(sixSessions(), 5);
        const QList<QStringList> rows = s->rows(QStringLiteral("Anna"), QStringLiteral("Ben"));
        QCOMPARE(rows.size(), s->measures().size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), RelationshipSummary::columns().size());
            if (!s->measures()[i].value) {
                QCOMPARE(rows[i][2], QStringLiteral("no data"));
            }
        }
        const qsizetype pearson = s->measures().indexOf(*s->find(QStringLiteral("depth_pearson")));
        QCOMPARE(rows[pearson][1], QStringLiteral("Anna and Ben"));
        QCOMPARE(rows[pearson][3], QStringLiteral("4"));
        QVERIFY(rows[pearson][0].contains(QStringLiteral("descriptive")));
        const qsizetype lag = s->measures().indexOf(*s->find(QStringLiteral("depth_lag1_ba")));
        QCOMPARE(rows[lag][1], QStringLiteral("Ben after Anna"));
        // Signed slopes and layers "of L".
        const RelationshipSummary all = RelationshipSummary::of(sixSessions());
        QCOMPARE(all.valueText(*all.find(QStringLiteral("depth_slope_a"))), QStringLiteral("+0.34"));
        QCOMPARE(all.valueText(*all.find(QStringLiteral("depth_pearson"))), QStringLiteral("-0.07"));
        QCOMPARE(all.valueText(*all.find(QStringLiteral("deepest_layer"), 1)), QStringLiteral("3 of 3"));
    }
};

QTEST_GUILESS_MAIN(TestRelationshipSummary)
#include "test_relationship_summary.moc"
