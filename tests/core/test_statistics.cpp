// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include <QTest>

using namespace unfold;

// Worked examples from public sources (DESIGN.md §7), so the numbers are not our own.
class TestStatistics final : public QObject
{
    Q_OBJECT

private:
    static QList<double> anscombeX() { return {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5}; }
    static QList<double> anscombeY()
    {
        return {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
    }

private Q_SLOTS:
    void meanAndSd()
    {
        QCOMPARE(*Statistics::mean({2, 4, 4, 4, 5, 5, 7, 9}), 5.0);
        // Sample (n - 1) variance: 32 / 7.
        QCOMPARE(*Statistics::sampleVariance({2, 4, 4, 4, 5, 5, 7, 9}), 32.0 / 7.0);
        QVERIFY(qAbs(*Statistics::sampleSd({2, 4, 4, 4, 5, 5, 7, 9}) - 2.13809) < 1e-5);
    }

    void undefinedIsNothing()
    {
        QVERIFY(!Statistics::mean({}));
        QVERIFY(!Statistics::sampleVariance({3}));
        QVERIFY(!Statistics::pearson({1, 2, 3}, {4, 4, 4}));
        QVERIFY(!Statistics::pearson({1, 2}, {1, 2, 3}));
        QVERIFY(!Statistics::leastSquares({2, 2, 2}, {1, 2, 3}));
        QVERIFY(!Statistics::cronbachAlpha({{1, 2}}));            // one case
        QVERIFY(!Statistics::cronbachAlpha({{1}, {2}, {3}}));     // one item
        QVERIFY(!Statistics::cronbachAlpha({{1, 2}, {1, 2}}));    // no variance in totals
        QVERIFY(!Statistics::cronbachAlpha({{1, 2}, {1, 2, 3}})); // ragged
    }

    void anscombePearson()
    {
        QVERIFY(qAbs(*Statistics::pearson(anscombeX(), anscombeY()) - 0.816421) < 5e-7);
    }

    void anscombeLeastSquares()
    {
        const auto fit = Statistics::leastSquares(anscombeX(), anscombeY());
        QVERIFY(fit);
        QVERIFY(qAbs(fit->intercept - 3.00009) < 5e-6);
        QVERIFY(qAbs(fit->slope - 0.50009) < 5e-6);
    }

    void shroutFleissAlpha()
    {
        const QList<QList<double>> ratings{{9, 2, 5, 8}, {6, 1, 3, 2},  {8, 4, 6, 8},
                                           {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        const auto alpha = Statistics::cronbachAlpha(ratings);
        QVERIFY(alpha);
        QVERIFY2(qAbs(*alpha - 0.90932) < 5e-6, qPrintable(QString::number(*alpha, 'f', 8)));
    }

    // By hand: window 3 over 4, –, 8, 2, –, –, – → 4, 4, 6, 5, 5, 2, nothing.
    void rollingMeanOverTheLastSessions()
    {
        const std::optional<double> none;
        const QList<std::optional<double>> values{4.0, none, 8.0, 2.0, none, none, none};
        const QList<std::optional<double>> expected{4.0, 4.0, 6.0, 5.0, 5.0, 2.0, none};
        QCOMPARE(Statistics::rollingMean(values, 3), expected);
        QCOMPARE(Statistics::rollingMean(values, 1), values); // no window: as they were
        QCOMPARE(Statistics::rollingMean(values, 0), values);
        QCOMPARE(Statistics::rollingMean({}, 3), QList<std::optional<double>>());
        // A window longer than the series: the mean of everything so far.
        QCOMPARE(Statistics::rollingMean({1.0, 2.0, 6.0}, 10), (QList<std::optional<double>>{1.0, 1.5, 3.0}));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "test_statistics.moc"
