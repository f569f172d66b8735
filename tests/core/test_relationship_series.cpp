// SPDX-License-Identifier: GPL-3.0-or-later
// Series over time: cumulative breadth and penetration, trends, correlations and scores over time.
#include "RelationshipSeries.h"
#include "Trends.h"

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

QList<Topic> topics(int n)
{
    QList<Topic> list;
    for (int i = 1; i <= n; ++i)
        list.append({i, QStringLiteral("T%1").arg(i), i, false});
    return list;
}

Series points(const QList<std::optional<double>> &values, int stepDays = 30)
{
    Series s;
    for (qsizetype i = 0; i < values.size(); ++i)
        s.append({i + 1, day0.addDays(i * stepDays), values[i]});
    return s;
}

} // namespace

class TestRelationshipSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cumulativeBreadthAndPenetration()
    {
        // Session 1: A t1 d1. Session 2: nothing. Session 3: A t2 d3, B t1 d2.
        const RelationshipSeries series(
            {sessionOn(1, 0), sessionOn(2, 7), sessionOn(3, 14)},
            {said(1, 0, Speaker::A, 1, 1), said(3, 0, Speaker::A, 2, 3), said(3, 1, Speaker::B, 1, 2)},
            topics(4), 3, {});
        QCOMPARE(series.sessions().size(), 3);
        QCOMPARE(series.sessions()[0].breadthA, 1);
        QCOMPARE(series.sessions()[1].breadthA, 1); // cumulative: an empty session keeps it
        QCOMPARE(series.sessions()[2].breadthA, 2);
        QCOMPARE(series.sessions()[2].breadthB, 1);
        QCOMPARE(series.sessions()[2].penetrationA, (1 + 3) / 12.0);
        QCOMPARE(series.sessions()[2].penetrationB, 2 / 12.0);
        QCOMPARE(series.sessions()[2].depthCounts, (QList<int>{0, 1, 1}));
        QCOMPARE(series.sessions()[2].topicsTouched, 2);
        // The empty session is in the series, with its measures undefined: a gap, not a zero.
        const Series index = series.series(RelationshipSeries::Measure::ReciprocityIndex);
        QCOMPARE(index.size(), 3);
        QVERIFY(index[0].value);
        QVERIFY(!index[1].value);
        QCOMPARE(index[1].sessionId, 2);
        QVERIFY(!series.series(RelationshipSeries::Measure::DepthB)[0].value);
    }

    void slopeIsPer30Days()
    {
        QCOMPARE(*Trends::slopePer30Days(points({1.0, 2.0, 3.0})), 1.0);
        QCOMPARE(*Trends::slopePer30Days(points({1.0, 2.0, 3.0}, 15)), 2.0);
        // Undefined points are skipped, not read as 0.
        QCOMPARE(*Trends::slopePer30Days(points({1.0, std::nullopt, 3.0})), 1.0);
        QVERIFY(!Trends::slopePer30Days(points({1.0, std::nullopt})));
        QVERIFY(!Trends::slopePer30Days({}));
    }

    void pearsonPairsDefinedSessions()
    {
        const Series x = points({10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5, std::nullopt});
        const Series y = points({8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68, 3.0});
        QVERIFY(qAbs(*Trends::pearson(x, y) - 0.816421) < 5e-7); // Anscombe I, the last pair left out
        QVERIFY(!Trends::pearson(points({1.0, 1.0, 1.0}), points({1.0, 2.0, 3.0})));
    }

    void lagOneNeedsFiveSessions()
    {
        const Series a = points({1, 2, 3, 4});
        const Series b = points({0, 1, 2, 3});
        QVERIFY(!Trends::lagOne(a, b));
        // B follows A one session later exactly.
        const Series a5 = points({1, 3, 2, 5, 4});
        const Series b5 = points({0, 1, 3, 2, 5});
        QCOMPARE(*Trends::lagOne(a5, b5), 1.0);
        const Series withGap = points({1, 3, std::nullopt, 5, 4, 2});
        const Series follower = points({0, 1, 3, 9, 5, 4});
        // Pairs (1,1), (3,3), (5,5), (4,4): the gap removes two pairs.
        QCOMPARE(*Trends::lagOne(withGap, follower), 1.0);
    }

    void scoresOverTime()
    {
        QuestionnaireAnswer first;
        first.sessionId = 1;
        first.respondent = Speaker::A;
        first.instrumentId = QStringLiteral("trust-inventory");
        first.scores = {{QStringLiteral("faith"), 3, 3, 4.0, 4.0, 50.0},
                        {QStringLiteral("dependability"), 3, 1, {}, {}, {}}};
        QuestionnaireAnswer second = first;
        second.sessionId = 3;
        second.scores = {{QStringLiteral("faith"), 3, 3, 5.0, 5.0, 75.0},
                         {QStringLiteral("dependability"), 3, 3, 5.0, 5.0, 25.0}};
        QuestionnaireAnswer ofB = first;
        ofB.respondent = Speaker::B;
        QuestionnaireAnswer unknownSession = first;
        unknownSession.sessionId = 99;
        const RelationshipSeries series({sessionOn(1, 0), sessionOn(2, 10), sessionOn(3, 20)}, {}, topics(2),
                                        3, {first, ofB, second, unknownSession});
        const Series faith =
            series.scoreSeries(QStringLiteral("trust-inventory"), QStringLiteral("faith"), Speaker::A);
        QCOMPARE(faith.size(), 2);
        QCOMPARE(faith[0].sessionId, 1);
        QCOMPARE(*faith[1].value, 75.0);
        QCOMPARE(faith[1].start, day0.addDays(20));
        // Overall: the mean of defined subscales; a missing subscale is left out, not counted as 0.
        const Series overall = series.scoreSeries(QStringLiteral("trust-inventory"), QString(), Speaker::A);
        QCOMPARE(*overall[0].value, 50.0);
        QCOMPARE(*overall[1].value, 50.0);
        const Series missing = series.scoreSeries(QStringLiteral("trust-inventory"),
                                                  QStringLiteral("dependability"), Speaker::A);
        QVERIFY(!missing[0].value);
        QCOMPARE(series.scoreSeries(QStringLiteral("trust-inventory"), QString(), Speaker::B).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelationshipSeries)
#include "test_relationship_series.moc"
