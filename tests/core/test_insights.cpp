// SPDX-License-Identifier: GPL-3.0-or-later
// The gentle observations of DESIGN.md §2.2: each rule on small journals built for it, where it
// must fire and where it must not; scoped to the session in view; never two that contradict;
// always with the sessions and values they rest on; and firing on the demo's own stories.
#include "DemoJournal.h"
#include "Insights.h"
#include "InstrumentLibrary.h"
#include "Journal.h"

#include <QTemporaryDir>
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
    int spacingDays = 7;

    // One session with `a` disclosures by A at `depthA` and `b` by B at `depthB`, taking turns
    // while both have something left, over `topicCount` topics.
    Builder &sharing(int a, int depthA, int b, int depthB, int topicCount = 1)
    {
        Session s;
        s.id = sessions.size() + 1;
        s.start = sessions.isEmpty() ? day0 : sessions.last().start.addDays(spacingDays);
        sessions.append(s);
        int leftA = a;
        int leftB = b;
        for (int position = 0; leftA + leftB > 0; ++position) {
            Disclosure d;
            d.sessionId = s.id;
            d.position = position;
            const bool byA = leftB == 0 || (leftA > 0 && position % 2 == 0);
            d.speaker = byA ? Speaker::A : Speaker::B;
            d.depth = byA ? depthA : depthB;
            (byA ? leftA : leftB)--;
            d.topicId = 1 + position % topicCount;
            disclosures.append(d);
        }
        return *this;
    }
    Builder &session(int a, int b, int depth = 1, int topicCount = 1)
    {
        return sharing(a, depth, b, depth, topicCount);
    }
    Builder &after(int days)
    {
        spacingDays = days;
        return *this;
    }
    // A check-in answer on the 1–7 scale of the shipped check-in, as a raw subscale mean.
    Builder &checkin(Speaker who, double mean, const QString &subscale = QStringLiteral("responsiveness"),
                     const QString &instrument = QStringLiteral("session-checkin"))
    {
        QuestionnaireAnswer q;
        q.sessionId = sessions.last().id;
        q.respondent = who;
        q.instrumentId = instrument;
        q.scores = {{subscale, 6, 6, mean, mean, (mean - 1) / 6 * 100}};
        answers.append(q);
        return *this;
    }
    // Sessions of balanced sharing, each with one check-in of `who`.
    Builder &checkins(Speaker who, std::initializer_list<double> means)
    {
        for (double mean : means)
            session(2, 2).checkin(who, mean);
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

InsightContext context(qint64 sessionInView = 0)
{
    InsightContext c;
    c.personA = QStringLiteral("Anna");
    c.personB = QStringLiteral("Ben");
    c.kind = RelationshipKind::Partner;
    c.sessionInView = sessionInView;
    c.instruments = InstrumentLibrary(QStringLiteral("/nonexistent")).instruments();
    return c;
}

InsightContext startedDaysBefore(int days, RelationshipKind kind = RelationshipKind::Partner)
{
    InsightContext c = context();
    c.kind = kind;
    c.started = day0.date().addDays(-days);
    return c;
}

QStringList rules(const QList<Insight> &insights)
{
    QStringList ids;
    for (const Insight &i : insights)
        ids.append(i.ruleId());
    return ids;
}

// Every insight names the sessions it rests on (none after the one in view) and its values.
void checkEvidence(const QList<Insight> &insights, const RelationshipSeries &series, qint64 inView)
{
    QHash<qint64, int> order;
    for (int i = 0; i < series.sessions().size(); ++i)
        order.insert(series.sessions()[i].session.id, i);
    const int last = inView == 0 ? int(series.sessions().size()) - 1 : order.value(inView, -1);
    for (const Insight &insight : insights) {
        QVERIFY2(!insight.evidence.isEmpty(), qPrintable(insight.ruleId()));
        QVERIFY2(!insight.values.isEmpty(), qPrintable(insight.ruleId()));
        QVERIFY2(!insight.sessionIds.isEmpty(), qPrintable(insight.ruleId()));
        for (qint64 id : insight.sessionIds)
            QVERIFY2(order.contains(id) && order.value(id) <= last, qPrintable(insight.ruleId()));
        for (const InsightValue &v : insight.values)
            QVERIFY(v.sessionId == 0 || order.value(v.sessionId, last + 1) <= last);
    }
}

} // namespace

class TestInsights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- one-sided ------------------------------------------------------------------------

    void oneSidedForSeveralSessions()
    {
        const auto series = Builder().session(2, 2).session(5, 1).session(4, 0).session(6, 1).build();
        const auto insight = Insights::oneSided(series, context());
        QVERIFY(insight);
        QCOMPARE(insight->ruleId(), QStringLiteral("one-sided"));
        QVERIFY(insight->text.contains(QStringLiteral("Anna")));
        QVERIFY(insight->text.contains(QStringLiteral("slow down")));
        QCOMPARE(insight->evidence.size(), Insights::oneSidedSessions + 1);
        QCOMPARE(insight->evidence.last().value, QStringLiteral("88 %"));
        QVERIFY(insight->evidence.first().label.startsWith(QStringLiteral("Session 2 (")));
        QVERIFY(insight->evidence.at(2).value.contains(QStringLiteral("Anna shared 6")));
        QVERIFY(insight->evidence.at(2).value.contains(QStringLiteral("Ben shared 1")));
        QCOMPARE(insight->sessionIds, (QList<qint64>{2, 3, 4}));
        QCOMPARE(insight->key, QStringLiteral("one-sided:4"));
    }

    void oneSidedInDepthAlone()
    {
        // As many disclosures each, but Anna goes to the core and Ben stays at the rim.
        const auto series = Builder().sharing(4, 3, 4, 1).sharing(5, 3, 5, 1).sharing(4, 3, 4, 1).build();
        const auto insight = Insights::oneSided(series, context());
        QVERIFY(insight);
        QVERIFY(insight->text.contains(QStringLiteral("Anna")));
        // The same counts at the same depth are balanced.
        QVERIFY(!Insights::oneSided(
            Builder().sharing(4, 2, 4, 2).sharing(5, 3, 5, 3).sharing(4, 1, 4, 1).build(), context()));
    }

    void notOneSidedWhenItAlternatesOrBalances()
    {
        QVERIFY(!Insights::oneSided(Builder().session(5, 1).session(1, 5).session(5, 1).build(), context()));
        QVERIFY(!Insights::oneSided(Builder().session(5, 1).session(3, 3).session(5, 1).build(), context()));
        QVERIFY(!Insights::oneSided(Builder().session(5, 1).session(5, 1).build(), context())); // too few
        QVERIFY(!Insights::oneSided(Builder().session(3, 2).session(3, 2).session(3, 2).build(), context()));
        // Sessions with nothing logged neither count nor break the run.
        QVERIFY(Insights::oneSided(Builder().session(5, 1).session(0, 0).session(5, 1).session(4, 0).build(),
                                   context()));
    }

    void oneSidedOnlyFromSessionsUpToTheOneInView()
    {
        // Balanced at first, one-sided in sessions 4–6: a look at session 2 never rests on 4–6.
        const auto series = Builder()
                                .session(2, 2)
                                .session(3, 3)
                                .session(2, 2)
                                .session(6, 1)
                                .session(5, 1)
                                .session(6, 0)
                                .build();
        for (qint64 inView : {1, 2, 3, 4, 5}) {
            QVERIFY2(!Insights::oneSided(series, context(inView)), qPrintable(QString::number(inView)));
            const auto all = Insights::find(series, context(inView));
            checkEvidence(all, series, inView);
        }
        QVERIFY(Insights::oneSided(series, context(6)));
        QVERIFY(Insights::oneSided(series, context()));
        // An unknown session in view: nothing to rest on.
        QVERIFY(Insights::find(series, context(99)).isEmpty());
    }

    // --- early core -----------------------------------------------------------------------

    void coreLayerVeryEarlyAfterTheStart()
    {
        // Session 2 is 17 days after a partner relationship began.
        const auto series = Builder().session(1, 1).session(1, 1, 3).build();
        const auto insight = Insights::earlyCore(series, startedDaysBefore(10));
        QVERIFY(insight);
        QCOMPARE(insight->ruleId(), QStringLiteral("early-core"));
        QCOMPARE(insight->sessionIds, (QList<qint64>{2}));
        QVERIFY(insight->text.contains(QStringLiteral("session 2, within the first 30 days")));
        QVERIFY(insight->evidence.at(1).label.startsWith(QStringLiteral("Session 2 (")));
        QCOMPARE(insight->evidence.at(1).value,
                 QStringLiteral("core-layer disclosures: 2; days since the start: 17"));
        // A colleague is "early" for longer: core sharing 45 days in.
        const auto later = Builder().session(1, 1).session(1, 1).session(1, 1, 3).build();
        QVERIFY(Insights::earlyCore(later, startedDaysBefore(31, RelationshipKind::Colleague)));
        QVERIFY(!Insights::earlyCore(later, startedDaysBefore(31, RelationshipKind::Partner)));
    }

    void coreLayerNotEarlyInALongRelationship()
    {
        // Core sharing in the first logged session, of a relationship that began in 2005: the log
        // starts late, the relationship did not.
        const auto series = Builder().session(1, 1, 3).session(1, 1, 3).build();
        InsightContext since2005 = context();
        since2005.started = QDate(2005, 6, 1);
        QVERIFY(!Insights::earlyCore(series, since2005));
        // Nor in a family, nor for a couple in guided sessions, however new: deep sharing there is expected.
        QVERIFY(!Insights::earlyCore(series, startedDaysBefore(3, RelationshipKind::Family)));
        QVERIFY(!Insights::earlyCore(series, startedDaysBefore(3, RelationshipKind::ClientCouple)));
        QVERIFY(Insights::earlyCore(series, startedDaysBefore(3, RelationshipKind::Friend)));
        // Without a start date nothing can be called early.
        QVERIFY(!Insights::earlyCore(series, context()));
        // Core sharing two months in is not very early for partners.
        const auto slow = Builder().session(1, 1).session(1, 1, 2).after(60).session(1, 1, 3).build();
        QVERIFY(!Insights::earlyCore(slow, startedDaysBefore(0)));
    }

    void coreLayerOnlyFromSessionsUpToTheOneInView()
    {
        const auto series = Builder().session(1, 1).session(1, 1).session(1, 1, 3).build();
        InsightContext c = startedDaysBefore(0);
        QVERIFY(Insights::earlyCore(series, c));
        c.sessionInView = 2;
        QVERIFY(!Insights::earlyCore(series, c));
    }

    // --- breadth --------------------------------------------------------------------------

    void breadthShrinking()
    {
        // Five topics between sessions 1–4, two between sessions 5–8.
        Builder b;
        for (int i = 0; i < 4; ++i)
            b.session(3, 3, 1, 5);
        for (int i = 0; i < 4; ++i)
            b.session(2, 2, 1, 2);
        const auto shrinking = b.build();
        const auto insight = Insights::breadthShrinking(shrinking, context());
        QVERIFY(insight);
        QCOMPARE(insight->ruleId(), QStringLiteral("breadth-shrinking"));
        QCOMPARE(insight->sessionIds.size(), 2 * Insights::breadthWindow);
        QCOMPARE(insight->evidence.at(0).label, QStringLiteral("Sessions 1 to 4"));
        QCOMPARE(insight->evidence.at(0).value, QStringLiteral("topics: 5"));
        QCOMPARE(insight->evidence.at(1).label, QStringLiteral("Sessions 5 to 8"));
        QCOMPARE(insight->evidence.at(1).value, QStringLiteral("topics: 2"));
        QVERIFY(insight->text.contains(QStringLiteral("touched 2 topics between them, the 4 before them 5")));
        // As of session 7 there are not yet eight sessions to compare.
        QVERIFY(!Insights::breadthShrinking(shrinking, context(7)));
    }

    void breadthNotShrinking()
    {
        Builder steady;
        for (int i = 0; i < 8; ++i)
            steady.session(3, 3, 1, 3);
        QVERIFY(!Insights::breadthShrinking(steady.build(), context()));
        QVERIFY(!Insights::breadthShrinking(Builder().session(3, 3, 1, 5).session(1, 1).build(), context()));
        // One topic fewer is within the ups and downs of what comes up.
        Builder oneFewer;
        for (int i = 0; i < 4; ++i)
            oneFewer.session(2, 2, 1, 4);
        for (int i = 0; i < 4; ++i)
            oneFewer.session(2, 2, 1, 3);
        QVERIFY(!Insights::breadthShrinking(oneFewer.build(), context()));
        // One narrow session among wide ones is not narrowing.
        Builder dip;
        for (int i = 0; i < 7; ++i)
            dip.session(3, 3, 1, 4);
        dip.session(1, 1, 1, 1);
        QVERIFY(!Insights::breadthShrinking(dip.build(), context()));
        // Sessions with nothing logged are not sessions of zero topics.
        Builder quiet;
        for (int i = 0; i < 4; ++i)
            quiet.session(3, 3, 1, 3);
        for (int i = 0; i < 4; ++i)
            quiet.session(0, 0);
        for (int i = 0; i < 4; ++i)
            quiet.session(3, 3, 1, 3);
        QVERIFY(!Insights::breadthShrinking(quiet.build(), context()));
    }

    // --- felt scores ----------------------------------------------------------------------

    void feltFallingWhileSharingBalanced()
    {
        // 90, 70, 50 on 0–100 is 6.4, 5.2, 4.0 on the 1–7 scale: a fall of more than a point.
        const auto series = Builder().checkins(Speaker::B, {6.4, 5.2, 4.0}).build();
        const auto found = Insights::feltFalling(series, context(), false);
        QCOMPARE(found.size(), 1);
        const Insight &insight = found.first();
        QCOMPARE(insight.ruleId(), QStringLiteral("felt-falling-while-balanced"));
        QVERIFY(insight.title.contains(QStringLiteral("Ben")));
        QVERIFY(insight.text.contains(QStringLiteral("Felt responsiveness")));
        QCOMPARE(insight.sessionIds, (QList<qint64>{1, 2, 3}));
        QVERIFY(
            insight.evidence.first().value.startsWith(QStringLiteral("90, 70, 50 (0–100) from session 1 to "
                                                                     "session 3, 14 days apart")));
        QCOMPARE(insight.evidence.last().label, QStringLiteral("Reciprocity index, recent mean"));
    }

    void feltNoiseIsNotAFall()
    {
        // 6, 6, 6, 6, 6, 5 on a 1–7 scale: one low answer after steady ones.
        QVERIFY(Insights::feltFalling(Builder().checkins(Speaker::A, {6, 6, 6, 6, 6, 5}).build(), context(),
                                      false)
                    .isEmpty());
        // Ups and downs within a point.
        QVERIFY(Insights::feltFalling(Builder().checkins(Speaker::A, {6, 5.4, 6, 5.2, 5.8, 5.3}).build(),
                                      context(), false)
                    .isEmpty());
        // A single-item answer going up and down a point: a fitted fall of more than a point, but
        // no steady trend, and the latest answer not two points below the usual.
        QVERIFY(Insights::feltFalling(Builder().checkins(Speaker::A, {4, 5, 5, 5, 4, 3, 5, 3}).build(),
                                      context(), false)
                    .isEmpty());
        // Rising.
        QVERIFY(Insights::feltFalling(Builder().checkins(Speaker::A, {4, 5, 6}).build(), context(), false)
                    .isEmpty());
        // A fall the latest answer takes back.
        QVERIFY(Insights::feltFalling(Builder().checkins(Speaker::A, {6, 4, 3, 6}).build(), context(), false)
                    .isEmpty());
        // A big fall, but within a week: too short to say.
        QVERIFY(Insights::feltFalling(Builder().checkins(Speaker::A, {6, 3}).build(), context(), false)
                    .isEmpty());
        // The same over two weeks is beyond noise.
        QCOMPARE(
            Insights::feltFalling(Builder().after(14).checkins(Speaker::A, {6, 3}).build(), context(), false)
                .size(),
            1);
        // An instrument the library does not know has no scale to judge noise by.
        const auto unknown = Builder()
                                 .session(2, 2)
                                 .checkin(Speaker::A, 6, QStringLiteral("x"), QStringLiteral("unknown"))
                                 .session(2, 2)
                                 .checkin(Speaker::A, 1, QStringLiteral("x"), QStringLiteral("unknown"))
                                 .after(30)
                                 .session(2, 2)
                                 .checkin(Speaker::A, 1, QStringLiteral("x"), QStringLiteral("unknown"))
                                 .build();
        QVERIFY(Insights::feltFalling(unknown, context(), false).isEmpty());
    }

    void feltDropOfFiftyPointsAfterAGuidedSession()
    {
        // Steady at 80 for five sessions, then 30 (−50 points) in the latest.
        const auto series = Builder().checkins(Speaker::A, {5.8, 5.8, 5.8, 5.8, 5.8, 2.8}).build();
        const auto found = Insights::feltFalling(series, context(), false);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().title.contains(QStringLiteral("Anna")));
        // Two points below the usual in the latest answer is beyond noise; one point was not.
        QCOMPARE(Insights::feltFalling(Builder().checkins(Speaker::A, {6, 6, 6, 6, 6, 4}).build(), context(),
                                       false)
                     .size(),
                 1);
        // Before that session there is nothing to point out.
        QVERIFY(Insights::feltFalling(series, context(5), false).isEmpty());
    }

    void feltFallUsesNormsWhereTheInstrumentHasThem()
    {
        InsightContext tight = context();
        InsightContext loose = context();
        for (InsightContext *c : {&tight, &loose}) {
            for (Instrument &instrument : c->instruments) {
                for (Subscale &subscale : instrument.subscales) {
                    if (instrument.id == QLatin1String("session-checkin") &&
                        subscale.id == QLatin1String("responsiveness"))
                        subscale.norms =
                            c == &tight ? SubscaleNorms{0.3, 0.9, {}} : SubscaleNorms{1.5, 0.7, {}};
                }
            }
        }
        // A fall of 0.6 points: within a scale point, beyond a reliable change of 0.26 points.
        const auto small = Builder().checkins(Speaker::A, {6.0, 5.7, 5.4}).build();
        QVERIFY(Insights::feltFalling(small, context(), false).isEmpty());
        QCOMPARE(Insights::feltFalling(small, tight, false).size(), 1);
        // A fall of 2 points: beyond a scale point, within a reliable change of 2.3 points.
        const auto big = Builder().checkins(Speaker::A, {6, 5, 4}).build();
        QCOMPARE(Insights::feltFalling(big, context(), false).size(), 1);
        QVERIFY(Insights::feltFalling(big, loose, false).isEmpty());
    }

    void feltFallingWhileOneSidedDoesNotClaimBalance()
    {
        // 6:1 sharing and a falling check-in: one-sided, and a fall, but never "balanced".
        Builder b;
        for (double mean : {6.4, 5.2, 4.0})
            b.session(6, 1).checkin(Speaker::B, mean);
        const auto series = b.build();
        const auto found = Insights::find(series, context());
        QVERIFY(rules(found).contains(QStringLiteral("one-sided")));
        QVERIFY(rules(found).contains(QStringLiteral("felt-falling")));
        QVERIFY(!rules(found).contains(QStringLiteral("felt-falling-while-balanced")));
        QVERIFY(Insights::contradict(Insight::Kind::OneSided, Insight::Kind::FeltFallingWhileBalanced));
        QVERIFY(Insights::contradict(Insight::Kind::FeltFallingWhileBalanced, Insight::Kind::OneSided));
        QVERIFY(!Insights::contradict(Insight::Kind::OneSided, Insight::Kind::FeltFalling));
    }

    void neverTwoThatContradict()
    {
        const QList<Builder> journals{
            Builder().session(6, 1).session(6, 1).session(6, 1).checkins(Speaker::A, {6, 5, 4}),
            Builder().checkins(Speaker::A, {6, 5, 4}).session(6, 1).session(6, 1).session(6, 0),
            Builder().session(6, 1, 3).session(5, 1, 3).session(6, 0, 3).checkins(Speaker::B, {6.5, 5, 3}),
        };
        for (const Builder &journal : journals) {
            const auto series = journal.build();
            for (const auto &s : series.sessions()) {
                InsightContext c = startedDaysBefore(2);
                c.sessionInView = s.session.id;
                const auto found = Insights::find(series, c);
                for (const Insight &x : found) {
                    for (const Insight &y : found)
                        QVERIFY(!Insights::contradict(x.kind, y.kind));
                }
                checkEvidence(found, series, s.session.id);
            }
        }
    }

    void noClinicalLanguage()
    {
        Builder b;
        for (double mean : {6, 4, 2})
            b.session(5, 1, 3).checkin(Speaker::A, mean);
        const auto all = Insights::find(b.build(), startedDaysBefore(1));
        QCOMPARE(rules(all), (QStringList{QStringLiteral("one-sided"), QStringLiteral("early-core"),
                                          QStringLiteral("felt-falling")}));
        for (const Insight &i : all) {
            for (const char *word : {"disorder", "diagnos", "patholog", "abnormal", "symptom"})
                QVERIFY2(!QString(i.title + i.text).contains(QLatin1String(word), Qt::CaseInsensitive), word);
        }
    }

    // --- the demo's stories ---------------------------------------------------------------

    void demoStories_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 42, 2026})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    // The personal demo tells four stories: deepening with balance (partner), one-sided (friend),
    // withdrawing (colleague) and steady (family). Each rule that has a story fires on it, in
    // every seed, and the balanced stories raise no one-sided or withdrawal insight.
    void demoStories()
    {
        QFETCH(quint64, seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, seed, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        QHash<int, QStringList> fired;
        for (const Relationship &r : journal->relationships()) {
            const auto series = RelationshipSeries::fromJournal(*journal, r.id);
            const auto found = Insights::find(series, InsightContext::load(*journal, r.id));
            checkEvidence(found, series, 0);
            fired.insert(int(r.kind), rules(found));
        }
        const QStringList oneSided = fired.value(int(RelationshipKind::Friend));
        const QStringList withdrawing = fired.value(int(RelationshipKind::Colleague));
        QVERIFY2(oneSided.contains(QStringLiteral("one-sided")), qPrintable(oneSided.join(u' ')));
        QVERIFY2(withdrawing.contains(QStringLiteral("breadth-shrinking")),
                 qPrintable(withdrawing.join(u' ')));
        QVERIFY2(withdrawing.contains(QStringLiteral("felt-falling")) ||
                     withdrawing.contains(QStringLiteral("felt-falling-while-balanced")),
                 qPrintable(withdrawing.join(u' ')));
        for (RelationshipKind balanced : {RelationshipKind::Partner, RelationshipKind::Family}) {
            const QStringList ids = fired.value(int(balanced));
            QVERIFY2(!ids.contains(QStringLiteral("one-sided")), qPrintable(ids.join(u' ')));
            QVERIFY2(!ids.contains(QStringLiteral("breadth-shrinking")), qPrintable(ids.join(u' ')));
            QVERIFY2(!ids.contains(QStringLiteral("early-core")), qPrintable(ids.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "test_insights.moc"
