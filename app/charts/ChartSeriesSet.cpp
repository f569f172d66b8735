// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSeriesSet.h"

#include "Statistics.h"

#include <algorithm>

namespace unfold {

namespace {
const QString checkin = QStringLiteral("session-checkin");
const QString trustInventory = QStringLiteral("trust-inventory");
} // namespace

namespace {

NamedSeries smoothed(const NamedSeries &raw, int window)
{
    QList<std::optional<double>> values;
    values.reserve(raw.values.size());
    for (const SeriesPoint &p : raw.values)
        values.append(p.value);
    const QList<std::optional<double>> means = Statistics::rollingMean(values, window);
    NamedSeries line{ChartSeriesSet::tr("%1, mean of %n session(s)", nullptr, window).arg(raw.name), raw.role,
                     raw.values, raw.decimals + 1, SeriesDraw::Line};
    for (qsizetype i = 0; i < line.values.size(); ++i)
        line.values[i].value = means.at(i);
    return line;
}

} // namespace

TimeChartSpec ChartSeriesSet::timeChart(ChartKind kind, const ChartSubject &subject, int smoothing)
{
    using Measure = RelationshipSeries::Measure;
    const RelationshipSeries &s = subject.series();
    const QString a = subject.personA();
    const QString b = subject.personB();
    TimeChartSpec spec;
    switch (kind) {
    case ChartKind::Trust:
        spec.valueTitle = tr("Score (0–100)");
        spec.series = {
            {tr("%1: trust").arg(a), SeriesRole::PersonA, s.scoreSeries(trustInventory, {}, Speaker::A), 0},
            {tr("%1: trust").arg(b), SeriesRole::PersonB, s.scoreSeries(trustInventory, {}, Speaker::B), 0},
            {tr("%1: closeness").arg(a), SeriesRole::PersonA2,
             s.scoreSeries(checkin, QStringLiteral("closeness"), Speaker::A), 0},
            {tr("%1: closeness").arg(b), SeriesRole::PersonB2,
             s.scoreSeries(checkin, QStringLiteral("closeness"), Speaker::B), 0}};
        spec.emptyNote = tr("From the trust questionnaire and the session check-in.");
        break;
    case ChartKind::Reciprocity:
        spec.valueTitle = tr("Reciprocity (0–100)");
        spec.series = {
            {tr("Logged reciprocity index"), SeriesRole::Shared, s.series(Measure::ReciprocityIndex), 0},
            {tr("%1: felt balance").arg(a), SeriesRole::PersonA,
             s.scoreSeries(checkin, QStringLiteral("balance"), Speaker::A), 0},
            {tr("%1: felt balance").arg(b), SeriesRole::PersonB,
             s.scoreSeries(checkin, QStringLiteral("balance"), Speaker::B), 0}};
        spec.emptyNote = tr("Logged from the disclosures; felt from the session check-in.");
        break;
    case ChartKind::Depth:
        spec.valueTitle = tr("Mean depth (1 = %1, %2 = %3)")
                              .arg(subject.layerName(1))
                              .arg(s.layerCount())
                              .arg(subject.layerName(s.layerCount()));
        spec.minimum = 1;
        spec.maximum = qMax(2, s.layerCount());
        spec.tickStep = 0.5;
        spec.series = {{a, SeriesRole::PersonA, s.series(Measure::DepthA), 2},
                       {b, SeriesRole::PersonB, s.series(Measure::DepthB), 2}};
        break;
    case ChartKind::Breadth: {
        spec.valueTitle = tr("Topics reached");
        const int topics = s.onion().topicCount();
        spec.maximum = qMax(1, topics);
        // Whole topics, and no more than six ticks: a tick of its own for each of ten topics was
        // eleven labels for Qt to lay out (a fifth of the chart's time), and fifteen topics in ten
        // steps labelled 1.5 topics as "1".
        spec.tickStep = std::max(1, (topics + 4) / 5);
        spec.series = {{a, SeriesRole::PersonA, s.series(Measure::BreadthA), 0},
                       {b, SeriesRole::PersonB, s.series(Measure::BreadthB), 0}};
        break;
    }
    case ChartKind::Perception: {
        // Positive: the partner's account says the person went deeper than mine does.
        const int reach = qMax(1, s.layerCount() - 1);
        // Short enough for the axis of a chart a third of a page high; the subtitle says what it is.
        spec.valueTitle = tr("Depth gap (layers)");
        spec.minimum = -reach;
        spec.maximum = reach;
        spec.tickStep = 1;
        Series gapA;
        Series gapB;
        for (const PairPerception &p : subject.perception().pairs) {
            gapA.append({p.match.sessionId, p.start, p.a.depthGap});
            gapB.append({p.match.sessionId, p.start, p.b.depthGap});
        }
        spec.series = {{tr("%1: depth gap").arg(a), SeriesRole::PersonA, gapA, 2},
                       {tr("%1: depth gap").arg(b), SeriesRole::PersonB, gapB, 2}};
        spec.emptyNote = tr("Depth in the partner's account minus in mine, per matched session.");
        spec.whereFrom = tr("Relationship › Import Partner's Account brings it in.");
        break;
    }
    case ChartKind::Layers:
    case ChartKind::Topics:
        break;
    }
    if (smoothing >= 2) {
        QList<NamedSeries> both;
        for (NamedSeries raw : std::as_const(spec.series)) {
            raw.draw = SeriesDraw::Points;
            both.append(raw);
            both.append(smoothed(raw, smoothing));
        }
        spec.series = both;
    }
    return spec;
}

OnionState ChartSeriesSet::stateAtEnd(const ChartSubject &subject, const ChartRange &range)
{
    int included = 0;
    for (const SessionMeasures &m : subject.series().sessions()) {
        if (range.to.isValid() && m.session.start > range.to)
            break;
        ++included;
    }
    return subject.series().onion().stateAfter(included);
}

} // namespace unfold
