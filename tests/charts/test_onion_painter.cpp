// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionPainter.h"
#include "OnionState.h"
#include "OnionStills.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

// Two topics, three layers. After session 1: A reached Work at depth 2; B Work at depth 1.
// After session 2: B also reached Family at the core.
OnionHistory fixture()
{
    const QList<Topic> topics{{1, QStringLiteral("Work"), 0, false}, {2, QStringLiteral("Family"), 1, false}};
    const QDateTime start(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());
    const QList<Session> sessions{{10, 1, start, {}, {}, {}}, {20, 1, start.addDays(3), {}, {}, {}}};
    QList<Disclosure> disclosures;
    auto add = [&](qint64 session, Speaker who, qint64 topic, int depth) {
        Disclosure d;
        d.sessionId = session;
        d.speaker = who;
        d.topicId = topic;
        d.depth = depth;
        d.position = int(disclosures.size());
        disclosures.append(d);
    };
    add(10, Speaker::A, 1, 2);
    add(10, Speaker::B, 1, 1);
    add(20, Speaker::B, 2, 3);
    return OnionHistory(sessions, disclosures, topics, 3);
}

struct Rendered
{
    QImage image;
    OnionGeometry geometry;
};

Rendered render(const OnionState &state, const OnionState *previous, OnionMode mode, const OnionTheme &theme,
                const OnionState *earlier = nullptr)
{
    OnionPicture picture;
    picture.state = &state;
    picture.previous = previous;
    picture.earlier = earlier;
    picture.title = QStringLiteral("Ann & Bo");
    picture.personA = QStringLiteral("Ann");
    picture.personB = QStringLiteral("Bo");
    picture.layerNames = {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"),
                          QStringLiteral("Core")};
    picture.mode = mode;
    picture.theme = theme;
    const QSize size(401, 401);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    OnionPainter::paint(painter, QSizeF(size), picture);
    painter.end();
    return {image, OnionPainter::layout(QSizeF(size), picture).geometry};
}

// Pixels across a half-cell, away from its middle where a count may be written.
QList<QColor> sample(const Rendered &r, int topic, int depth, Speaker half)
{
    const OnionGeometry &g = r.geometry;
    const double from = g.sectorStart(topic) + (half == Speaker::A ? 0 : g.sectorSpan() / 2);
    QList<QColor> colours;
    for (double f : {0.15, 0.22, 0.3, 0.7, 0.78, 0.85})
        for (double rf : {0.3, 0.5, 0.7}) {
            const double radius = g.ringInner(depth) + (g.ringOuter(depth) - g.ringInner(depth)) * rf;
            colours.append(r.image.pixelColor(g.pointAt(from + g.sectorSpan() / 2 * f, radius).toPoint()));
        }
    return colours;
}

// The share of pixels whose colour differs by more than `tolerance` in some channel.
double differing(const QImage &one, const QImage &other, int tolerance)
{
    int count = 0;
    for (int y = 0; y < one.height(); ++y)
        for (int x = 0; x < one.width(); ++x) {
            const QRgb a = one.pixel(x, y);
            const QRgb b = other.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) > tolerance || std::abs(qGreen(a) - qGreen(b)) > tolerance ||
                std::abs(qBlue(a) - qBlue(b)) > tolerance)
                ++count;
        }
    return double(count) / (one.width() * one.height());
}

QImage paintAt(const OnionPicture &picture, const QSize &size, double scale, bool stills)
{
    OnionStills::setEnabled(stills);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    painter.scale(scale, scale);
    OnionPainter::paint(painter, QSizeF(size), picture);
    painter.end();
    OnionStills::setEnabled(true);
    return image;
}

bool orangeish(const QColor &c)
{
    return c.red() > 120 && c.blue() < 70 && c.red() > c.blue() + 80;
}
bool blueish(const QColor &c)
{
    return c.blue() > 150 && c.red() < 160 && c.blue() > c.red() + 40;
}
bool light(const QColor &c)
{
    return c.red() > 225 && c.green() > 225 && c.blue() > 225;
}

} // namespace

class OnionPainterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachPersonFillsTheirHalfAsDeepAsTheyWent()
    {
        const OnionHistory history = fixture();
        const OnionState state = history.stateAfter(2);
        const Rendered r = render(state, nullptr, OnionMode::WhoReached, OnionTheme::light());
        QCOMPARE(r.image.pixelColor(0, 0), OnionTheme::light().background); // no magenta left
        for (int depth : {1, 2}) {
            const auto a = sample(r, 0, depth, Speaker::A);
            QVERIFY2(std::all_of(a.cbegin(), a.cend(), orangeish), qPrintable(a.first().name()));
        }
        const auto aCore = sample(r, 0, 3, Speaker::A);
        QVERIFY(std::all_of(aCore.cbegin(), aCore.cend(), light));
        const auto b = sample(r, 0, 1, Speaker::B);
        QVERIFY(std::all_of(b.cbegin(), b.cend(), blueish));
        const auto bNotDeeper = sample(r, 0, 2, Speaker::B);
        QVERIFY(std::all_of(bNotDeeper.cbegin(), bNotDeeper.cend(), light));
        // B went straight to the core of Family: all three rings of B's half are reached.
        for (int depth = 1; depth <= 3; ++depth) {
            const auto family = sample(r, 1, depth, Speaker::B);
            QVERIFY(std::all_of(family.cbegin(), family.cend(), blueish));
            const auto familyA = sample(r, 1, depth, Speaker::A);
            QVERIFY(std::all_of(familyA.cbegin(), familyA.cend(), light));
        }
    }

    void hatchingTellsThePeopleApartWithoutColour()
    {
        const OnionState state = fixture().stateAfter(2);
        const Rendered r = render(state, nullptr, OnionMode::WhoReached, OnionTheme::light());
        // Within one reached half, both the fill and darker hatch lines appear.
        const OnionGeometry &g = r.geometry;
        const QRectF box = g.halfPath(0, 1, Speaker::A).boundingRect();
        int fill = 0;
        int lines = 0;
        for (int y = int(box.top()); y < box.bottom(); ++y)
            for (int x = int(box.left()); x < box.right(); ++x) {
                if (g.cellAt(QPointF(x + 0.5, y + 0.5)) != OnionCell{0, 1, Speaker::A})
                    continue;
                const QColor c = r.image.pixelColor(x, y);
                if (c == OnionTheme::light().personA)
                    ++fill;
                else if (c.lightness() < OnionTheme::light().personA.lightness() - 12)
                    ++lines;
            }
        QVERIFY2(fill > 20 && lines > 20, qPrintable(QStringLiteral("%1 %2").arg(fill).arg(lines)));
    }

    // A window over the latest session: Ann's Work, reached in the first session and not since,
    // shows faintly (pulling back); Bo's Family core, reached in the window, in full.
    void whatWasReachedBeforeTheWindowShowsFaintly()
    {
        const OnionHistory history = fixture();
        const OnionState window = history.stateWithin(2, 1);
        const OnionState all = history.stateAfter(2);
        QCOMPARE(window.maxDepth(0, Speaker::A), 0);
        const Rendered r = render(window, nullptr, OnionMode::WhoReached, OnionTheme::light(), &all);
        for (int depth : {1, 2}) {
            for (const QColor &c : sample(r, 0, depth, Speaker::A)) {
                QVERIFY2(!light(c) && !orangeish(c), qPrintable(c.name()));
                QVERIFY(c.red() > c.blue());
            }
        }
        const auto untouched = sample(r, 0, 3, Speaker::A);
        QVERIFY(std::all_of(untouched.cbegin(), untouched.cend(), light));
        const auto family = sample(r, 1, 3, Speaker::B);
        QVERIFY(std::all_of(family.cbegin(), family.cend(), blueish));
        // Without the window's history nothing is faint: the deepest layer reached is all there is.
        const Rendered plain = render(window, nullptr, OnionMode::WhoReached, OnionTheme::light());
        const auto gone = sample(plain, 0, 1, Speaker::A);
        QVERIFY(std::all_of(gone.cbegin(), gone.cend(), light));
    }

    void balanceColoursWholeCells()
    {
        const OnionState state = fixture().stateAfter(2);
        const Rendered r = render(state, nullptr, OnionMode::Balance, OnionTheme::light());
        // Work depth 1 has one disclosure of B only: the whole cell leans B; depth 2 only A.
        for (const Speaker half : {Speaker::A, Speaker::B}) {
            const auto outer = sample(r, 0, 1, half);
            QVERIFY(std::all_of(outer.cbegin(), outer.cend(), blueish));
            const auto middle = sample(r, 0, 2, half);
            QVERIFY(std::all_of(middle.cbegin(), middle.cend(), orangeish));
        }
    }

    void darkThemeIsDark()
    {
        const OnionState state = fixture().stateAfter(2);
        const Rendered r = render(state, nullptr, OnionMode::WhoReached, OnionTheme::dark());
        QCOMPARE(r.image.pixelColor(1, 1), OnionTheme::dark().background);
        const auto empty = sample(r, 0, 3, Speaker::A);
        for (const QColor &c : empty)
            QVERIFY(c.lightness() < 80);
        const auto a = sample(r, 0, 1, Speaker::A);
        QVERIFY(std::all_of(a.cbegin(), a.cend(), orangeish));
    }

    // Scrubbing copies still pixels instead of painting every part (OnionStills); what it shows
    // must be what painting every part shows, in every mode, theme and device scale, and it must
    // follow a change of theme or of a topic's name at the same size.
    void stillsShowWhatPaintingEveryPartShows_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("window");
        QTest::newRow("who reached") << int(OnionMode::WhoReached) << QStringLiteral("light") << 1.0 << false;
        QTest::newRow("faint window") << int(OnionMode::WhoReached) << QStringLiteral("light") << 1.0 << true;
        QTest::newRow("balance") << int(OnionMode::Balance) << QStringLiteral("light") << 1.0 << false;
        QTest::newRow("dark") << int(OnionMode::WhoReached) << QStringLiteral("dark") << 1.0 << false;
        QTest::newRow("high contrast")
            << int(OnionMode::Balance) << QStringLiteral("contrast") << 1.0 << false;
        QTest::newRow("scale 2") << int(OnionMode::WhoReached) << QStringLiteral("light") << 2.0 << true;
        QTest::newRow("scale 1.5") << int(OnionMode::Balance) << QStringLiteral("dark") << 1.5 << false;
    }

    void stillsShowWhatPaintingEveryPartShows()
    {
        QFETCH(int, mode);
        QFETCH(QString, theme);
        QFETCH(double, scale);
        QFETCH(bool, window);
        const OnionHistory history = fixture();
        const OnionState all = history.stateAfter(2);
        const OnionState last = history.stateWithin(2, 1);
        const OnionState first = history.stateAfter(1);
        OnionPicture picture;
        picture.state = window ? &last : &all;
        picture.previous = window ? nullptr : &first;
        picture.earlier = window ? &all : nullptr;
        picture.title = QStringLiteral("Ann & Bo");
        picture.subtitle = QStringLiteral("Session 2 of 2");
        picture.personA = QStringLiteral("Ann");
        picture.personB = QStringLiteral("Bo");
        picture.layerNames = {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"),
                              QStringLiteral("Core")};
        picture.mode = OnionMode(mode);
        picture.theme = theme == QLatin1String("dark")       ? OnionTheme::dark()
                        : theme == QLatin1String("contrast") ? OnionTheme::highContrast()
                                                             : OnionTheme::light();
        picture.highlighted = OnionCell{1, 2, Speaker::A};
        const QSize size(420, 400);
        // Another theme first at the same size, so stale stills would show.
        OnionPicture other = picture;
        other.theme = theme == QLatin1String("dark") ? OnionTheme::light() : OnionTheme::dark();
        paintAt(other, size, scale, true);
        // And the same theme without outlined or faint cells: a legend row fewer moves the onion.
        OnionPicture plain = picture;
        plain.previous = nullptr;
        plain.earlier = nullptr;
        paintAt(plain, size, scale, true);
        const QImage stills = paintAt(picture, size, scale, true);
        const QImage parts = paintAt(picture, size, scale, false);
        QCOMPARE(stills.size(), parts.size());
        // Only the antialiased rims of filled pieces may differ slightly: there the parting line
        // is drawn over the fill in one case and the fill cut along the line in the other.
        const double slightly = differing(stills, parts, 40);
        const double clearly = differing(stills, parts, 120);
        QVERIFY2(slightly < 0.004 && clearly < 0.0005,
                 qPrintable(QStringLiteral("%1 %2").arg(slightly).arg(clearly)));
        // Every pixel painted (none of the magenta beneath left).
        QVERIFY(stills.pixelColor(0, 0) == picture.theme.background);

        // A renamed topic at the same size and theme: the stills follow.
        const QList<Topic> renamed{{1, QStringLiteral("Career"), 0, false},
                                   {2, QStringLiteral("Family"), 1, false}};
        const OnionHistory again(
            {{10, 1, QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc()), {}, {}, {}}}, {}, renamed,
            3);
        const OnionState renamedState = again.stateAfter(1);
        OnionPicture emptier = picture;
        emptier.state = &renamedState;
        emptier.previous = nullptr;
        emptier.earlier = nullptr;
        const QImage renamedStills = paintAt(emptier, size, scale, true);
        QVERIFY(differing(renamedStills, paintAt(emptier, size, scale, false), 120) < 0.0005);
        QVERIFY(differing(renamedStills, stills, 120) > 0.001);
    }

    void paintsAtAnySizeAndTopicCount_data()
    {
        QTest::addColumn<int>("topics");
        QTest::addColumn<int>("layers");
        QTest::addColumn<QSize>("size");
        QTest::newRow("1 topic") << 1 << 3 << QSize(400, 400);
        QTest::newRow("20 topics, 5 layers") << 20 << 5 << QSize(400, 400);
        QTest::newRow("odd") << 7 << 4 << QSize(513, 377);
        QTest::newRow("no topics") << 0 << 3 << QSize(400, 400);
    }

    void paintsAtAnySizeAndTopicCount()
    {
        QFETCH(int, topics);
        QFETCH(int, layers);
        QFETCH(QSize, size);
        QList<Topic> list;
        for (int t = 0; t < topics; ++t)
            list.append({t + 1, QStringLiteral("Topic with a long name %1").arg(t), t, false});
        const OnionHistory history({}, {}, list, layers);
        const OnionState state = history.stateAfter(0);
        OnionPicture picture;
        picture.state = &state;
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        OnionPainter::paint(painter, QSizeF(size), picture);
        painter.end();
        QCOMPARE(image.pixelColor(size.width() - 1, size.height() - 1), OnionTheme::light().background);
    }
};

QTEST_MAIN(OnionPainterTest)
#include "test_onion_painter.moc"
