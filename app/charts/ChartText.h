// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartTheme.h"

#include <QList>
#include <QString>

#include <utility>

class QAbstractAxis;
class QChart;
class QImage;
class QScatterSeries;
class QXYSeries;

namespace unfold::ChartText {

// Marker shape, size and colour of a series, with an outline in the background colour so
// overlapping markers stay apart.
void styleMarkers(QScatterSeries *markers, const SeriesStyle &style, const ChartTheme &theme);
// The same marker drawn onto every point of a line (or of a line without a pen: points alone)
// as an image: one item paints them all, where a scatter series makes an item of each point.
void drawMarkersOn(QXYSeries *line, const SeriesStyle &style, const ChartTheme &theme);
// The width a chart `chartWidth` pixels wide leaves for its plot (the value axis with its title on
// the left, margins): what laying out by pixels (event labels, layer patterns) reckons with.
double plotWidth(double chartWidth);

// The events the user marked, each a vertical dashed line at x (in the x axis' units, which span
// xFrom to xTo). Each line carries its label where the labels have room; where they would run
// into each other the events are numbered in time order (events too close to tell apart share one
// tag, "2–4") and a key names them ("Events: 1 Moved in · 2 …") under the title.
struct EventMarks
{
    bool any = false; // tags stand above the plot: the title leaves room for them
    QString key;      // empty when every label is written out
};
EventMarks addEvents(QChart *chart, QAbstractAxis *x, QAbstractAxis *y,
                     const QList<std::pair<double, QString>> &events, double xFrom, double xTo,
                     double yMinimum, double yMaximum, const ChartTheme &theme, double chartWidth);
// The chart's title, the relationship and a note on a second, smaller line; the events' key (from
// addEvents) on a line of its own below, and room for their tags. Lines too wide for a chart
// `chartWidth` pixels wide wrap (Qt Charts would cut the title short and drop its other lines).
void setTitle(QChart *chart, const QString &title, const QString &subject, const QString &note,
              const ChartTheme &theme, double chartWidth, const EventMarks &events = {});

} // namespace unfold::ChartText
