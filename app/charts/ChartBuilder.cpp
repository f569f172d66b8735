// SPDX-License-Identifier: GPL-3.0-or-later
// The charts over time: trust, reciprocity, depth and breadth, on a date axis.
#include "ChartBuilder.h"

#include "ChartLines.h"
#include "ChartSeriesSet.h"
#include "ChartText.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace unfold::ChartBuilder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::ChartBuilder", text);
}

const SeriesStyle &styleOf(const ChartTheme &theme, SeriesRole role)
{
    switch (role) {
    case SeriesRole::PersonA:
        return theme.personA;
    case SeriesRole::PersonB:
        return theme.personB;
    case SeriesRole::Shared:
        return theme.shared;
    case SeriesRole::PersonA2:
        return theme.personA2;
    case SeriesRole::PersonB2:
        return theme.personB2;
    }
    return theme.personA;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y, bool inLegend)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    if (!inLegend) {
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }
}

// A line broken wherever a value is undefined, and a marker on every defined point: a lone
// point between two gaps still shows, and the markers carry the series' shape into the legend.
// The line itself is drawn by `lines` (see ChartLines: Qt's stroker is slow at it).
void addLine(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, ChartLines *lines, const NamedSeries &named,
             const ChartTheme &theme, const ChartSubject &subject, const ChartRange &range,
             QList<ChartPoint> &points)
{
    const SeriesStyle &style = styleOf(theme, named.role);
    // A rolling mean is drawn a little heavier than a plain line, over its own faint points.
    const double width = named.draw == SeriesDraw::Line ? style.width * 1.6 : style.width;
    // The ends and corners a vector picture draws (on pixels ChartLines draws square ends): dashes
    // flat and bevelled, solid lines round.
    const bool dashed = style.dash != Qt::SolidLine;
    QPen pen(style.colour, width, style.dash, dashed ? Qt::FlatCap : Qt::RoundCap,
             dashed ? Qt::BevelJoin : Qt::RoundJoin);
    // The legend's key: an empty series that draws nothing, in the series' marker shape, or for a
    // line alone (a mean) in its pen. The markers on the points are drawn by the lines themselves
    // (ChartText::drawMarkersOn).
    QXYSeries *key = nullptr;
    if (named.draw == SeriesDraw::Line) {
        auto *lineKey = new QLineSeries;
        lineKey->setPen(pen);
        key = lineKey;
    } else {
        auto *markerKey = new QScatterSeries;
        ChartText::styleMarkers(markerKey, style, theme);
        key = markerKey;
    }
    key->setName(named.name);
    // Points alone (the values under a rolling mean) have no line; the others' ChartLines draws.
    const bool drawsLine = named.draw != SeriesDraw::Points;
    QLineSeries *segment = nullptr;
    QList<QLineSeries *> segments;
    for (const SeriesPoint &p : named.values) {
        if (!range.contains(p.start))
            continue;
        if (!p.value) {
            segment = nullptr;
            continue;
        }
        if (!segment) {
            segment = new QLineSeries;
            segment->setName(named.name);
            segment->setPen(Qt::NoPen);
            if (named.draw != SeriesDraw::Line)
                ChartText::drawMarkersOn(segment, style, theme);
            segments.append(segment);
        }
        const QPointF at(subject.timeOf(p), *p.value);
        segment->append(at);
        if (named.draw == SeriesDraw::Line)
            continue; // a mean is read off the line; its points are the raw series' markers
        points.append(
            {segment, at, p.sessionId,
             [name = named.name, value = *p.value, decimals = named.decimals,
              session = subject.sessionLabeller(p.sessionId)] {
                 return tr("%1: %2\n%3").arg(name, QLocale().toString(value, 'f', decimals), session());
             }});
    }
    for (QLineSeries *s : std::as_const(segments)) {
        attach(chart, s, x, y, false);
        if (drawsLine)
            lines->add(s, pen);
    }
    // A series with nothing in the range stays out of the legend: a key for lines that are not
    // there would read as data, and would crowd out the names of those that are. Nor is it added
    // to the chart: each series added costs the legend a hidden entry.
    if (segments.isEmpty())
        delete key;
    else
        attach(chart, key, x, y, true);
}

constexpr int timeTicks = 6; // on the time axis, both ends included

std::pair<QDateTime, QDateTime> timeSpan(const TimeChartSpec &spec, const ChartSubject &subject,
                                         const ChartRange &range)
{
    QDateTime first = range.from;
    QDateTime last = range.to;
    if (!first.isValid() || !last.isValid()) {
        for (const SessionMeasures &m : subject.series().sessions()) {
            if (!range.contains(m.session.start))
                continue;
            if (!range.from.isValid() && (!first.isValid() || m.session.start < first))
                first = m.session.start;
            if (!range.to.isValid() && (!last.isValid() || m.session.start > last))
                last = m.session.start;
        }
    }
    Q_UNUSED(spec)
    if (!first.isValid() && !last.isValid())
        last = QDateTime::currentDateTime();
    if (!first.isValid())
        first = last.addDays(-28);
    if (!last.isValid())
        last = first.addDays(28);
    // A margin so the first and last markers are not cut by the plot's edge.
    const qint64 margin = qMax<qint64>(first.msecsTo(last) / 40, 12 * 3600 * 1000);
    first = first.addMSecs(-margin);
    last = last.addMSecs(margin);
    // At least a day between two of the axis's ticks, so no two of them name the same day (one
    // session alone spanned a day, and its six ticks all read "5 Dec"): short spans widen evenly.
    constexpr qint64 day = 24 * 3600 * 1000;
    const qint64 shortBy = (timeTicks - 1) * day - first.msecsTo(last);
    if (shortBy > 0) {
        first = first.addMSecs(-shortBy / 2);
        last = last.addMSecs(shortBy - shortBy / 2);
    }
    return {first, last};
}

} // namespace

BuiltChart buildOverTime(ChartKind kind, const ChartSubject &subject, const ChartOptions &options)
{
    const TimeChartSpec spec = ChartSeriesSet::timeChart(kind, subject, options.smoothing);
    BuiltChart built;
    built.chart = std::make_unique<QChart>();
    QChart *chart = built.chart.get();
    auto *x = new QDateTimeAxis;
    auto *y = new QValueAxis;
    const auto [from, to] = timeSpan(spec, subject, options.range);
    x->setRange(from, to);
    x->setFormat(from.daysTo(to) > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setTickCount(timeTicks);
    x->setTitleText(tr("Date"));
    // A little room below the lowest tick and above the highest: markers at the ends show whole,
    // and the lowest number stands clear of the first date under the plot (on a Letter page, with
    // Qt 6.8, "0" and "29 Apr" met). The ticks stay on the measure's own round numbers.
    const double pad = (spec.maximum - spec.minimum) * 0.04;
    y->setRange(spec.minimum - pad, spec.maximum + pad);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(spec.minimum);
    y->setTickInterval(spec.tickStep);
    y->setLabelFormat(spec.maximum - spec.minimum <= 5 ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    y->setTitleText(spec.valueTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *lines = new ChartLines(chart);
    bool any = false;
    for (const NamedSeries &named : spec.series) {
        const qsizetype before = built.points.size();
        addLine(chart, x, y, lines, named, options.theme, subject, options.range, built.points);
        any = any || built.points.size() > before;
    }
    QList<std::pair<double, QString>> events;
    for (const TimelineEvent &e : subject.events()) {
        const QDateTime at = e.day.startOfDay();
        if (at >= from && at <= to)
            events.append({double(at.toMSecsSinceEpoch()), e.label});
    }
    const ChartText::EventMarks eventMarks = ChartText::addEvents(
        chart, x, y, events, double(from.toMSecsSinceEpoch()), double(to.toMSecsSinceEpoch()), spec.minimum,
        spec.maximum, options.theme, options.width);
    ChartText::setTitle(
        chart, ChartKinds::title(kind), subject.title(),
        any ? spec.emptyNote
            : tr("No data in this range. %1").arg(QString(spec.emptyNote + u' ' + spec.whereFrom).trimmed()),
        options.theme, options.width, eventMarks);
    options.theme.apply(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Never animated: ChartLines draws the lines where their points finally stand.
    chart->setAnimationOptions(QChart::NoAnimation);
    return built;
}

BuiltChart build(ChartKind kind, const ChartSubject &subject, const ChartOptions &options)
{
    switch (kind) {
    case ChartKind::Layers:
        return buildLayerMix(subject, options);
    case ChartKind::Topics:
        return buildTopics(subject, options);
    default:
        return buildOverTime(kind, subject, options);
    }
}

} // namespace unfold::ChartBuilder
