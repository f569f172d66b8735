// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosenessPainter.h"

#include "Instrument.h"

#include <QPainter>
#include <QPainterPath>

namespace unfold::ClosenessPainter {

void paintPair(QPainter &painter, const QRectF &area, int step, bool selected, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double radius = std::min(area.height() * 0.42, area.width() / 4.2);
    // Centre distance runs from just apart (2.1 r) to almost the same circle (0.25 r).
    const double t = double(step - circlesMin) / double(circlesMax - circlesMin);
    const double distance = radius * (2.1 - t * 1.85);
    const QPointF centre = area.center();
    const QRectF self(centre.x() - distance / 2 - radius, centre.y() - radius, 2 * radius, 2 * radius);
    const QRectF other = self.translated(distance, 0);

    const QColor ink = palette.color(QPalette::WindowText);
    // The selected pair is filled and drawn heavier, so the choice does not rest on colour.
    QPen pen(ink, selected ? 3.0 : 1.2);
    painter.setPen(pen);
    if (selected) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(90);
        painter.setBrush(fill);
    } else {
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawEllipse(self);
    painter.drawEllipse(other);
    // The overlap is hatched: it is what the picture is about.
    QPainterPath overlap;
    overlap.addEllipse(self);
    QPainterPath second;
    second.addEllipse(other);
    painter.setBrush(QBrush(ink, Qt::BDiagPattern));
    painter.setPen(Qt::NoPen);
    painter.drawPath(overlap.intersected(second));
    painter.restore();
}

} // namespace unfold::ClosenessPainter
