// SPDX-License-Identifier: GPL-3.0-or-later
// Logged reciprocity of one session (DESIGN.md §2.1) on hand-made sessions, every undefined case included.
#include "ReciprocityMetrics.h"

#include <QTest>

using namespace unfold;

namespace {

Disclosure said(int position, Speaker who, qint64 topic, int depth)
{
    Disclosure d;
    d.position = position;
    d.speaker = who;
    d.topicId = topic;
    d.depth = depth;
    return d;
}

bool near(const std::optional<double> &value, double expected)
{
    return value && qAbs(*value - expected) < 1e-9;
}

} // namespace

class TestReciprocityMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySessionIsAllUndefined()
    {
        const auto m = ReciprocityMetrics::compute({}, 3);
        QCOMPARE(m.nA, 0);
        QCOMPARE(m.nB, 0);
        QVERIFY(!m.depthA && !m.depthB);
        QVERIFY(!m.depthBalance);
        QVERIFY(!m.volumeBalance);
        QVERIFY(!m.topicOverlap);
        QVERIFY(!m.turnMatch);
        QVERIFY(!m.reciprocityIndex);
    }

    void workedExample()
    {
        // L = 3: A 1 on t1, B 1 on t1, A 3 on t2, B 2 on t3.
        const auto m = ReciprocityMetrics::compute({said(0, Speaker::A, 1, 1), said(1, Speaker::B, 1, 1),
                                                    said(2, Speaker::A, 2, 3), said(3, Speaker::B, 3, 2)},
                                                   3);
        QCOMPARE(m.nA, 2);
        QCOMPARE(m.nB, 2);
        QVERIFY(near(m.depthA, 2.0));
        QVERIFY(near(m.depthB, 1.5));
        QCOMPARE(m.topicsA, 2);              // t1, t2
        QCOMPARE(m.topicsB, 2);              // t1, t3
        QVERIFY(near(m.depthBalance, 0.75)); // 1 − 0.5 / 2
        QVERIFY(near(m.volumeBalance, 1.0));
        QVERIFY(near(m.topicOverlap, 1.0 / 3)); // {t1} of {t1, t2, t3}
        QVERIFY(near(m.turnMatch, 0.5));        // pairs 1→1: 1, 1→3: 0, 3→2: 0.5
        QVERIFY(near(m.reciprocityIndex, 100 * (0.75 + 1 + 1.0 / 3 + 0.5) / 4));
    }

    void orderIsByPositionNotByList()
    {
        // The same session listed backwards: turn match depends on the order of positions.
        const auto m = ReciprocityMetrics::compute({said(3, Speaker::B, 3, 2), said(2, Speaker::A, 2, 3),
                                                    said(1, Speaker::B, 1, 1), said(0, Speaker::A, 1, 1)},
                                                   3);
        QVERIFY(near(m.turnMatch, 0.5));
    }

    void onlyOnePersonShared()
    {
        const auto m = ReciprocityMetrics::compute({said(0, Speaker::A, 1, 1), said(1, Speaker::A, 2, 3)}, 3);
        QCOMPARE(m.nA, 2);
        QCOMPARE(m.nB, 0);
        QCOMPARE(m.topicsA, 2);
        QCOMPARE(m.topicsB, 0);
        QVERIFY(near(m.depthA, 2.0));
        QVERIFY(!m.depthB);
        QVERIFY(near(m.depthBalance, 0.0)); // defined as 0, not undefined
        QVERIFY(near(m.volumeBalance, 0.0));
        QVERIFY(near(m.topicOverlap, 0.0));
        QVERIFY(!m.turnMatch); // no pair by different people
        QVERIFY(near(m.reciprocityIndex, 0.0));
    }

    void onlyBShared()
    {
        const auto m = ReciprocityMetrics::compute({said(0, Speaker::B, 4, 2)}, 5);
        QVERIFY(!m.depthA);
        QVERIFY(near(m.depthB, 2.0));
        QVERIFY(near(m.depthBalance, 0.0));
        QVERIFY(!m.turnMatch);
    }

    void turnMatchUsesOnlyChangesOfSpeaker()
    {
        // A1 A3 B3: only A3→B3 is a change of speaker, and it matches exactly.
        const auto m = ReciprocityMetrics::compute(
            {said(0, Speaker::A, 1, 1), said(1, Speaker::A, 1, 3), said(2, Speaker::B, 1, 3)}, 3);
        QVERIFY(near(m.turnMatch, 1.0));
        QVERIFY(near(m.volumeBalance, 1.0 - 1.0 / 3));
        QVERIFY(near(m.topicOverlap, 1.0));
    }

    void layerCountScalesDepthMeasures()
    {
        // Depths 1 and 5 in a five-layer journal are as far apart as can be.
        const auto m = ReciprocityMetrics::compute({said(0, Speaker::A, 1, 1), said(1, Speaker::B, 2, 5)}, 5);
        QVERIFY(near(m.depthBalance, 0.0));
        QVERIFY(near(m.turnMatch, 0.0));
        QVERIFY(near(m.topicOverlap, 0.0));
        QVERIFY(near(m.reciprocityIndex, 100 * (0 + 1 + 0 + 0) / 4.0));
    }
};

QTEST_GUILESS_MAIN(TestReciprocityMetrics)
#include "test_reciprocity_metrics.moc"
