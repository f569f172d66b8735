// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTheme.h"

#include "OkabeIto.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

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

ChartTheme ChartTheme::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    ChartTheme theme = window.lightnessF() < 0.5 ? dark() : light();
    theme.background = window;
    theme.text = palette.color(QPalette::WindowText);
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
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font);
        axis->setTitleBrush(mutedText);
        QFont axisTitle = font;
        axisTitle.setItalic(true);
        axis->setTitleFont(axisTitle);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(mutedText);
        axis->setShadesVisible(false);
    }
}

} // namespace unfold
