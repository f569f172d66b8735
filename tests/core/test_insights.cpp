// SPDX-License-Identifier: GPL-3.0-or-later
// The gentle observations of DESIGN.md §2.2, each with the numbers it rests on.
#include "Insights.h"

#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

const QDateTime day0(QDate(2025, 1, 1), QTime(18, 0), QTimeZone::utc());

struct Builder
{
    QList<Session> sessions;
    QList<Disclosure> disclosures;
    QList<QuestionnaireAnswer> answers;

    // One session with `a` disclosures by A and `b` by B, at `depth`, over `topicCount` topics.
    Builder &session(int a, int b, int depth = 1, int topicCount = 1)
    {
        Session s;
        s.id = sessions.size() + 1;
        s.start = day0.addDays(7 * sessions.size());
        sessions.append(s);
        int position = 0;
        for (int i = 0; i < a + b; ++i) {
            Disclosure d;
            d.sessionId = s.id;
            d.position = position++;
            d.speaker = i < a ? Speaker::A : Speaker::B;
            d.topicId = 1 + i % topicCount;
            d.depth = depth;
            disclosures.append(d);
        }
        return *this;
    }
    Builder &checkin(Speaker who, double responsiveness)
    {
        QuestionnaireAnswer q;
        q.sessionId = sessions.last().id;
        q.respondent = who;
        q.instrumentId = QStringLiteral("session-checkin");
        q.scores = {{QStringLiteral("responsiveness"), 3, 3, 0.0, 0.0, responsiveness}};
        answers.append(q);
        return *this;
    }
    RelationshipSeries build() const
    {
        QList<Topic> topics;
        for (int i = 1; i <= 10; ++i)
            topics.append({i, QStringLiteral("T%1").arg(i), i, false});
        return RelationshipSeries(sessions, disclosures, topics, 3, answers);
    }
};

} // namespace

class TestInsights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneSidedForSeveralSessions()
    {
        const auto series = Builder().session(2, 2).session(5, 1).session(4, 0).session(6, 1).build();
        const auto insight = Insights::oneSided(series, QStringLiteral("Anna"), QStringLiteral("Ben"));
        QVERIFY(insight);
        QVERIFY(insight->text.contains(QStringLiteral("Anna")));
        QVERIFY(insight->text.contains(QStringLiteral("slow down")));
        QCOMPARE(insight->evidence.size(), Insights::oneSidedSessions);
        QVERIFY(insight->evidence.last().value.contains(QStringLiteral("6")));
        QCOMPARE(insight->sessionIds, (QList<qint64>{2, 3, 4}));
        QCOMPARE(insight->key, QStringLiteral("one-sided:4"));
    }

    void notOneSidedWhenItAlternatesOrBalances()
    {
        QVERIFY(!Insights::oneSided(Builder().session(5, 1).session(1, 5).session(5, 1).build(), {}, {}));
        QVERIFY(!Insights::oneSided(Builder().session(5, 1).session(3, 3).session(5, 1).build(), {}, {}));
        QVERIFY(!Insights::oneSided(Builder().session(5, 1).session(5, 1).build(), {}, {})); // too few
        // Sessions with nothing logged neither count nor break the run.
        QVERIFY(Insights::oneSided(Builder().session(5, 1).session(0, 0).session(5, 1).session(4, 0).build(),
                                   {}, {}));
    }

    void coreLayerVeryEarly()
    {
        const auto insight = Insights::earlyCore(Builder().session(1, 1).session(1, 1, 3).build());
        QVERIFY(insight);
        QCOMPARE(insight->sessionIds, (QList<qint64>{2}));
        QCOMPARE(insight->evidence.last().value, QStringLiteral("2"));
        QVERIFY(!Insights::earlyCore(
            Builder().session(1, 1).session(1, 1, 2).session(1, 1, 2).session(1, 1, 3).build()));
    }

    void breadthShrinking()
    {
        const auto shrinking = Builder()
                                   .session(3, 3, 1, 5)
                                   .session(3, 3, 1, 4)
                                   .session(3, 3, 1, 5)
                                   .session(2, 2, 1, 2)
                                   .session(2, 2, 1, 2)
                                   .session(1, 1, 1, 1)
                                   .build();
        const auto insight = Insights::breadthShrinking(shrinking);
        QVERIFY(insight);
        QCOMPARE(insight->sessionIds.size(), 2 * Insights::breadthWindow);
        QVERIFY(!insight->evidence.isEmpty());
        const auto steady = Builder()
                                .session(3, 3, 1, 3)
                                .session(3, 3, 1, 3)
                                .session(3, 3, 1, 3)
                                .session(3, 3, 1, 3)
                                .session(3, 3, 1, 3)
                                .session(3, 3, 1, 3)
                                .build();
        QVERIFY(!Insights::breadthShrinking(steady));
        QVERIFY(!Insights::breadthShrinking(Builder().session(3, 3, 1, 5).session(1, 1).build()));
    }

    void feltResponsivenessFallingWhileSharingHigh()
    {
        Builder b;
        b.session(2, 2)
            .checkin(Speaker::B, 90)
            .session(2, 2)
            .checkin(Speaker::B, 70)
            .session(2, 2)
            .checkin(Speaker::B, 50);
        const auto insight =
            Insights::feltResponsivenessFalling(b.build(), QStringLiteral("Anna"), QStringLiteral("Ben"));
        QVERIFY(insight);
        QVERIFY(insight->title.contains(QStringLiteral("Ben")));
        QCOMPARE(insight->sessionIds.size(), 3);
        // The same fall while sharing is one-sided is not this observation.
        Builder low;
        low.session(4, 0)
            .checkin(Speaker::B, 90)
            .session(4, 0)
            .checkin(Speaker::B, 70)
            .session(4, 0)
            .checkin(Speaker::B, 50);
        QVERIFY(!Insights::feltResponsivenessFalling(low.build(), {}, {}));
        Builder rising;
        rising.session(2, 2)
            .checkin(Speaker::A, 50)
            .session(2, 2)
            .checkin(Speaker::A, 70)
            .session(2, 2)
            .checkin(Speaker::A, 90);
        QVERIFY(!Insights::feltResponsivenessFalling(rising.build(), {}, {}));
    }

    void noClinicalLanguage()
    {
        Builder b;
        b.session(5, 1, 3).session(5, 1, 3).session(6, 0, 3);
        const auto all = Insights::find(b.build(), QStringLiteral("Anna"), QStringLiteral("Ben"));
        QVERIFY(!all.isEmpty());
        for (const Insight &i : all) {
            for (const char *word : {"disorder", "diagnos", "patholog", "abnormal", "symptom"})
                QVERIFY2(!QString(i.title + i.text).contains(QLatin1String(word), Qt::CaseInsensitive), word);
        }
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "test_insights.moc"
