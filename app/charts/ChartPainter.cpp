// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPainter.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace unfold::ChartPainter {

void paint(QPainter &painter, const QSizeF &logicalSize, QChart &chart)
{
    const auto animation = chart.animationOptions();
    chart.setAnimationOptions(QChart::NoAnimation);
    QGraphicsScene scene;
    // The scene borrows the chart: it is taken back before the scene is destroyed.
    QGraphicsScene *previous = chart.scene();
    QGraphicsItem *parent = chart.parentItem();
    if (previous)
        previous->removeItem(&chart);
    scene.addItem(&chart);
    const QSizeF oldSize = chart.size();
    chart.setGeometry(QRectF(QPointF(0, 0), logicalSize));
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The chart's own background is inset by its margins: fill the whole picture, so no file
    // has a transparent frame.
    painter.fillRect(QRectF(QPointF(0, 0), logicalSize), chart.backgroundBrush());
    scene.render(&painter, QRectF(QPointF(0, 0), logicalSize), scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
    scene.removeItem(&chart);
    if (previous) {
        previous->addItem(&chart);
        if (parent)
            chart.setParentItem(parent);
        chart.resize(oldSize);
    }
    chart.setAnimationOptions(animation);
}

void paint(QPainter &painter, const QSizeF &logicalSize, ChartKind kind, const ChartSubject &subject,
           const ChartRange &range, int smoothing)
{
    ChartOptions options;
    options.range = range;
    options.smoothing = smoothing;
    options.width = logicalSize.width();
    BuiltChart built = ChartBuilder::build(kind, subject, options);
    paint(painter, logicalSize, *built.chart);
}

} // namespace unfold::ChartPainter
