// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionState.h"

#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

QDateTime day(int d)
{
    return QDateTime(QDate(2024, 3, d), QTime(18, 0), QTimeZone::utc());
}

Disclosure said(qint64 session, Speaker who, qint64 topic, int depth, int position = 0)
{
    Disclosure d;
    d.sessionId = session;
    d.speaker = who;
    d.topicId = topic;
    d.depth = depth;
    d.position = position;
    return d;
}

// Three topics (the second hidden), three layers, three sessions given out of start order.
OnionHistory fixture()
{
    const QList<Topic> topics{{11, QStringLiteral("Work"), 0, false},
                              {12, QStringLiteral("Money"), 1, true},
                              {13, QStringLiteral("Family"), 2, false}};
    const QList<Session> sessions{
        {103, 1, day(9), {}, {}, {}}, {101, 1, day(1), {}, {}, {}}, {102, 1, day(5), {}, {}, {}}};
    const QList<Disclosure> disclosures{
        said(101, Speaker::A, 11, 1),    said(101, Speaker::B, 11, 1, 1),
        said(101, Speaker::A, 11, 2, 2), said(102, Speaker::B, 13, 3),
        said(102, Speaker::A, 12, 3, 1), // hidden topic: left out
        said(103, Speaker::A, 11, 1),    said(103, Speaker::A, 13, 2, 1),
        said(999, Speaker::A, 11, 3),    // unknown session
        said(103, Speaker::B, 11, 4, 2), // depth beyond the layers
    };
    return OnionHistory(sessions, disclosures, topics, 3);
}

} // namespace

class OnionStateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenTopicsAreLeftOut()
    {
        const OnionHistory history = fixture();
        QCOMPARE(history.topicCount(), 2);
        QCOMPARE(history.topics().at(1).name, QStringLiteral("Family"));
        QCOMPARE(history.sessionCount(), 3);
        QCOMPARE(history.sessions().first().id, 101); // sorted by start
        QCOMPARE(history.totalDisclosures(), 6);
    }

    void beforeTheFirstSessionIsEmpty()
    {
        const OnionState state = fixture().stateAfter(0);
        QCOMPARE(state.sessionsIncluded(), 0);
        QCOMPARE(state.maxDepth(0, Speaker::A), 0);
        QCOMPARE(state.breadth(Speaker::B), 0);
        QCOMPARE(state.penetration(Speaker::A), 0.0);
        QVERIFY(!state.latest(0, 1, Speaker::A).isValid());
    }

    void cumulativeStateAfterEachSession_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("workA1"); // count of A at Work, depth 1
        QTest::addColumn<int>("maxWorkA");
        QTest::addColumn<int>("maxFamilyA");
        QTest::addColumn<int>("maxFamilyB");
        QTest::addColumn<int>("breadthA");
        QTest::addColumn<int>("breadthB");
        QTest::addColumn<double>("penetrationA");
        QTest::addColumn<double>("penetrationB");
        QTest::newRow("after 1") << 1 << 1 << 2 << 0 << 0 << 1 << 1 << 2.0 / 6 << 1.0 / 6;
        QTest::newRow("after 2") << 2 << 1 << 2 << 0 << 3 << 1 << 2 << 2.0 / 6 << 4.0 / 6;
        QTest::newRow("after 3") << 3 << 2 << 2 << 2 << 3 << 2 << 2 << 4.0 / 6 << 4.0 / 6;
        QTest::newRow("beyond the end clamps") << 99 << 2 << 2 << 2 << 3 << 2 << 2 << 4.0 / 6 << 4.0 / 6;
    }

    void cumulativeStateAfterEachSession()
    {
        QFETCH(int, n);
        const OnionState state = fixture().stateAfter(n);
        QTEST(state.count(0, 1, Speaker::A), "workA1");
        QTEST(state.maxDepth(0, Speaker::A), "maxWorkA");
        QTEST(state.maxDepth(1, Speaker::A), "maxFamilyA");
        QTEST(state.maxDepth(1, Speaker::B), "maxFamilyB");
        QTEST(state.breadth(Speaker::A), "breadthA");
        QTEST(state.breadth(Speaker::B), "breadthB");
        QFETCH(double, penetrationA);
        QFETCH(double, penetrationB);
        QVERIFY(qFuzzyCompare(state.penetration(Speaker::A), penetrationA));
        QVERIFY(qFuzzyCompare(state.penetration(Speaker::B), penetrationB));
    }

    void reachingDeepPassesThroughOuterLayers()
    {
        const OnionState state = fixture().stateAfter(2);
        QVERIFY(state.reached(1, 1, Speaker::B)); // B went to the core of Family directly
        QVERIFY(state.reached(1, 3, Speaker::B));
        QCOMPARE(state.count(1, 1, Speaker::B), 0);
        QVERIFY(!state.reached(1, 1, Speaker::A));
    }

    void latestDateIsTheLatestSessionThere()
    {
        const OnionHistory history = fixture();
        QCOMPARE(history.stateAfter(1).latest(0, 1, Speaker::A), day(1));
        QCOMPARE(history.stateAfter(3).latest(0, 1, Speaker::A), day(9));
        QCOMPARE(history.stateAfter(3).latestSessionIndex(0, 1, Speaker::A), 2);
        QCOMPARE(history.stateAfter(3).latest(0, 1, Speaker::B), day(1));
    }

    void outOfRangeCellsAreEmpty()
    {
        const OnionState state = fixture().stateAfter(3);
        QCOMPARE(state.count(-1, 1, Speaker::A), 0);
        QCOMPARE(state.count(2, 1, Speaker::A), 0);
        QCOMPARE(state.count(0, 0, Speaker::A), 0);
        QCOMPARE(state.count(0, 4, Speaker::A), 0);
        QCOMPARE(state.maxDepth(5, Speaker::A), 0);
    }

    void disclosuresAtACell()
    {
        const OnionHistory history = fixture();
        QCOMPARE(history.disclosuresAt(3, 0, 1, Speaker::A).size(), 2);
        QCOMPARE(history.disclosuresAt(1, 0, 1, Speaker::A).size(), 1);
        QCOMPARE(history.disclosuresAt(3, 0, 1, std::nullopt).size(), 3);
        QCOMPARE(history.disclosuresAt(3, 0, 1, Speaker::A).last().sessionId, 103);
        QCOMPARE(history.sessionIndex(102), 1);
        QCOMPARE(history.sessionIndex(7), -1);
    }

    // The latest sessions only: counts of those sessions alone, so a topic not gone deep on lately
    // reads as not reached (depenetration shows).
    void aWindowCountsOnlyTheLatestSessions()
    {
        const OnionHistory history = fixture();
        // Sessions 2 and 3 (days 5 and 9): Work A at 1 once, Family A at 2, Family B at 3.
        const OnionState window = history.stateWithin(3, 2);
        QCOMPARE(window.sessionsIncluded(), 3);
        QCOMPARE(window.windowStart(), 1);
        QCOMPARE(window.count(0, 1, Speaker::A), 1);
        QCOMPARE(window.maxDepth(0, Speaker::A), 1); // 2 in all three sessions
        QCOMPARE(history.stateAfter(3).maxDepth(0, Speaker::A), 2);
        QCOMPARE(window.maxDepth(0, Speaker::B), 0); // B's Work was in session 1 only
        QCOMPARE(window.latestSessionIndex(0, 1, Speaker::B), -1);
        QCOMPARE(window.latestSessionIndex(0, 1, Speaker::A), 2);
        QCOMPARE(window.maxDepth(1, Speaker::B), 3);
        QCOMPARE(window.breadth(Speaker::A), 2);
        // The same window one session back: sessions 1 and 2.
        const OnionState back = history.stateWithin(2, 2);
        QCOMPARE(back.windowStart(), 0); // nothing left out yet
        QCOMPARE(back.maxDepth(0, Speaker::A), 2);
        // A window as long as the history, or none, is the whole history.
        QCOMPARE(history.stateWithin(3, 3).windowStart(), 0);
        QCOMPARE(history.stateWithin(3, 0).count(0, 1, Speaker::A),
                 history.stateAfter(3).count(0, 1, Speaker::A));
        // The cell's disclosures within the window alone.
        QCOMPARE(history.disclosuresAt(3, 0, 1, Speaker::A, window.windowStart()).size(), 1);
        QCOMPARE(history.disclosuresAt(3, 0, 1, Speaker::A).size(), 2);
    }

    void noTopicsAndNoSessions()
    {
        const OnionHistory empty({}, {}, {}, 3);
        const OnionState state = empty.stateAfter(5);
        QCOMPARE(state.sessionsIncluded(), 0);
        QCOMPARE(state.topicCount(), 0);
        QCOMPARE(state.penetration(Speaker::A), 0.0);
    }

    void scrubbingIsCheap()
    {
        // 180 sessions × 10 disclosures over 20 topics and 5 layers: any state is one copy.
        QList<Topic> topics;
        for (int t = 0; t < 20; ++t)
            topics.append({t + 1, QString::number(t), t, false});
        QList<Session> sessions;
        QList<Disclosure> disclosures;
        for (int s = 0; s < 180; ++s) {
            sessions.append({s + 1, 1, day(1).addDays(s), {}, {}, {}});
            for (int i = 0; i < 10; ++i)
                disclosures.append(
                    said(s + 1, i % 2 ? Speaker::B : Speaker::A, (s * 7 + i) % 20 + 1, i % 5 + 1, i));
        }
        const OnionHistory history(sessions, disclosures, topics, 5);
        int total = 0;
        QBENCHMARK
        {
            for (int n = 0; n <= 180; ++n)
                total += history.stateAfter(n).count(3, 2, Speaker::B);
        }
        QVERIFY(total > 0);
        const OnionState last = history.stateAfter(180);
        int sum = 0;
        for (int t = 0; t < 20; ++t)
            for (int d = 1; d <= 5; ++d)
                sum += last.count(t, d, Speaker::A) + last.count(t, d, Speaker::B);
        QCOMPARE(sum, 1800);
    }
};

QTEST_GUILESS_MAIN(OnionStateTest)
#include "test_onion_state.moc"
