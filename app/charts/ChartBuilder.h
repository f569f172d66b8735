// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartKind.h"
#include "ChartSubject.h"
#include "ChartTheme.h"

#include <QPointF>

#include <functional>
#include <memory>

#include <QChart> // BuiltChart owns one, so users of this header need the complete type
class QAbstractSeries;

namespace unfold {

// A drawn point that stands for a session: what a tooltip says and what a click opens.
struct ChartPoint
{
    QAbstractSeries *series = nullptr;
    QPointF at; // in the series' coordinates; for bars, x is the bar's index
    qint64 sessionId = 0;
    // The tooltip's words are put together when asked for: a chart has hundreds of points and
    // shows one tooltip at a time (formatting them all took a tenth of building a chart).
    std::function<QString()> describe;

    QString text() const { return describe ? describe() : QString(); }
};

struct ChartOptions
{
    ChartRange range;
    ChartTheme theme = ChartTheme::light();
    // Never for files (an export is the finished picture), nor for charts over time (their lines
    // are drawn where the points finally stand, see ChartLines).
    bool animated = false;
    int smoothing = 0; // sessions in a rolling mean over the time charts; 0 for none
    // The chart's width in logical pixels: the title wraps and the events' labels are laid out to fit it.
    double width = 1000;
};

struct BuiltChart
{
    std::unique_ptr<QChart> chart;
    QList<ChartPoint> points;
};

// Builds each chart over time as a QChart from a subject, so the screen, every file format and
// printing show the same picture. Undefined values leave a gap in a line.
namespace ChartBuilder {

BuiltChart build(ChartKind kind, const ChartSubject &subject, const ChartOptions &options);

// Parts of build(), one per family of charts.
BuiltChart buildOverTime(ChartKind kind, const ChartSubject &subject, const ChartOptions &options);
BuiltChart buildLayerMix(const ChartSubject &subject, const ChartOptions &options);
BuiltChart buildTopics(const ChartSubject &subject, const ChartOptions &options);

} // namespace ChartBuilder
} // namespace unfold
