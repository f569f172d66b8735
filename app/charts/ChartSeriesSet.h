// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartKind.h"
#include "ChartSubject.h"

namespace unfold {

// Which style a series takes from the theme.
enum class SeriesRole
{
    PersonA,
    PersonB,
    Shared,
    PersonA2,
    PersonB2
};

// How a series is drawn: a line through its points, its points alone (the raw values beneath a
// rolling mean), or a line alone (the rolling mean itself). Shape, not only colour, tells them apart.
enum class SeriesDraw
{
    LineAndPoints,
    Points,
    Line
};

struct NamedSeries
{
    QString name;
    SeriesRole role = SeriesRole::PersonA;
    Series values;
    int decimals = 0;
    SeriesDraw draw = SeriesDraw::LineAndPoints;
};

// What a chart over time shows: its series and its value axis. The chart and its data table are
// both built from this, so the table always holds exactly what is drawn.
struct TimeChartSpec
{
    QString valueTitle;
    double minimum = 0;
    double maximum = 100;
    double tickStep = 20; // between two ticks of the value axis, counted from the minimum
    QList<NamedSeries> series;
    QString emptyNote; // what the values are and where they come from, under the title
    QString whereFrom; // added when the chart is empty: how to get its data (a menu's path)
};

class ChartSeriesSet final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ChartSeriesSet)

public:
    // For the charts over time: trust, reciprocity, depth and breadth. With `smoothing` of 2 or
    // more, each series' values are drawn as points and beside each a line of their rolling mean
    // over that many sessions (Statistics::rollingMean), so a long, jagged series shows its course.
    static TimeChartSpec timeChart(ChartKind kind, const ChartSubject &subject, int smoothing = 0);
    static QList<int> smoothingChoices() { return {3, 5, 10}; }
    static bool isOverTime(ChartKind kind) { return kind != ChartKind::Layers && kind != ChartKind::Topics; }
    // The onion state at the end of `range`: what the topics chart shows.
    static OnionState stateAtEnd(const ChartSubject &subject, const ChartRange &range);
};

} // namespace unfold
