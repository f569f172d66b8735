// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentScorer.h"
#include "InstrumentValidator.h"

#include <QTest>

#include <cmath>

using namespace unfold;

// The scoring rules of DESIGN.md §3 on a test instrument (tests/data/instruments/scoring-test.json):
// subscale a = mean of a1..a5 with a2 reverse-keyed, scale 1..5; s = sum of s1..s4 with s4
// reverse-keyed; close = the circles item c (1..7).
class TestInstrumentScorer final : public QObject
{
    Q_OBJECT

private:
    Instrument m_instrument;

    static Instrument load(const char *name)
    {
        QList<InstrumentProblem> problems;
        auto instrument = InstrumentValidator::load(
            QStringLiteral(UNFOLD_INSTRUMENT_DATA "/") + QLatin1String(name), &problems);
        if (!instrument)
            qFatal("%s", qPrintable(problems.value(0).toString()));
        return *instrument;
    }

    static AnswerSet answers(std::initializer_list<std::pair<const char *, int>> values)
    {
        AnswerSet set;
        for (const auto &[id, value] : values)
            set.insert(QLatin1String(id), value);
        return set;
    }

private Q_SLOTS:
    void initTestCase() { m_instrument = load("scoring-test.json"); }

    void keying_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("raw");
        QTest::addColumn<int>("keyed");
        QTest::newRow("forward") << "a1" << 2 << 2;
        QTest::newRow("reverse low") << "a2" << 1 << 5;
        QTest::newRow("reverse middle") << "a2" << 3 << 3;
        QTest::newRow("reverse high") << "a2" << 5 << 1;
        QTest::newRow("explicitly not reversed") << "a4" << 4 << 4;
    }

    void keying()
    {
        QFETCH(QString, item);
        QFETCH(int, raw);
        QFETCH(int, keyed);
        QCOMPARE(InstrumentScorer::keyed(m_instrument, *m_instrument.item(item), raw), keyed);
    }

    void eightyPercentRule_data()
    {
        QTest::addColumn<int>("answered");
        QTest::addColumn<int>("items");
        QTest::addColumn<bool>("enough");
        QTest::newRow("1 of 1") << 1 << 1 << true;
        QTest::newRow("0 of 1") << 0 << 1 << false;
        QTest::newRow("4 of 5 is exactly 80 %") << 4 << 5 << true;
        QTest::newRow("3 of 4 is 75 %") << 3 << 4 << false;
        QTest::newRow("8 of 10") << 8 << 10 << true;
        QTest::newRow("7 of 10") << 7 << 10 << false;
        QTest::newRow("no items") << 0 << 0 << false;
    }

    void eightyPercentRule()
    {
        QFETCH(int, answered);
        QFETCH(int, items);
        QFETCH(bool, enough);
        QCOMPARE(InstrumentScorer::enoughAnswered(answered, items), enough);
    }

    void scores_data()
    {
        QTest::addColumn<AnswerSet>("given");
        QTest::addColumn<QString>("subscale");
        QTest::addColumn<int>("answered");
        QTest::addColumn<double>("score"); // NaN: missing
        QTest::addColumn<double>("score0to100");
        const double missing = std::nan("");
        // a: 1, 5-2+1=4, 3, 4, 5 -> 17 / 5 = 3.4 -> (3.4 - 1) / 4 = 60 %
        QTest::newRow("mean, all answered")
            << answers({{"a1", 1}, {"a2", 2}, {"a3", 3}, {"a4", 4}, {"a5", 5}}) << "a" << 5 << 3.4 << 60.0;
        QTest::newRow("mean, one missing is prorated")
            << answers({{"a1", 1}, {"a2", 2}, {"a3", 3}, {"a4", 4}}) << "a" << 4 << 3.0 << 50.0;
        QTest::newRow("mean, two missing is missing")
            << answers({{"a1", 1}, {"a2", 2}, {"a3", 3}}) << "a" << 3 << missing << missing;
        QTest::newRow("mean, all lowest")
            << answers({{"a1", 1}, {"a2", 1}, {"a3", 1}, {"a4", 1}, {"a5", 1}}) << "a" << 5 << 1.8 << 20.0;
        QTest::newRow("mean, floor after keying")
            << answers({{"a1", 1}, {"a2", 5}, {"a3", 1}, {"a4", 1}, {"a5", 1}}) << "a" << 5 << 1.0 << 0.0;
        QTest::newRow("mean, ceiling after keying")
            << answers({{"a1", 5}, {"a2", 1}, {"a3", 5}, {"a4", 5}, {"a5", 5}}) << "a" << 5 << 5.0 << 100.0;
        // s: 2 + 3 + 4 + (6 - 5) = 10, mean 2.5 -> 37.5 %
        QTest::newRow("sum, all answered")
            << answers({{"s1", 2}, {"s2", 3}, {"s3", 4}, {"s4", 5}}) << "s" << 4 << 10.0 << 37.5;
        QTest::newRow("sum, 3 of 4 is below 80 %")
            << answers({{"s1", 2}, {"s2", 3}, {"s3", 4}}) << "s" << 3 << missing << missing;
        QTest::newRow("out of range counts as missing")
            << answers({{"s1", 2}, {"s2", 3}, {"s3", 4}, {"s4", 6}}) << "s" << 3 << missing << missing;
        QTest::newRow("circles apart") << answers({{"c", 1}}) << "close" << 1 << 1.0 << 0.0;
        QTest::newRow("circles middle") << answers({{"c", 4}}) << "close" << 1 << 4.0 << 50.0;
        QTest::newRow("circles almost one") << answers({{"c", 7}}) << "close" << 1 << 7.0 << 100.0;
        QTest::newRow("circles unanswered") << AnswerSet{} << "close" << 0 << missing << missing;
    }

    void scores()
    {
        QFETCH(AnswerSet, given);
        QFETCH(QString, subscale);
        QFETCH(int, answered);
        QFETCH(double, score);
        QFETCH(double, score0to100);
        const QList<SubscaleScore> all = InstrumentScorer::score(m_instrument, given);
        QCOMPARE(all.size(), m_instrument.subscales.size());
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const SubscaleScore &s) { return s.subscale == subscale; });
        QVERIFY(it != all.end());
        QCOMPARE(it->items, int(m_instrument.itemsOf(subscale).size()));
        QCOMPARE(it->answered, answered);
        if (std::isnan(score)) {
            QVERIFY(!it->score);
            QVERIFY(!it->score0to100);
            QVERIFY(!it->mean);
        } else {
            QVERIFY(it->score);
            QVERIFY(qAbs(*it->score - score) < 1e-9);
            QVERIFY(qAbs(*it->score0to100 - score0to100) < 1e-9);
        }
    }

    void blockingItemsNameTheMissing()
    {
        const AnswerSet given =
            answers({{"a1", 1}, {"a2", 2}, {"a3", 3}, {"s1", 1}, {"s2", 1}, {"s3", 1}, {"s4", 1}});
        QStringList blocking = InstrumentScorer::itemsBlockingScores(m_instrument, given);
        blocking.sort();
        QCOMPARE(blocking, (QStringList{QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("c")}));
    }

    void alphaOfShroutFleiss()
    {
        // Judge 4 is reverse-keyed in the file and its ratings are stored reversed (11 - x),
        // so alpha equals the published 0.90932 only if keying happens before alpha.
        const Instrument judges = load("shrout-fleiss.json");
        const QList<QList<int>> rows{{9, 2, 5, 3}, {6, 1, 3, 9},  {8, 4, 6, 3},
                                     {7, 1, 2, 5}, {10, 5, 6, 2}, {6, 2, 4, 4}};
        QList<AnswerSet> administrations;
        for (const QList<int> &row : rows) {
            AnswerSet set;
            for (int j = 0; j < 4; ++j)
                set.insert(QStringLiteral("j%1").arg(j + 1), row.at(j));
            administrations.append(set);
        }
        administrations.append(answers({{"j1", 5}})); // incomplete: left out
        const auto result = InstrumentScorer::reliability(judges, administrations);
        QCOMPARE(result.size(), 1);
        QCOMPARE(result.first().items, 4);
        QCOMPARE(result.first().cases, 6);
        QVERIFY(result.first().alpha);
        QVERIFY(qAbs(*result.first().alpha - 0.90932) < 5e-6);
    }

    void reliableChangeNeedsNorms()
    {
        // SE = 0.8 * sqrt(1 - 0.84) = 0.32; S_diff = sqrt(2) * 0.32.
        const Subscale *withNorms = m_instrument.subscale(QStringLiteral("a"));
        const auto rci = InstrumentScorer::reliableChange(*withNorms, 2.0, 3.0);
        QVERIFY(rci);
        QVERIFY(qAbs(*rci - 1.0 / (std::sqrt(2.0) * 0.32)) < 1e-9);
        QVERIFY(*rci > InstrumentScorer::reliableChangeThreshold);
        QVERIFY(!InstrumentScorer::reliableChange(*m_instrument.subscale(QStringLiteral("s")), 2.0, 3.0));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentScorer)
#include "test_instrument_scorer.moc"
