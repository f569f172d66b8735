// SPDX-License-Identifier: GPL-3.0-or-later
// Chart series built from fixtures: gaps for undefined values, events on every chart
// over time, the data table matching the chart, and painting at a logical size.
#include "ChartBuilder.h"
#include "ChartCanvas.h"
#include "ChartLines.h"
#include "ChartPainter.h"
#include "ChartTable.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

using namespace unfold;

namespace {

const QDateTime day0(QDate(2025, 1, 1), QTime(18, 0), QTimeZone::utc());

// Three sessions: A and B share, nothing is logged, A and B share again.
ChartSubject fixture()
{
    QList<Session> sessions;
    for (int i = 0; i < 3; ++i) {
        Session s;
        s.id = i + 1;
        s.start = day0.addDays(7 * i);
        sessions.append(s);
    }
    QList<Disclosure> disclosures;
    for (qint64 session : {1, 3}) {
        for (int i = 0; i < 4; ++i) {
            Disclosure d;
            d.sessionId = session;
            d.position = i;
            d.speaker = i % 2 == 0 ? Speaker::A : Speaker::B;
            d.topicId = 1 + i;
            d.depth = 1 + i % 3;
            disclosures.append(d);
        }
    }
    QList<Topic> topics;
    for (int i = 1; i <= 5; ++i)
        topics.append({i, QStringLiteral("T%1").arg(i), i, false});
    QList<TimelineEvent> events{{1, 1, day0.date().addDays(10), QStringLiteral("moved in")}};
    return ChartSubject(
        RelationshipSeries(sessions, disclosures, topics, 3, {}), events, QStringLiteral("Anna"),
        QStringLiteral("Ben"),
        {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"), QStringLiteral("Core")});
}

// Many sessions in which both share: long lines.
ChartSubject longFixture(int count)
{
    QList<Session> sessions;
    QList<Disclosure> disclosures;
    for (int i = 0; i < count; ++i) {
        Session s;
        s.id = i + 1;
        s.start = day0.addDays(i);
        sessions.append(s);
        for (Speaker who : {Speaker::A, Speaker::B}) {
            Disclosure d;
            d.sessionId = s.id;
            d.position = who == Speaker::A ? 0 : 1;
            d.speaker = who;
            d.topicId = 1;
            d.depth = 1 + (i + (who == Speaker::A ? 0 : 1)) % 3; // a zigzag
            disclosures.append(d);
        }
    }
    QList<Topic> topics{{1, QStringLiteral("T1"), 1, false}};
    return ChartSubject(
        RelationshipSeries(sessions, disclosures, topics, 3, {}), {}, QStringLiteral("Anna"),
        QStringLiteral("Ben"),
        {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"), QStringLiteral("Core")});
}

template <typename T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            found.append(t);
    }
    return found;
}

} // namespace

class TestChartBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undefinedLeavesAGap()
    {
        const BuiltChart built = ChartBuilder::build(ChartKind::Depth, fixture(), {});
        // A's depth: defined in sessions 1 and 3, undefined in 2: two segments of one point, no line
        // through the gap, each point with its marker; the legend's key is a scatter series of
        // A's marker shape with no points of its own.
        int anna = 0;
        for (QScatterSeries *s : seriesOf<QScatterSeries>(built.chart.get())) {
            if (s->name() == QLatin1String("Anna")) {
                QCOMPARE(s->count(), 0);
                QCOMPARE(s->markerShape(), QScatterSeries::MarkerShapeCircle);
                ++anna;
            }
        }
        QCOMPARE(anna, 1);
        int segments = 0;
        for (QLineSeries *s : seriesOf<QLineSeries>(built.chart.get())) {
            if (s->name() == QLatin1String("Anna") && qobject_cast<QScatterSeries *>(s) == nullptr) {
                QCOMPARE(s->count(), 1);
                QVERIFY(s->pointsVisible());
                QVERIFY(!s->lightMarker().isNull());
                ++segments;
            }
        }
        QCOMPARE(segments, 2);
        QCOMPARE(built.points.size(), 4); // A and B in sessions 1 and 3
        QCOMPARE(built.points.first().sessionId, 1);
        QVERIFY(built.points.first().text().contains(QStringLiteral("Session 1")));
    }

    // A point's tooltip is worded only when shown, and by then the subject it was built from may
    // be gone (the view loads another relationship): the words keep what they need.
    void tooltipsOutliveTheirSubject()
    {
        QList<ChartPoint> points;
        {
            const ChartSubject subject = fixture();
            for (ChartKind kind : {ChartKind::Depth, ChartKind::Layers, ChartKind::Topics})
                points += ChartBuilder::build(kind, subject, {}).points;
        }
        QStringList texts;
        for (const ChartPoint &p : std::as_const(points))
            texts.append(p.text());
        const QString all = texts.join(u'|');
        const QString first = QLocale().toString(day0.toLocalTime().date(), QLocale::ShortFormat);
        QVERIFY2(all.contains(QStringLiteral("Anna: ") + QLocale().toString(2.0, 'f', 2) +
                              QStringLiteral("\nSession 1 · ") + first),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Session 3 · ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\n4 disclosures")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Ben · T2: Intermediate")), qPrintable(all));
    }

    // A line is one series however long, drawing only its markers: Unfold draws the line itself
    // (ChartLines), in the person's pen: solid for the first, dashed for the second.
    void aLineIsOneSeriesWhoseLineUnfoldDraws()
    {
        constexpr int sessions = 100;
        const BuiltChart built = ChartBuilder::build(ChartKind::Depth, longFixture(sessions), {});
        const ChartLines *lines = ChartLines::of(built.chart.get());
        QVERIFY(lines);
        QList<QLineSeries *> anna;
        QList<QLineSeries *> ben;
        for (QLineSeries *s : seriesOf<QLineSeries>(built.chart.get())) {
            if (qobject_cast<QScatterSeries *>(s))
                continue;
            (s->name() == QLatin1String("Anna") ? anna : ben).append(s);
        }
        QCOMPARE(anna.size(), 1);
        QCOMPARE(anna.first()->count(), sessions);
        QCOMPARE(anna.first()->pen().style(), Qt::NoPen);
        QCOMPARE(lines->penOf(anna.first()).style(), Qt::SolidLine);
        QCOMPARE(lines->penOf(anna.first()).color(), ChartTheme::light().personA.colour);
        QCOMPARE(ben.size(), 1);
        QCOMPARE(ben.first()->count(), sessions);
        QCOMPARE(ben.first()->pen().style(), Qt::NoPen);
        QVERIFY(ben.first()->pointsVisible());
        QCOMPARE(lines->penOf(ben.first()).style(), Qt::DashLine);
        QCOMPARE(lines->penOf(ben.first()).color(), ChartTheme::light().personB.colour);
        QCOMPARE(built.points.size(), 2 * sessions);
    }

    // The breadth chart's ticks count whole topics, six of them at most, however many topics.
    void breadthIsTickedInWholeTopics_data()
    {
        QTest::addColumn<int>("topics");
        QTest::addColumn<double>("step");
        QTest::newRow("3") << 3 << 1.0;
        QTest::newRow("5") << 5 << 1.0;
        QTest::newRow("10") << 10 << 2.0;
        QTest::newRow("12") << 12 << 3.0;
        QTest::newRow("15") << 15 << 3.0;
    }
    void breadthIsTickedInWholeTopics()
    {
        QFETCH(int, topics);
        QFETCH(double, step);
        QList<Topic> list;
        for (int i = 1; i <= topics; ++i)
            list.append({i, QStringLiteral("T%1").arg(i), i, false});
        Session session;
        session.id = 1;
        session.start = day0;
        const ChartSubject subject(RelationshipSeries({session}, {}, list, 3, {}), {}, QStringLiteral("Anna"),
                                   QStringLiteral("Ben"), {});
        const BuiltChart built = ChartBuilder::build(ChartKind::Breadth, subject, {});
        auto *y = qobject_cast<QValueAxis *>(built.chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(y->tickInterval(), step);
        QCOMPARE(y->tickAnchor(), 0.0);
        QVERIFY(topics / step < 6);
    }

    // The radar's radius has no title of its own (it sat on the radius's numbers); the
    // subtitle says what the distance from the centre means.
    void theRadarSaysWhatItsRadiusIsAboveIt()
    {
        const BuiltChart built = ChartBuilder::build(ChartKind::Topics, fixture(), {});
        const auto axes = built.chart->axes();
        QVERIFY(axes.size() >= 2);
        for (const QAbstractAxis *axis : axes)
            QVERIFY2(axis->titleText().isEmpty(), qPrintable(axis->titleText()));
        QVERIFY2(
            built.chart->title().contains(QStringLiteral("From the centre out: the deepest layer reached")),
            qPrintable(built.chart->title()));
    }

    // However short the stretch of time (one session), no two ticks of the time axis name the
    // same day: it read "5 Dec 5 Dec 5 Dec" before.
    void theTimeAxisNeverRepeatsADay()
    {
        for (int sessions : {1, 2, 3}) {
            const BuiltChart built = ChartBuilder::build(ChartKind::Depth, longFixture(sessions), {});
            const auto axes = built.chart->axes(Qt::Horizontal);
            QCOMPARE(axes.size(), 1);
            auto *time = qobject_cast<QDateTimeAxis *>(axes.first());
            QVERIFY(time);
            QStringList labels;
            const qint64 span = time->min().msecsTo(time->max());
            for (int i = 0; i < time->tickCount(); ++i)
                labels.append(QLocale().toString(time->min().addMSecs(span * i / (time->tickCount() - 1)),
                                                 time->format()));
            QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        }
    }

    // The fixture has logged disclosures but no questionnaire answers: the logged reciprocity
    // is in the legend, the felt reciprocity (no points) is not, nor on the chart at all.
    void emptySeriesStayOutOfTheLegend()
    {
        const BuiltChart built = ChartBuilder::build(ChartKind::Reciprocity, fixture(), {});
        // Legend markers report themselves visible only once the chart is in a scene.
        QGraphicsScene scene;
        scene.addItem(built.chart.get());
        const auto giveBack = qScopeGuard([&] { scene.removeItem(built.chart.get()); }); // owned by `built`
        built.chart->resize(800, 500);
        QStringList shown;
        for (QLegendMarker *marker : built.chart->legend()->markers()) {
            if (marker->isVisible())
                shown.append(marker->label());
        }
        QVERIFY2(shown.contains(QStringLiteral("Logged reciprocity index")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.filter(QStringLiteral("felt balance")).isEmpty(), qPrintable(shown.join(u'|')));
        for (QAbstractSeries *s : built.chart->series())
            QVERIFY2(!s->name().contains(QStringLiteral("felt balance")), qPrintable(s->name()));
    }

    // A rolling mean: the raw values as points only, and beside them a line of their mean over the
    // last sessions, in the legend under its own name; the table has a column for each.
    void aRollingMeanIsALineOverThePoints()
    {
        ChartOptions options;
        options.smoothing = 3;
        const BuiltChart built = ChartBuilder::build(ChartKind::Depth, fixture(), options);
        int rawPoints = 0;
        QList<QLineSeries *> meanLines;
        QList<QLineSeries *> meanKeys;
        for (QLineSeries *s : seriesOf<QLineSeries>(built.chart.get())) {
            if (qobject_cast<QScatterSeries *>(s))
                continue;
            if (s->name() == QLatin1String("Anna")) {
                // The raw values: markers without a line joining them.
                QCOMPARE(s->pen().style(), Qt::NoPen);
                QVERIFY(s->pointsVisible());
                rawPoints += s->count();
            }
            if (s->name().startsWith(QLatin1String("Anna, mean of 3"))) {
                QVERIFY(!s->pointsVisible());
                // The legend's key for the line is an empty series in its pen.
                (s->count() > 0 ? meanLines : meanKeys).append(s);
            }
        }
        QCOMPARE(rawPoints, 2);
        // Sessions 1–3: A's depths (1+3)/2 = 2, undefined, 2: the mean over the window is defined in
        // all three sessions, so one unbroken line of three points, all at 2.
        QCOMPARE(meanLines.size(), 1);
        QCOMPARE(meanLines.first()->count(), 3);
        QCOMPARE(meanKeys.size(), 1);
        const ChartLines *lines = ChartLines::of(built.chart.get());
        QVERIFY(lines);
        QCOMPARE(meanLines.first()->pen().style(), Qt::NoPen); // drawn by ChartLines
        QCOMPARE(meanKeys.first()->pen(), lines->penOf(meanLines.first()));
        // The second person's mean is dashed, in the legend too.
        for (QLineSeries *s : seriesOf<QLineSeries>(built.chart.get())) {
            if (!s->name().startsWith(QLatin1String("Ben, mean of 3")))
                continue;
            QCOMPARE(s->count() > 0 ? lines->penOf(s).style() : s->pen().style(), Qt::DashLine);
        }
        for (const QPointF &p : meanLines.first()->points())
            QCOMPARE(p.y(), 2.0);
        QCOMPARE(built.points.size(), 4); // tooltips and table links come from the raw points only
        const ChartTable table = ChartTable::of(ChartKind::Depth, fixture(), {}, 3);
        QCOMPARE(table.columns.filter(QStringLiteral("Anna, mean of 3")).size(), 1);
        QVERIFY(table.columns.contains(QStringLiteral("Anna")));
    }

    // The pointer over a point names its session, moving on to the next point names that one, and
    // a click opens the session; away from the points nothing is named.
    void aPointUnderThePointerNamesItsSession()
    {
        ChartCanvas canvas;
        canvas.resize(800, 500);
        canvas.setChart(ChartBuilder::build(ChartKind::Depth, fixture(), {}));
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        auto *view = canvas.findChild<QChartView *>();
        QVERIFY(view);
        // Anna's points, on screen.
        QList<QPoint> points;
        for (QLineSeries *s : seriesOf<QLineSeries>(canvas.chart()))
            if (s->name() == QLatin1String("Anna") && !qobject_cast<QScatterSeries *>(s))
                for (const QPointF &at : s->points())
                    points.append(
                        view->mapFromScene(canvas.chart()->mapToScene(canvas.chart()->mapToPosition(at, s))));
        QCOMPARE(points.size(), 2); // sessions 1 and 3
        QSignalSpy hovered(&canvas, &ChartCanvas::pointHovered);
        QSignalSpy clicked(&canvas, &ChartCanvas::sessionClicked);
        QTest::mouseMove(view->viewport(), points.at(0) + QPoint(2, 1));
        QTRY_COMPARE(hovered.size(), 1);
        QVERIFY2(hovered.last().first().toString().contains(QStringLiteral("Session 1")),
                 qPrintable(hovered.last().first().toString()));
        QTest::mouseMove(view->viewport(), points.at(1));
        QTRY_COMPARE(hovered.size(), 2);
        QVERIFY2(hovered.last().first().toString().contains(QStringLiteral("Session 3")),
                 qPrintable(hovered.last().first().toString()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, points.at(1));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), 3);
        // Halfway between the two points there is nothing to name.
        QTest::mouseMove(view->viewport(), (points.at(0) + points.at(1)) / 2 + QPoint(0, 40));
        QTRY_COMPARE(hovered.size(), 3);
        QCOMPARE(hovered.last().first().toString(), QString());
    }

    void eventsOnEveryChartOverTime()
    {
        for (ChartKind kind : {ChartKind::Trust, ChartKind::Reciprocity, ChartKind::Depth, ChartKind::Breadth,
                               ChartKind::Layers}) {
            const BuiltChart built = ChartBuilder::build(kind, fixture(), {});
            bool found = false;
            for (QScatterSeries *s : seriesOf<QScatterSeries>(built.chart.get()))
                found = found || s->pointLabelsFormat() == QLatin1String("moved in");
            QVERIFY2(found, qPrintable(ChartKinds::key(kind)));
        }
    }

    void rangeFiltersPoints()
    {
        ChartOptions options;
        options.range = {day0.addDays(5), day0.addDays(30)};
        const BuiltChart built = ChartBuilder::build(ChartKind::Reciprocity, fixture(), options);
        QCOMPARE(built.points.size(), 1); // only session 3's index; session 2 is undefined
        QCOMPARE(built.points.first().sessionId, 3);
    }

    void layerMixStacksCounts()
    {
        const BuiltChart built = ChartBuilder::build(ChartKind::Layers, fixture(), {});
        const auto bars = seriesOf<QStackedBarSeries>(built.chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 3);                  // one set per layer
        QCOMPARE(bars.first()->barSets().at(0)->at(0), 2.0); // depths 1, 2, 3, 1 in session 1
        QCOMPARE(bars.first()->barSets().at(1)->at(1), 0.0); // the empty session is an empty bar
        QCOMPARE(built.points.size(), 3);
    }

    // Patterns where a bar is wide enough to show one; solid colours on bars a few pixels wide,
    // except in high contrast, whose layers share inks and differ by pattern alone.
    void layerPatternsWhereBarsCanShowThem()
    {
        QList<Session> sessions;
        for (int i = 0; i < 180; ++i)
            sessions.append({i + 1, 1, day0.addDays(7 * i), {}, {}, {}});
        const auto subjectOf = [&sessions](qsizetype count) {
            return ChartSubject(RelationshipSeries(sessions.first(count), {}, {}, 3, {}), {},
                                QStringLiteral("A"), QStringLiteral("B"), {});
        };
        const auto styles = [](const BuiltChart &built) {
            QList<Qt::BrushStyle> found;
            for (QBarSet *set : seriesOf<QStackedBarSeries>(built.chart.get()).first()->barSets())
                found.append(set->brush().style());
            return found;
        };
        ChartOptions options;
        options.width = 1000;
        const QList<Qt::BrushStyle> patterns = ChartTheme::light().layerPatterns.first(3);
        QCOMPARE(styles(ChartBuilder::build(ChartKind::Layers, subjectOf(36), options)), patterns);
        const QList<Qt::BrushStyle> solid(3, Qt::SolidPattern);
        QCOMPARE(styles(ChartBuilder::build(ChartKind::Layers, subjectOf(180), options)), solid);
        options.width = 3000; // the same sessions on a wall-sized picture have room again
        QCOMPARE(styles(ChartBuilder::build(ChartKind::Layers, subjectOf(180), options)), patterns);
        options.width = 1000;
        options.theme = ChartTheme::highContrast();
        QCOMPARE(styles(ChartBuilder::build(ChartKind::Layers, subjectOf(180), options)),
                 ChartTheme::highContrast().layerPatterns.first(3));
    }

    void tableMatchesAndSaysNoData()
    {
        const ChartTable table = ChartTable::of(ChartKind::Depth, fixture(), {});
        QCOMPARE(table.columns, (QStringList{QStringLiteral("Session"), QStringLiteral("Date"),
                                             QStringLiteral("Anna"), QStringLiteral("Ben")}));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows[1][2], ChartTable::noData());
        QCOMPARE(table.sessionIds, (QList<qint64>{1, 2, 3}));
        const ChartTable topics = ChartTable::of(ChartKind::Topics, fixture(), {});
        QCOMPARE(topics.rows.size(), 5);
        QCOMPARE(topics.rows[4][1], QStringLiteral("not yet"));
    }

    void darkAndLightDiffer()
    {
        ChartOptions dark;
        dark.theme = ChartTheme::dark();
        const BuiltChart d = ChartBuilder::build(ChartKind::Depth, fixture(), dark);
        const BuiltChart l = ChartBuilder::build(ChartKind::Depth, fixture(), {});
        QVERIFY(d.chart->backgroundBrush().color() != l.chart->backgroundBrush().color());
        QVERIFY(l.chart->animationOptions() == QChart::NoAnimation);
    }

    void paintsAtLogicalSize()
    {
        for (ChartKind kind : ChartKinds::all()) {
            QImage image(QSize(400, 240) * 2, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(2.0);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            ChartPainter::paint(painter, QSizeF(400, 240), kind, fixture(), {});
            painter.end();
            QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white)); // light, whatever the screen
            QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), QColor(Qt::white));
        }
    }
};

QTEST_MAIN(TestChartBuilder)
#include "test_chart_builder.moc"
