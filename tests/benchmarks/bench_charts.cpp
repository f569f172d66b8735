// SPDX-License-Identifier: GPL-3.0-or-later
// Build and render time of each chart for the largest relationship of the heavy journal, beside
// a floor: a bare QChart of the same points (one line per series, no styling) rendered the same
// way in the same run. Prints both and their ratio per chart.
#include "ChartBuilder.h"
#include "ChartPainter.h"
#include "ChartSeriesSet.h"
#include "DemoJournal.h"
#include "Journal.h"

#include <QApplication>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
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
    auto chart = std::make_unique<QChart>();
    // One line per named series: the chart may draw a series in several pieces (across a gap, or
    // a dashed line in pieces that Qt strokes faster), the floor draws it whole.
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
            if (auto *drawn = qobject_cast<QLineSeries *>(p.series); samePens && drawn)
                line->setPen(drawn->pen());
            chart->addSeries(line);
        }
        line->append(p.at);
    }
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
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
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
    }
    return 0;
}
