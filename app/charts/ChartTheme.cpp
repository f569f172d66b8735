// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTheme.h"

#include "Contrast.h"
#include "OkabeIto.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QPalette>

#include <algorithm>

namespace unfold {

ChartTheme ChartTheme::light()
{
    ChartTheme theme;
    theme.background = QColor(0xff, 0xff, 0xff);
    theme.text = QColor(0x1f, 0x1f, 0x24);
    theme.mutedText = QColor(0x5a, 0x5e, 0x66);
    theme.grid = QColor(0xd5, 0xd8, 0xde);
    theme.event = QColor::fromRgb(OkabeIto::reddishPurple).darker(130);
    theme.personA = {OkabeIto::personA(), Qt::SolidLine, SeriesMarker::Circle};
    theme.personB = {OkabeIto::personB(), Qt::DashLine, SeriesMarker::Square};
    theme.shared = {QColor::fromRgb(OkabeIto::bluishGreen), Qt::SolidLine, SeriesMarker::Triangle, 3.5};
    theme.personA2 = {QColor::fromRgb(OkabeIto::vermillion), Qt::DotLine, SeriesMarker::Diamond, 2};
    theme.personB2 = {QColor::fromRgb(OkabeIto::skyBlue).darker(115), Qt::DashDotLine, SeriesMarker::Triangle,
                      2};
    // Layers from peripheral to core: light to dark, and a pattern each for grey-scale prints.
    theme.layers = {QColor::fromRgb(OkabeIto::yellow), QColor::fromRgb(OkabeIto::skyBlue),
                    QColor::fromRgb(OkabeIto::bluishGreen), QColor::fromRgb(OkabeIto::reddishPurple),
                    QColor::fromRgb(OkabeIto::vermillion)};
    theme.layerPatterns = {Qt::SolidPattern, Qt::Dense4Pattern, Qt::BDiagPattern, Qt::CrossPattern,
                           Qt::DiagCrossPattern};
    theme.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    return theme;
}

ChartTheme ChartTheme::dark()
{
    ChartTheme theme = light();
    theme.background = QColor(0x23, 0x25, 0x2a);
    theme.text = QColor(0xee, 0xef, 0xf1);
    theme.mutedText = QColor(0xa9, 0xad, 0xb5);
    theme.grid = QColor(0x4a, 0x4f, 0x57);
    theme.event = QColor::fromRgb(OkabeIto::reddishPurple);
    // B's blue is kept (the same person, the same colour) but lightened enough to read on dark.
    theme.personB.colour = OkabeIto::personB().lighter(135);
    theme.personB2.colour = QColor::fromRgb(OkabeIto::skyBlue);
    return theme;
}

ChartTheme ChartTheme::highContrast()
{
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor cyan(0x00, 0xff, 0xff);
    ChartTheme theme = light();
    theme.background = QColor(0x00, 0x00, 0x00);
    theme.text = white;
    theme.mutedText = white;
    // Grey, so the grid reads as a grid and not as data, yet 6:1 on black.
    theme.grid = QColor(0x8c, 0x8c, 0x8c);
    theme.gridWidth = 1.5;
    theme.event = white;
    theme.personA = {yellow, Qt::SolidLine, SeriesMarker::Circle, 4};
    theme.personB = {cyan, Qt::DashLine, SeriesMarker::Square, 4};
    theme.shared = {white, Qt::SolidLine, SeriesMarker::Triangle, 5};
    theme.personA2 = {yellow, Qt::DotLine, SeriesMarker::Diamond, 3};
    theme.personB2 = {cyan, Qt::DashDotLine, SeriesMarker::Triangle, 3};
    // The layers differ by their patterns first; the colours only repeat the three inks.
    theme.layers = {yellow, cyan, white, yellow, cyan};
    theme.barBorder = white;
    theme.markerSize = 15;
    return theme;
}

ChartTheme ChartTheme::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor ink = palette.color(QPalette::WindowText);
    if (Contrast::isHighContrast(palette)) {
        ChartTheme theme = highContrast();
        if (window.lightnessF() >= 0.5) {
            // Black on white: yellow and cyan would vanish, so the lines take dark inks that
            // keep 7:1 on white, the same shapes and dashes telling them apart.
            theme.personA.colour = theme.personA2.colour = QColor(0x6b, 0x3e, 0x00);
            theme.personB.colour = theme.personB2.colour = QColor(0x00, 0x3c, 0x8a);
            theme.shared.colour = ink;
            theme.mutedText = ink;
            theme.event = ink;
            theme.grid = QColor(0x6e, 0x6e, 0x6e);
            theme.layers = {theme.personA.colour, theme.personB.colour, ink, theme.personA.colour,
                            theme.personB.colour};
            theme.barBorder = ink;
        }
        theme.background = window;
        theme.text = ink;
        return theme;
    }
    ChartTheme theme = window.lightnessF() < 0.5 ? dark() : light();
    theme.background = window;
    theme.text = ink;
    return theme;
}

void ChartTheme::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    QFont titleFont = font;
    titleFont.setPointSizeF(font.pointSizeF() * 1.35);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    // The legend repeats each series' marker shape, so it can be read without colour.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Bars have no marker shape of their own: "from series" leaves their squares empty, and the
    // layers' colours and patterns would be missing from the legend.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar)
            marker->setShape(QLegend::MarkerShapeRectangle);
    }
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font);
        axis->setTitleBrush(mutedText);
        QFont axisTitle = font;
        axisTitle.setItalic(true);
        axis->setTitleFont(axisTitle);
        axis->setGridLinePen(QPen(grid, gridWidth));
        QPen axisLine = axis->linePen();
        axisLine.setColor(mutedText);
        axisLine.setWidthF(std::max(axisLine.widthF(), gridWidth));
        axis->setLinePen(axisLine);
        axis->setShadesVisible(false);
    }
}

} // namespace unfold
