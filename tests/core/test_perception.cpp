// SPDX-License-Identifier: GPL-3.0-or-later
// The measures of two accounts of one conversation (DESIGN.md §2.3), on cases computed by hand.
#include "PartnerOnion.h"
#include "Perception.h"

#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

Disclosure said(Speaker who, qint64 topic, int depth)
{
    Disclosure d;
    d.speaker = who;
    d.topicId = topic;
    d.depth = depth;
    return d;
}

bool near(const std::optional<double> &v, double expected)
{
    return v && qAbs(*v - expected) < 1e-12;
}

} // namespace

class TestPerception : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedPair()
    {
        // L = 3. Mine: A shares topic 1 at depth 1 and topic 2 at 3; B topic 1 at 2.
        // Partner's: A topics 1, 2, 3 at depths 2, 3, 1; B nothing.
        const QList<Disclosure> mine{said(Speaker::A, 1, 1), said(Speaker::B, 1, 2), said(Speaker::A, 2, 3)};
        const QList<Disclosure> partner{said(Speaker::A, 1, 2), said(Speaker::A, 2, 3),
                                        said(Speaker::A, 3, 1)};
        const PairPerception p = Perception::compare(mine, partner, 3);
        // A: count_gap = 3 − 2 = 1; depth_gap = 2 − 2 = 0; topics {1,2} vs {1,2,3} → 2/3.
        QCOMPARE(p.a.countGap, 1);
        QVERIFY(near(p.a.depthGap, 0.0));
        QVERIFY(near(p.a.topicAgreement, 2.0 / 3.0));
        // B: count_gap = 0 − 1 = −1; depth_gap undefined (the partner logged none); topics {1} vs {} → 0.
        QCOMPARE(p.b.countGap, -1);
        QVERIFY(!p.b.depthGap);
        QVERIFY(near(p.b.topicAgreement, 0.0));
        // Components: A 1 − 1/5, 1 − 0/2, 2/3; B 1 − 1/1, 0 → 100 × (0.8 + 1 + 2/3 + 0 + 0) / 5.
        QVERIFY(near(p.agreementIndex, 100.0 * (0.8 + 1.0 + 2.0 / 3.0) / 5.0));
    }

    void theGapIsThePartnersMinusMine()
    {
        // The partner's log says A went to the core; mine says A stayed at the surface.
        const PairPerception p = Perception::compare({said(Speaker::A, 4, 1)}, {said(Speaker::A, 4, 3)}, 3);
        QVERIFY(near(p.a.depthGap, 2.0));
        QCOMPARE(p.a.countGap, 0);
        // Components: counts agree (1), depths are as far apart as they can be (0), topics agree (1).
        QVERIFY(near(p.agreementIndex, 100.0 * 2.0 / 3.0));
        // Five layers stretch the same gap less: 1 − 2/4.
        QVERIFY(
            near(Perception::compare({said(Speaker::A, 4, 1)}, {said(Speaker::A, 4, 3)}, 5).agreementIndex,
                 100.0 * 2.5 / 3.0));
    }

    void twoEmptyLogsDefineNothing()
    {
        const PairPerception p = Perception::compare({}, {}, 3);
        QCOMPARE(p.a.countGap, 0);
        QCOMPARE(p.b.countGap, 0);
        QVERIFY(!p.a.depthGap && !p.b.depthGap);
        QVERIFY(!p.a.topicAgreement && !p.b.topicAgreement);
        QVERIFY(!p.agreementIndex);
        QVERIFY(!p.loggedMine && !p.loggedPartner);
    }

    void identicalAccountsAgreeFully()
    {
        const QList<Disclosure> log{said(Speaker::A, 1, 2), said(Speaker::B, 2, 3), said(Speaker::A, 5, 1)};
        const PairPerception p = Perception::compare(log, log, 3);
        QVERIFY(near(p.agreementIndex, 100.0));
        QCOMPARE(p.loggedMine, p.loggedPartner);
    }

    void topicsMeetByNameWhateverTheCase()
    {
        Perception::TopicMap map(
            {{7, QStringLiteral("Work & studies"), 0, false}, {8, QStringLiteral("Family"), 1, false}});
        QCOMPARE(map.idOf(QStringLiteral("work & Studies ")), qint64(7));
        QCOMPARE(map.idOf(QStringLiteral("Family")), qint64(8));
        const qint64 own = map.idOf(QStringLiteral("Sailing"));
        QVERIFY(own < 0);
        QCOMPARE(map.idOf(QStringLiteral("sailing")), own); // the same unknown topic stays one topic
        QCOMPARE(map.unknown(), QStringList{QStringLiteral("Sailing")});
    }
    void thePartnersOnionLiesOnMyTopics()
    {
        // Mine: Work (id 7), a hidden Health (8), Family (9). The partner logs two sessions on
        // "work", "Sailing" (a topic I lack) and "health" (hidden here, so left out as in my onion).
        const QList<Topic> mine{{7, QStringLiteral("Work"), 0, false},
                                {8, QStringLiteral("Health"), 1, true},
                                {9, QStringLiteral("Family"), 2, false}};
        PartnerAccount account;
        account.layers = 3;
        PartnerSession later;
        later.id = 40;
        later.start = QDateTime(QDate(2025, 3, 8), QTime(19, 0), QTimeZone::utc());
        later.disclosures = {{Speaker::B, QStringLiteral("sailing"), 3, {}, {}},
                             {Speaker::A, QStringLiteral("Health"), 2, {}, {}}};
        PartnerSession first;
        first.id = 12;
        first.start = later.start.addDays(-7);
        first.disclosures = {{Speaker::A, QStringLiteral(" work"), 2, {}, {}},
                             {Speaker::B, QStringLiteral("Sailing"), 1, {}, {}}};
        account.sessions = {first, later};

        const OnionHistory onion = PartnerOnion::history(account, mine, 3);
        QCOMPARE(onion.sessionCount(), 2);
        QCOMPARE(onion.sessions().at(0).id, qint64(12)); // the partner's ids, in start order
        QCOMPARE(onion.sessionIndex(40), 1);
        QCOMPARE(onion.topicCount(), 3); // Work, Family, then the partner's Sailing
        QCOMPARE(onion.topics().at(2).name, QStringLiteral("Sailing"));
        QVERIFY(onion.topics().at(2).id < 0);
        QCOMPARE(onion.totalDisclosures(), 3); // the one on hidden Health is left out

        const OnionState afterFirst = onion.stateAfter(1);
        QCOMPARE(afterFirst.maxDepth(0, Speaker::A), 2);
        QCOMPARE(afterFirst.maxDepth(2, Speaker::B), 1);
        const OnionState afterBoth = onion.stateAfter(2);
        QCOMPARE(afterBoth.maxDepth(2, Speaker::B), 3);
        QCOMPARE(afterBoth.maxDepth(1, Speaker::A), 0); // Family: nobody, in either session
        QCOMPARE(afterBoth.breadth(Speaker::A), 1);
    }
};

QTEST_GUILESS_MAIN(TestPerception)
#include "test_perception.moc"
