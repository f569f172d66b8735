// SPDX-License-Identifier: GPL-3.0-or-later
// The high-contrast pictures: which palettes count as high contrast, that the onion
// and the charts pick their high-contrast variants for them (and only for them), that the onion
// then edges every cell and keeps its hatching, and that the charts draw wider, larger and in
// yellow and cyan on black.
#include "ChartBuilder.h"
#include "ChartLines.h"
#include "ChartPainter.h"
#include "Contrast.h"
#include "OnionPainter.h"
#include "OnionState.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace unfold;

namespace {

QPalette palette(const QColor &window, const QColor &text, const QColor &base, const QColor &fieldText)
{
    QPalette p;
    p.setColor(QPalette::All, QPalette::Window, window);
    p.setColor(QPalette::All, QPalette::WindowText, text);
    p.setColor(QPalette::All, QPalette::Base, base);
    p.setColor(QPalette::All, QPalette::Text, fieldText);
    return p;
}

const QColor black(0, 0, 0);
const QColor white(255, 255, 255);

QPalette whiteOnBlack()
{
    return palette(black, white, black, white);
}
QPalette blackOnWhite()
{
    return palette(white, black, white, black);
}
QPalette fusionLight()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}
// As Breeze Dark has it.
QPalette ordinaryDark()
{
    return palette(QColor(0x31, 0x36, 0x3b), QColor(0xfc, 0xfc, 0xfc), QColor(0x1b, 0x1e, 0x20),
                   QColor(0xfc, 0xfc, 0xfc));
}

// Two topics, three layers: A reached Work at depth 2, B Work at depth 1 and Family at the core.
OnionHistory fixture()
{
    const QList<Topic> topics{{1, QStringLiteral("Work"), 0, false}, {2, QStringLiteral("Family"), 1, false}};
    const QList<Session> sessions{
        {10, 1, QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc()), {}, {}, {}}};
    QList<Disclosure> disclosures;
    auto add = [&](Speaker who, qint64 topic, int depth) {
        Disclosure one;
        one.sessionId = 10;
        one.speaker = who;
        one.topicId = topic;
        one.depth = depth;
        one.position = int(disclosures.size());
        disclosures.append(one);
    };
    add(Speaker::A, 1, 2);
    add(Speaker::B, 1, 1);
    add(Speaker::B, 2, 3);
    return OnionHistory(sessions, disclosures, topics, 3);
}

struct Rendered
{
    QImage image;
    OnionGeometry geometry;
};

Rendered renderOnion(const OnionState &state, const OnionTheme &theme, int side = 501)
{
    OnionPicture picture;
    picture.state = &state;
    picture.title = QStringLiteral("Ann & Bo");
    picture.personA = QStringLiteral("Ann");
    picture.personB = QStringLiteral("Bo");
    picture.layerNames = {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"),
                          QStringLiteral("Core")};
    picture.theme = theme;
    const QSize size(side, side);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    OnionPainter::paint(painter, QSizeF(size), picture);
    painter.end();
    return {image, OnionPainter::layout(QSizeF(size), picture).geometry};
}

// How many lines stand out (7:1) from `background` when walking outwards through the middle of
// one half of a topic, from the innermost ring's middle to the outermost ring's middle. A
// parting drawn edge, background, edge counts once: strong pixels under 4 px apart are one line.
int edgesCrossed(const Rendered &r, int topic, Speaker half, const QColor &background)
{
    const OnionGeometry &g = r.geometry;
    const double angle = g.sectorStart(topic) + g.sectorSpan() * (half == Speaker::A ? 0.25 : 0.75);
    int lines = 0;
    double lastStrong = -100;
    // Depth 1 is the outermost ring.
    for (double radius = g.ringMiddle(g.layerCount()); radius <= g.ringMiddle(1); radius += 0.25) {
        const QColor c = r.image.pixelColor(g.pointAt(angle, radius).toPoint());
        if (Contrast::ratio(c, background) < 7.0)
            continue;
        if (radius - lastStrong > 4.0)
            ++lines;
        lastStrong = radius;
    }
    return lines;
}

ChartSubject chartFixture()
{
    const QDateTime day0(QDate(2025, 1, 1), QTime(18, 0), QTimeZone::utc());
    QList<Session> sessions;
    QList<Disclosure> disclosures;
    for (int i = 0; i < 4; ++i) {
        Session s;
        s.id = i + 1;
        s.start = day0.addDays(7 * i);
        sessions.append(s);
        for (int j = 0; j < 4; ++j) {
            Disclosure one;
            one.sessionId = s.id;
            one.position = j;
            one.speaker = j % 2 == 0 ? Speaker::A : Speaker::B;
            one.topicId = 1 + j;
            one.depth = 1 + (i + j) % 3;
            disclosures.append(one);
        }
    }
    QList<Topic> topics;
    for (int i = 1; i <= 4; ++i)
        topics.append({i, QStringLiteral("T%1").arg(i), i, false});
    return ChartSubject(
        RelationshipSeries(sessions, disclosures, topics, 3, {}), {}, QStringLiteral("Anna"),
        QStringLiteral("Ben"),
        {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"), QStringLiteral("Core")});
}

} // namespace

class TestHighContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatiosAreWcags()
    {
        QCOMPARE(Contrast::ratio(black, white), 21.0);
        QCOMPARE(Contrast::ratio(white, white), 1.0);
        // WCAG's own example: #777 on white just misses 4.5:1.
        QCOMPARE(qRound(Contrast::ratio(QColor(0x77, 0x77, 0x77), white) * 100), 448);
        QCOMPARE(Contrast::ratio(QColor(0xff, 0xff, 0x00), black),
                 Contrast::ratio(black, QColor(0xff, 0xff, 0x00)));
    }

    void tellsHighContrastPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("high");
        QTest::newRow("white on black") << whiteOnBlack() << true;
        QTest::newRow("black on white") << blackOnWhite() << true;
        QTest::newRow("Fusion light") << fusionLight() << false;
        QTest::newRow("ordinary dark") << ordinaryDark() << false;
        // Windows black on white, but fields grey: not a high-contrast desktop.
        QTest::newRow("grey fields") << palette(white, black, QColor(0xd0, 0xd0, 0xd0),
                                                QColor(0x30, 0x30, 0x30))
                                     << false;
    }

    void tellsHighContrastPalettes()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, high);
        QCOMPARE(Contrast::isHighContrast(palette), high);
    }

    void forPalettePicksTheHighContrastVariantsOnlyForHighContrast()
    {
        const OnionTheme onion = OnionTheme::forPalette(whiteOnBlack());
        QCOMPARE(onion.personA, OnionTheme::highContrast().personA);
        QCOMPARE(onion.outline, OnionTheme::highContrast().outline);
        QVERIFY(onion.lineScale > 1.0);
        const ChartTheme chart = ChartTheme::forPalette(whiteOnBlack());
        QCOMPARE(chart.personA.colour, ChartTheme::highContrast().personA.colour);
        QCOMPARE(chart.markerSize, ChartTheme::highContrast().markerSize);

        for (const QPalette &ordinary : {fusionLight(), ordinaryDark()}) {
            const OnionTheme o = OnionTheme::forPalette(ordinary);
            QVERIFY(!o.outline.isValid());
            QCOMPARE(o.lineScale, 1.0);
            QCOMPARE(o.personA, OnionTheme::light().personA);
            const ChartTheme c = ChartTheme::forPalette(ordinary);
            QCOMPARE(c.markerSize, ChartTheme::light().markerSize);
            QVERIFY(c.personA.colour == ChartTheme::light().personA.colour);
        }
    }

    void highContrastColoursReachSevenToOne()
    {
        const OnionTheme onion = OnionTheme::highContrast();
        for (const QColor &c : {onion.text, onion.mutedText, onion.grid, onion.outline, onion.personA,
                                onion.personB, onion.focus})
            QVERIFY2(Contrast::ratio(c, onion.background) >= 7.0, qPrintable(c.name()));
        QVERIFY(Contrast::ratio(onion.textOnA, onion.personA) >= 7.0);
        QVERIFY(Contrast::ratio(onion.textOnB, onion.personB) >= 7.0);
        QVERIFY(Contrast::ratio(onion.hatchOnA, onion.personA) >= 7.0);
        QVERIFY(Contrast::ratio(onion.hatchOnB, onion.personB) >= 7.0);

        const ChartTheme chart = ChartTheme::highContrast();
        for (const SeriesStyle &s :
             {chart.personA, chart.personB, chart.shared, chart.personA2, chart.personB2})
            QVERIFY2(Contrast::ratio(s.colour, chart.background) >= 7.0, qPrintable(s.colour.name()));
        QVERIFY(Contrast::ratio(chart.text, chart.background) >= 7.0);
        QVERIFY(Contrast::ratio(chart.event, chart.background) >= 7.0);
        QVERIFY(Contrast::ratio(chart.grid, chart.background) >= 4.5); // a grid, not data, yet visible

        // On a black-on-white desktop the inks turn dark, still at 7:1.
        const ChartTheme onWhite = ChartTheme::forPalette(blackOnWhite());
        for (const SeriesStyle &s : {onWhite.personA, onWhite.personB, onWhite.shared})
            QVERIFY2(Contrast::ratio(s.colour, white) >= 7.0, qPrintable(s.colour.name()));
        const OnionTheme onionOnWhite = OnionTheme::forPalette(blackOnWhite());
        QVERIFY(Contrast::ratio(onionOnWhite.outline, white) >= 7.0);
        QVERIFY(Contrast::ratio(onionOnWhite.focus, white) >= 7.0);
    }

    void onionEdgesEveryCellInHighContrast()
    {
        const OnionState state = fixture().stateAfter(1);
        // Family, A's half: three empty cells, so two edges between empty cells on the way out.
        const Rendered high = renderOnion(state, OnionTheme::highContrast());
        QCOMPARE(high.image.pixelColor(1, 1), QColor(Qt::black));
        QCOMPARE(edgesCrossed(high, 1, Speaker::A, Qt::black), 2);
        // The dark theme parts its cells by background lines alone: nothing stands out there.
        const OnionTheme dark = OnionTheme::dark();
        QCOMPARE(edgesCrossed(renderOnion(state, dark), 1, Speaker::A, dark.background), 0);
    }

    void onionKeepsHatchingInHighContrast()
    {
        const OnionState state = fixture().stateAfter(1);
        const OnionTheme theme = OnionTheme::highContrast();
        const Rendered r = renderOnion(state, theme);
        const OnionGeometry &g = r.geometry;
        for (const Speaker half : {Speaker::A, Speaker::B}) {
            const QRectF box = g.halfPath(0, 1, half).boundingRect();
            const QColor fill = half == Speaker::A ? theme.personA : theme.personB;
            int filled = 0;
            int hatched = 0;
            for (int y = int(box.top()); y < box.bottom(); ++y)
                for (int x = int(box.left()); x < box.right(); ++x) {
                    if (g.cellAt(QPointF(x + 0.5, y + 0.5)) != OnionCell{0, 1, half})
                        continue;
                    const QColor c = r.image.pixelColor(x, y);
                    if (c == fill)
                        ++filled;
                    else if (Contrast::ratio(c, fill) >= 7.0)
                        ++hatched;
                }
            QVERIFY2(filled > 50 && hatched > 50,
                     qPrintable(QStringLiteral("%1 %2").arg(filled).arg(hatched)));
        }
    }

    void countsSitOnPlatesThroughTheHatching()
    {
        const OnionState state = fixture().stateAfter(1);
        const OnionTheme plated = OnionTheme::highContrast();
        OnionTheme plain = plated;
        plain.countPlates = false;
        const Rendered withPlates = renderOnion(state, plated, 1001);
        const Rendered without = renderOnion(state, plain, 1001);
        // Around A's count in Work at depth 2: whatever the plate changed, it changed to the
        // clean fill (most pixels; the rest are the plate's soft edge), which keeps the black
        // digits off the black hatching.
        const OnionGeometry &g = withPlates.geometry;
        const QPoint at = g.pointAt(g.sectorStart(0) + g.sectorSpan() / 4, g.ringMiddle(2)).toPoint();
        int changed = 0;
        int toFill = 0;
        for (int y = at.y() - 12; y <= at.y() + 12; ++y)
            for (int x = at.x() - 12; x <= at.x() + 12; ++x) {
                const QColor c = withPlates.image.pixelColor(x, y);
                if (c == without.image.pixelColor(x, y))
                    continue;
                ++changed;
                toFill += c == plated.personA;
            }
        QVERIFY2(changed >= 20 && toFill * 2 > changed,
                 qPrintable(QStringLiteral("%1 changed, %2 to the fill").arg(changed).arg(toFill)));
    }

    void chartsDrawWiderAndLargerInHighContrast()
    {
        ChartOptions options;
        options.theme = ChartTheme::highContrast();
        const BuiltChart high = ChartBuilder::build(ChartKind::Depth, chartFixture(), options);
        const BuiltChart light = ChartBuilder::build(ChartKind::Depth, chartFixture(), {});
        // The lines are drawn by ChartLines, in the pens it keeps for them.
        const auto widest = [](QChart *chart) {
            const ChartLines *lines = ChartLines::of(chart);
            qreal width = 0;
            for (QAbstractSeries *s : chart->series())
                if (auto *line = qobject_cast<QLineSeries *>(s); line && !qobject_cast<QScatterSeries *>(s) &&
                                                                 lines &&
                                                                 lines->penOf(line).style() != Qt::NoPen)
                    width = std::max(width, lines->penOf(line).widthF());
            return width;
        };
        const auto largest = [](QChart *chart) {
            qreal size = 0;
            for (QAbstractSeries *s : chart->series())
                if (auto *markers = qobject_cast<QScatterSeries *>(s))
                    size = std::max(size, markers->markerSize());
            return size;
        };
        QVERIFY(widest(light.chart.get()) > 0);
        QVERIFY(widest(high.chart.get()) >= widest(light.chart.get()) + 1.0);
        QVERIFY(largest(high.chart.get()) >= largest(light.chart.get()) * 1.4);
        for (QAbstractAxis *axis : high.chart->axes()) {
            QVERIFY(axis->isGridLineVisible());
            QVERIFY(axis->gridLinePen().widthF() >= 1.5);
            QVERIFY(Contrast::ratio(axis->gridLinePen().color(), Qt::black) >= 4.5);
        }
    }

    void layerLegendShowsEachLayersFill()
    {
        ChartOptions options;
        options.theme = ChartTheme::highContrast();
        BuiltChart built = ChartBuilder::build(ChartKind::Layers, chartFixture(), options);
        QImage image(QSize(600, 360), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        ChartPainter::paint(painter, QSizeF(image.size()), *built.chart);
        painter.end();
        const QRect legend = built.chart->legend()->geometry().toAlignedRect().intersected(image.rect());
        QVERIFY(!legend.isEmpty());
        int yellow = 0;
        for (int y = legend.top(); y <= legend.bottom(); ++y)
            for (int x = legend.left(); x <= legend.right(); ++x)
                yellow += image.pixelColor(x, y) == options.theme.layers.first();
        // The peripheral layer's swatch: a solid square of its colour beside its name.
        QVERIFY2(yellow >= 16, qPrintable(QString::number(yellow)));
    }

    void chartsPaintYellowAndCyanOnBlack()
    {
        ChartOptions options;
        options.theme = ChartTheme::highContrast();
        BuiltChart built = ChartBuilder::build(ChartKind::Depth, chartFixture(), options);
        QImage image(QSize(600, 360), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        ChartPainter::paint(painter, QSizeF(image.size()), *built.chart);
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::black));
        int yellow = 0;
        int cyan = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                yellow += c == QColor(0xff, 0xff, 0x00);
                cyan += c == QColor(0x00, 0xff, 0xff);
            }
        // Both people's lines and markers, each well beyond a few stray pixels.
        QVERIFY2(yellow > 400 && cyan > 400, qPrintable(QStringLiteral("%1 %2").arg(yellow).arg(cyan)));
    }
};

QTEST_MAIN(TestHighContrast)
#include "test_high_contrast.moc"
