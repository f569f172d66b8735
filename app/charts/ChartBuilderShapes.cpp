// SPDX-License-Identifier: GPL-3.0-or-later
// The charts that are not lines over time: layer mix per session (stacked bars) and the deepest
// layer per topic (polar).
#include "ChartBuilder.h"

#include "ChartSeriesSet.h"
#include "ChartText.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace unfold::ChartBuilder {

namespace {
// The narrowest bar, in pixels, on which a layer's pattern can still be told from another's.
constexpr double minimumPatternedBar = 8;

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::ChartBuilder", text);
}
} // namespace

BuiltChart buildLayerMix(const ChartSubject &subject, const ChartOptions &options)
{
    BuiltChart built;
    built.chart = std::make_unique<QChart>();
    QChart *chart = built.chart.get();
    const ChartTheme &theme = options.theme;
    const int layers = subject.series().layerCount();
    QList<const SessionMeasures *> shown;
    for (const SessionMeasures &m : subject.series().sessions()) {
        if (options.range.contains(m.session.start))
            shown.append(&m);
    }
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(shown.size() > 60 ? 1.0 : 0.8);
    // A pattern per layer, drawn over the colour's light tint, so layers differ in grey too. On a
    // bar a few pixels wide no pattern can be read (and stroking them is most of the chart's
    // time): there the layers are told apart by their place in the stack, peripheral at the
    // bottom, and by their colours going from light to dark; the legend and the table name them.
    // High contrast repeats its inks, so its patterns stay on every bar.
    const double barPixels =
        ChartText::plotWidth(options.width) * bars->barWidth() / double(std::max<qsizetype>(1, shown.size()));
    const bool patterned = barPixels >= minimumPatternedBar || theme.barBorder.isValid();
    int highest = 0;
    for (int depth = 1; depth <= layers; ++depth) {
        auto *set = new QBarSet(subject.layerName(depth));
        const QColor colour = theme.layers.value(depth - 1, theme.mutedText);
        set->setBrush(QBrush(colour, patterned ? theme.layerPatterns.value(depth - 1, Qt::SolidPattern)
                                               : Qt::SolidPattern));
        set->setColor(colour);
        if (theme.barBorder.isValid())
            set->setPen(QPen(theme.barBorder, theme.gridWidth));
        else
            set->setBorderColor(colour.darker(140));
        set->setLabelColor(theme.text);
        for (const SessionMeasures *m : shown)
            set->append(m->depthCounts.value(depth - 1));
        bars->append(set);
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        int total = 0;
        for (int c : shown[i]->depthCounts)
            total += c;
        highest = qMax(highest, total);
        built.points.append({bars, QPointF(double(i), double(total)), shown[i]->session.id,
                             [total, session = subject.sessionLabeller(shown[i]->session.id)] {
                                 return tr("%1\n%2 disclosures").arg(session()).arg(total);
                             }});
    }
    chart->addSeries(bars);
    // Sessions are bars side by side; a few of them are labelled with their date.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, qMax<double>(0.5, double(shown.size()) - 0.5));
    const QLocale locale;
    const auto label = [&](qsizetype i) {
        return tr("#%1 · %2")
            .arg(subject.sessionNumber(shown[i]->session.id))
            .arg(locale.toString(shown[i]->session.start.toLocalTime().date(), QStringLiteral("d MMM yy")));
    };
    // As many labels as the plot's width has room for whole, at most seven: Qt cuts a label
    // that is wider than its share ("#1 ·…" in the window).
    qsizetype labels = 7;
    if (!shown.isEmpty()) {
        const double widest =
            QFontMetricsF(theme.font).horizontalAdvance(label(shown.size() - 1)) * 1.15 + 12;
        labels = std::clamp<qsizetype>(qsizetype(ChartText::plotWidth(options.width) / widest), 2, 7);
    }
    const qsizetype step = qMax<qsizetype>(1, (shown.size() + labels - 1) / labels);
    for (qsizetype i = 0; i < shown.size(); i += step)
        x->append(label(i), double(i));
    x->setTitleText(tr("Session (number · date)"));
    // Whole-number ticks: a step that divides the axis, at most eight of them.
    const int yStep = qMax(1, (highest + 7) / 8);
    const int top = qMax(1, (highest + yStep - 1) / yStep) * yStep;
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(top / yStep + 1);
    y->setTitleText(tr("Disclosures"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // An event sits between the last session before it and the first after.
    QList<std::pair<double, QString>> events;
    for (const TimelineEvent &e : subject.events()) {
        const QDateTime at = e.day.startOfDay();
        if (!options.range.contains(at) || shown.isEmpty())
            continue;
        qsizetype before = 0;
        while (before < shown.size() && shown[before]->session.start < at)
            ++before;
        events.append({double(before) - 0.5, e.label});
    }
    const ChartText::EventMarks eventMarks =
        ChartText::addEvents(chart, x, y, events, -0.5, qMax<double>(0.5, double(shown.size()) - 0.5), 0, top,
                             theme, options.width);
    ChartText::setTitle(
        chart, ChartKinds::title(ChartKind::Layers), subject.title(),
        shown.isEmpty() ? tr("No sessions in this range.")
                        : tr("Both people's disclosures per session, by layer; peripheral at the bottom."),
        theme, options.width, eventMarks);
    theme.apply(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(options.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    return built;
}

BuiltChart buildTopics(const ChartSubject &subject, const ChartOptions &options)
{
    BuiltChart built;
    auto polar = std::make_unique<QPolarChart>();
    QPolarChart *chart = polar.get();
    const ChartTheme &theme = options.theme;
    const OnionState state = ChartSeriesSet::stateAtEnd(subject, options.range);
    const int topics = state.topicCount();
    const int layers = qMax(1, state.layerCount());
    auto *angle = new QCategoryAxis;
    angle->setRange(0, qMax(1, topics));
    angle->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int t = 0; t < topics; ++t)
        angle->append(state.topics()[t].name, t + 1);
    auto *radius = new QValueAxis;
    radius->setRange(0, layers);
    radius->setTickCount(layers + 1);
    radius->setLabelFormat(QStringLiteral("%d"));
    // No title on the radius: in a radar it sat on the radius's own numbers and lines. The
    // subtitle says what the distance from the centre is.
    chart->addAxis(angle, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radius, QPolarChart::PolarOrientationRadial);
    const QLocale locale;
    for (Speaker who : {Speaker::A, Speaker::B}) {
        const SeriesStyle &style = who == Speaker::A ? theme.personA : theme.personB;
        const QString name = who == Speaker::A ? subject.personA() : subject.personB();
        auto *line = new QLineSeries;
        line->setName(name); // the person's outline; the legend shows their markers instead
        // Bevelled corners, under the markers at each topic: round ones took Qt's stroker a third
        // of the radar's drawing. The outline's two ends meet at the seam, where round ends close it.
        line->setPen(QPen(style.colour, style.width, style.dash, Qt::RoundCap, Qt::BevelJoin));
        auto *markers = new QScatterSeries;
        markers->setName(name);
        ChartText::styleMarkers(markers, style, theme);
        // A closed outline: the seam at angle 0 takes the mean of the first and last topics.
        if (topics > 0) {
            const double seam = (state.maxDepth(0, who) + state.maxDepth(topics - 1, who)) / 2.0;
            line->append(0, seam);
            for (int t = 0; t < topics; ++t) {
                const QPointF at(t + 0.5, state.maxDepth(t, who));
                line->append(at);
                markers->append(at);
                const int depth = state.maxDepth(t, who);
                built.points.append(
                    {markers, at, 0,
                     [text = tr("%1 · %2: %3")
                                 .arg(name, state.topics()[t].name,
                                      depth == 0 ? tr("not yet") : subject.layerName(depth))] {
                         return text;
                     }});
            }
            line->append(topics, seam);
        }
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(markers)}) {
            chart->addSeries(s);
            s->attachAxis(angle);
            s->attachAxis(radius);
        }
        for (QLegendMarker *marker : chart->legend()->markers(line))
            marker->setVisible(false);
    }
    const QString when =
        state.sessionsIncluded() == 0
            ? tr("From the centre out: the deepest layer reached. Nothing logged yet.")
            : tr("From the centre out: the deepest layer reached, 0 = not yet touched. As it stood after "
                 "session %1 (%2).")
                  .arg(state.sessionsIncluded())
                  .arg(locale.toString(
                      subject.series().sessions()[state.sessionsIncluded() - 1].session.start.date(),
                      QLocale::ShortFormat));
    ChartText::setTitle(chart, ChartKinds::title(ChartKind::Topics), subject.title(), when, theme,
                        options.width);
    theme.apply(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(options.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    built.chart = std::move(polar);
    return built;
}

} // namespace unfold::ChartBuilder
