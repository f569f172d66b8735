// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionGeometry.h"
#include "OnionLayout.h"

#include <QTest>

#include <cmath>

using namespace unfold;

class OnionGeometryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCellFindsItself_data()
    {
        QTest::addColumn<int>("topics");
        QTest::addColumn<int>("layers");
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("radius");
        for (int layers = 3; layers <= 5; ++layers)
            for (int topics : {1, 2, 3, 7, 10, 13, 20})
                QTest::addRow("%d topics, %d layers", topics, layers)
                    << topics << layers << QPointF(200.5, 199.5) << 151.25;
        QTest::newRow("tiny odd") << 20 << 5 << QPointF(33.5, 41.0) << 31.0;
        QTest::newRow("poster") << 20 << 5 << QPointF(2401.0, 2399.5) << 2117.0;
    }

    void everyCellFindsItself()
    {
        QFETCH(int, topics);
        QFETCH(int, layers);
        QFETCH(QPointF, centre);
        QFETCH(double, radius);
        const OnionGeometry g(centre, radius, topics, layers);
        const double halfSpan = g.sectorSpan() / 2;
        for (int topic = 0; topic < topics; ++topic) {
            for (int depth = 1; depth <= layers; ++depth) {
                for (const Speaker half : {Speaker::A, Speaker::B}) {
                    const double from = g.sectorStart(topic) + (half == Speaker::A ? 0 : halfSpan);
                    // The middle and points near each corner of the half-cell.
                    const double inner = g.ringInner(depth);
                    const double outer = g.ringOuter(depth);
                    const double inset = (outer - inner) * 0.05;
                    const QList<QPointF> probes{
                        g.pointAt(from + halfSpan / 2, g.ringMiddle(depth)),
                        g.pointAt(from + halfSpan * 0.02, inner + inset),
                        g.pointAt(from + halfSpan * 0.98, outer - inset),
                    };
                    const OnionCell expected{topic, depth, half};
                    for (const QPointF &p : probes) {
                        QCOMPARE(g.cellAt(p), expected);
                        QVERIFY(g.halfPath(topic, depth, half).contains(p));
                        QVERIFY(g.cellPath(topic, depth).contains(p));
                    }
                }
            }
        }
    }

    void outsideTheRingsThereIsNoCell()
    {
        const OnionGeometry g(QPointF(101.5, 99.5), 80.0, 10, 3);
        QVERIFY(!g.cellAt(g.pointAt(90, 80.5)).isValid());                 // beyond the outer ring
        QVERIFY(!g.cellAt(g.pointAt(90, g.holeRadius() - 0.5)).isValid()); // in the hole
        QVERIFY(!g.cellAt(g.centre()).isValid());
        QVERIFY(!g.cellAt(g.pointAt(0, 50)).isValid()); // in the gap at 12 o'clock
        QVERIFY(!g.cellAt(g.pointAt(359, 50)).isValid());
        QVERIFY(g.cellAt(g.pointAt(OnionGeometry::gapDegrees / 2 + 0.5, 50)).isValid());
        QVERIFY(!OnionGeometry(QPointF(10, 10), 5, 0, 3).cellAt(QPointF(12, 10)).isValid());
    }

    void ringsGoFromOutsideToTheCore()
    {
        const OnionGeometry g(QPointF(0, 0), 100.0, 4, 5);
        QCOMPARE(g.ringOuter(1), 100.0);
        QVERIFY(qFuzzyCompare(g.ringInner(5), g.holeRadius()));
        for (int depth = 1; depth < 5; ++depth)
            QVERIFY(qFuzzyCompare(g.ringInner(depth), g.ringOuter(depth + 1)));
        QCOMPARE(g.cellAt(g.pointAt(90, 99)).depth, 1);
        QCOMPARE(g.cellAt(g.pointAt(90, g.holeRadius() + 1)).depth, 5);
    }

    void sectorsRunClockwiseFromTheTop()
    {
        const OnionGeometry g(QPointF(0, 0), 100.0, 4, 3);
        QCOMPARE(g.cellAt(g.pointAt(60, 50)).topic, 0);  // upper right
        QCOMPARE(g.cellAt(g.pointAt(120, 50)).topic, 1); // lower right
        QCOMPARE(g.cellAt(QPointF(-50, -20)).topic, 3);  // upper left is last
        QVERIFY(g.pointAt(90, 10).x() > 9.99);           // 3 o'clock is to the right
    }

    void layoutFitsTheFrame_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("400") << QSizeF(400, 400);
        QTest::newRow("odd") << QSizeF(401, 399);
        QTest::newRow("wide") << QSizeF(1201, 603);
        QTest::newRow("tall") << QSizeF(500, 1100);
        QTest::newRow("poster") << QSizeF(4000, 4000);
    }

    void layoutFitsTheFrame()
    {
        QFETCH(QSizeF, size);
        const OnionLayout layout = OnionLayout::forSize(size, 20, 5);
        const QRectF frame(QPointF(0, 0), size);
        const QRectF onion = layout.geometry.bounds();
        QVERIFY(layout.geometry.outerRadius() > std::min(size.width(), size.height()) * 0.2);
        QVERIFY(frame.contains(
            onion.adjusted(-layout.labelWidth, -layout.labelHeight, layout.labelWidth, layout.labelHeight)));
        QVERIFY(layout.titleArea.bottom() < onion.top());
        QVERIFY(layout.legendArea.top() > onion.bottom());
        QVERIFY(frame.contains(layout.legendArea));
        QVERIFY(layout.labelFont.pixelSize() >= 9); // readable at 400 px
    }
};

QTEST_MAIN(OnionGeometryTest)
#include "test_onion_geometry.moc"
