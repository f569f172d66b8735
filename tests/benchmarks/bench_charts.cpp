// SPDX-License-Identifier: GPL-3.0-or-later
// Build and render time of each chart for the largest relationship of the heavy journal, beside
// a floor: a bare QChart of the same points (one line per series, no styling; a bare QPolarChart
// for the radar) rendered the same way in the same run. Prints both and their ratio per chart, and where the
// time of each goes (building, laying out, drawing, deleting).
#include "ChartBuilder.h"
#include "ChartLines.h"
#include "ChartPainter.h"
#include "ChartSeriesSet.h"
#include "DemoJournal.h"
#include "Journal.h"

#include <QApplication>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTextStream>
#include <QValueAxis>

#include <functional>
#include <optional>

using namespace unfold;

namespace {

double msPerRun(int runs, const std::function<void()> &run)
{
    run(); // warm caches (glyphs, fonts)
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        run();
    return double(timer.nsecsElapsed()) / 1e6 / runs;
}

// The same numbers the chart shows, as plain line series (bars as the same plain bars): what Qt
// Charts costs at least. With `samePens`, each line keeps the pen its series is drawn with.
std::unique_ptr<QChart> bareChart(const BuiltChart &built, bool samePens)
{
    // A radar is drawn on a polar chart: its floor is the same points on a bare polar chart (a
    // cartesian one would draw a zigzag, not the picture).
    const bool polar = built.chart->chartType() == QChart::ChartTypePolar;
    std::unique_ptr<QChart> chart = polar ? std::make_unique<QPolarChart>() : std::make_unique<QChart>();
    // One line per named series: the chart may draw a series in several pieces (across a gap),
    // the floor draws it whole.
    QHash<QString, QLineSeries *> lines;
    QSet<QAbstractSeries *> barSeries;
    for (const ChartPoint &p : built.points) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(p.series)) {
            if (barSeries.contains(bars))
                continue;
            barSeries.insert(bars);
            auto *plain = new QStackedBarSeries;
            for (const QBarSet *set : bars->barSets()) {
                auto *copy = new QBarSet(set->label());
                for (int i = 0; i < set->count(); ++i)
                    copy->append(set->at(i));
                plain->append(copy);
            }
            chart->addSeries(plain);
            continue;
        }
        QLineSeries *&line = lines[p.series->name()];
        if (!line) {
            line = new QLineSeries;
            // The pen of the line drawn through these points: the points' own series, or (the
            // radar's markers) the line of the same name beside them; on a chart over time, the pen
            // Unfold draws it with (ChartLines), which here Qt strokes.
            const ChartLines *drawnLines = ChartLines::of(built.chart.get());
            for (QAbstractSeries *drawn : built.chart->series()) {
                auto *drawnLine = qobject_cast<QLineSeries *>(drawn);
                if (samePens && drawnLine && !qobject_cast<QScatterSeries *>(drawn) &&
                    drawn->name() == p.series->name() && drawnLine->count() > 0) {
                    const QPen ours = drawnLines ? drawnLines->penOf(drawnLine) : QPen(Qt::NoPen);
                    line->setPen(ours.style() != Qt::NoPen ? ours : drawnLine->pen());
                    break;
                }
            }
        }
        line->append(p.at);
    }
    // Added once filled: a series on a chart redraws its whole line on every point appended.
    for (QLineSeries *line : std::as_const(lines))
        chart->addSeries(line);
    // Plain value axes over the very ranges the chart shows, so the floor draws the same points
    // in the same place. (Qt's default axes here span 0 to 1: every point fell outside the plot
    // and nothing was drawn, which made an earlier floor look far cheaper than any chart.)
    const auto rangeOf = [&](Qt::Orientation orientation) -> std::optional<std::pair<double, double>> {
        QAbstractAxis *axis = built.chart->axes(orientation).value(0);
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            return std::pair(double(dates->min().toMSecsSinceEpoch()),
                             double(dates->max().toMSecsSinceEpoch()));
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            return std::pair(values->min(), values->max());
        return std::nullopt;
    };
    const auto xRange = rangeOf(Qt::Horizontal);
    const auto yRange = rangeOf(Qt::Vertical);
    if (!xRange || !yRange) {
        chart->createDefaultAxes(); // a chart without plain axes (the radar): Qt's own
    } else {
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        x->setRange(xRange->first, xRange->second);
        y->setRange(yRange->first, yRange->second);
        if (polar) {
            static_cast<QPolarChart *>(chart.get())->addAxis(x, QPolarChart::PolarOrientationAngular);
            static_cast<QPolarChart *>(chart.get())->addAxis(y, QPolarChart::PolarOrientationRadial);
        } else {
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
        }
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// Where a chart's time goes: building the QChart, laying it out at the picture's size, drawing
// it and deleting it, each a mean over `runs` in ms. The same steps as ChartPainter::paint.
struct Phases
{
    double build = 0, layout = 0, draw = 0, destroy = 0;
};

Phases phasesOf(int runs, QImage &image, const QSizeF &size,
                const std::function<std::unique_ptr<QChart>()> &make)
{
    Phases sum;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto chart = make();
        const qint64 built = timer.nsecsElapsed();
        QGraphicsScene scene;
        scene.addItem(chart.get());
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        // Laying out happens when the chart is first asked for its geometry, as painting does.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const qint64 laidOut = timer.nsecsElapsed();
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect(), Qt::IgnoreAspectRatio);
        }
        const qint64 drawn = timer.nsecsElapsed();
        scene.removeItem(chart.get());
        chart.reset();
        const qint64 gone = timer.nsecsElapsed();
        if (i == 0)
            continue; // warm caches
        sum.build += double(built) / 1e6 / runs;
        sum.layout += double(laidOut - built) / 1e6 / runs;
        sum.draw += double(drawn - laidOut) / 1e6 / runs;
        sum.destroy += double(gone - drawn) / 1e6 / runs;
    }
    return sum;
}

QString phasesText(const Phases &p)
{
    return QStringLiteral("build %1, lay out %2, draw %3, delete %4")
        .arg(p.build, 0, 'f', 1)
        .arg(p.layout, 0, 'f', 1)
        .arg(p.draw, 0, 'f', 1)
        .arg(p.destroy, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heavy.unfold"));
    QString error;
    if (!DemoJournal::write(path, DemoJournal::Profile::Heavy, 1, false, &error)) {
        out << "cannot write the heavy journal: " << error << Qt::endl;
        return 1;
    }
    JournalProblem problem;
    auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
    if (!journal) {
        out << problem.message << Qt::endl;
        return 1;
    }
    qint64 largest = 0;
    int most = -1;
    for (const Relationship &r : journal->relationships()) {
        if (const int count = journal->store().disclosureCount(r.id); count > most) {
            most = count;
            largest = r.id;
        }
    }
    QElapsedTimer loading;
    loading.start();
    const ChartSubject subject = ChartSubject::load(*journal, largest);
    out << "largest relationship " << subject.title() << ": " << subject.series().sessions().size()
        << " sessions, " << most << " disclosures; loaded in " << loading.elapsed() << " ms" << Qt::endl;

    const QSizeF size(1000, 600);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    for (ChartKind kind : ChartKinds::all()) {
        if (!only.isEmpty() && ChartKinds::key(kind) != only)
            continue;
        const double ours = msPerRun(runs, [&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            ChartPainter::paint(painter, size, kind, subject, {});
        });
        const BuiltChart reference = ChartBuilder::build(kind, subject, {});
        const auto floorOf = [&](bool samePens) {
            return msPerRun(runs, [&] {
                image.fill(Qt::white);
                auto chart = bareChart(reference, samePens);
                QPainter painter(&image);
                ChartPainter::paint(painter, size, *chart);
            });
        };
        const double floor = floorOf(false);
        const double penFloor = floorOf(true);
        out << qSetFieldWidth(12) << Qt::left << ChartKinds::key(kind) << qSetFieldWidth(0)
            << " build+render " << QString::number(ours, 'f', 1) << " ms, bare QChart "
            << QString::number(floor, 'f', 1) << " ms, ratio " << QString::number(ours / floor, 'f', 2)
            << " (goal: at most 1.2); bare with our pens " << QString::number(penFloor, 'f', 1)
            << " ms, ratio " << QString::number(ours / penFloor, 'f', 2) << Qt::endl;
        {
            // Where each one's time goes: what is left above the floor shows in its phase.
            ChartOptions options;
            options.width = size.width();
            out << "    ours:       " << phasesText(phasesOf(runs, image, size, [&] {
                return ChartBuilder::build(kind, subject, options).chart;
            })) << Qt::endl;
            out << "    bare:       "
                << phasesText(phasesOf(runs, image, size, [&] { return bareChart(reference, false); }))
                << Qt::endl;
            out << "    our pens:   "
                << phasesText(phasesOf(runs, image, size, [&] { return bareChart(reference, true); }))
                << Qt::endl;
        }
    }
    return 0;
}
