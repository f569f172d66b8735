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
// The events the user marked, each a labelled vertical dashed line at x (in the x axis' units).
void addEvents(QChart *chart, QAbstractAxis *x, QAbstractAxis *y,
               const QList<std::pair<double, QString>> &events, double yMinimum, double yMaximum,
               const ChartTheme &theme);
// The chart's title, the relationship and a note on a second, smaller line.
void setTitle(QChart *chart, const QString &title, const QString &subject, const QString &note,
              const ChartTheme &theme);

} // namespace unfold::ChartText
