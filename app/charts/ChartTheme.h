// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

class QChart;
class QPalette;

namespace unfold {

// How a series is told apart without colour: its marker and its line's dash.
enum class SeriesMarker
{
    Circle,
    Square,
    Triangle,
    Diamond
};

struct SeriesStyle
{
    QColor colour;
    Qt::PenStyle dash = Qt::SolidLine;
    SeriesMarker marker = SeriesMarker::Circle;
    qreal width = 2.5;
};

// Colours and styles of the charts: Okabe–Ito, person A orange with circles and solid lines,
// person B blue with squares and dashed lines, so colour is never the only signal. The
// high-contrast theme keeps every shape and dash, in yellow (A) and cyan (B) on black, with wider
// lines, larger markers and a stronger grid. Exports always use light().
struct ChartTheme
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor event;
    SeriesStyle personA;
    SeriesStyle personB;
    SeriesStyle shared;   // measures of both together (the logged reciprocity index)
    SeriesStyle personA2; // a second measure of A (closeness beside trust): dotted, lighter marker
    SeriesStyle personB2;
    QList<QColor> layers; // outermost first, light to dark
    QList<Qt::BrushStyle> layerPatterns;
    QFont font;
    qreal markerSize = 10; // in logical pixels; circles a little smaller, as they look larger
    qreal gridWidth = 1;
    QColor barBorder; // around each layer's bar; invalid: the layer's colour, darker

    static ChartTheme light();
    static ChartTheme dark();
    static ChartTheme highContrast();
    // highContrast() for a high-contrast palette (Contrast::isHighContrast), else light() or
    // dark(), whichever matches the palette's window colour.
    static ChartTheme forPalette(const QPalette &palette);

    // Background, title, legend and every attached axis in this theme's colours.
    void apply(QChart *chart) const;
};

} // namespace unfold
