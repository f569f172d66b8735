// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <cmath>

namespace unfold::ChartText {

namespace {

void attachHidden(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

void styleMarkers(QScatterSeries *markers, const SeriesStyle &style, const ChartTheme &theme)
{
    switch (style.marker) {
    case SeriesMarker::Circle:
        markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        break;
    case SeriesMarker::Square:
        markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        break;
    case SeriesMarker::Triangle:
        markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        break;
    case SeriesMarker::Diamond:
        markers->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        break;
    }
    markers->setMarkerSize(style.marker == SeriesMarker::Circle ? theme.markerSize * 0.9 : theme.markerSize);
    markers->setColor(style.colour);
    markers->setBorderColor(theme.background);
    QPen border(theme.background);
    border.setWidthF(theme.markerSize * 0.12); // parts the marker from its own line
    markers->setPen(border);
}

void drawMarkersOn(QXYSeries *line, const SeriesStyle &style, const ChartTheme &theme)
{
    const double size = style.marker == SeriesMarker::Circle ? theme.markerSize * 0.9 : theme.markerSize;
    // Drawn large and scaled down by the painter, so a picture exported at twice the screen's
    // resolution keeps sharp markers.
    constexpr int oversample = 4;
    const double side = size * oversample;
    QImage image(QSize(int(std::ceil(side)), int(std::ceil(side))), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The outline in the background's colour parts the marker from its own line, as before.
    const double border = theme.markerSize * 0.12 * oversample;
    painter.setPen(QPen(theme.background, border));
    painter.setBrush(style.colour);
    const QRectF box = QRectF(0, 0, side, side).adjusted(border / 2, border / 2, -border / 2, -border / 2);
    switch (style.marker) {
    case SeriesMarker::Circle:
        painter.drawEllipse(box);
        break;
    case SeriesMarker::Square:
        painter.drawRect(box);
        break;
    case SeriesMarker::Triangle:
        painter.drawPolygon(
            QPolygonF{QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()});
        break;
    case SeriesMarker::Diamond:
        painter.drawPolygon(
            QPolygonF{QPointF(box.center().x(), box.top()), QPointF(box.right(), box.center().y()),
                      QPointF(box.center().x(), box.bottom()), QPointF(box.left(), box.center().y())});
        break;
    }
    painter.end();
    // A scatter series draws its marker within a little more than its size; the image is the
    // marker's whole box, so it is set a fifth larger to look the same as the key in the legend.
    line->setMarkerSize(size * 1.2);
    line->setLightMarker(image);
    line->setPointsVisible(true);
}

void addEvents(QChart *chart, QAbstractAxis *x, QAbstractAxis *y,
               const QList<std::pair<double, QString>> &events, double yMinimum, double yMaximum,
               const ChartTheme &theme)
{
    QPen pen(theme.event, 1.5 * theme.gridWidth, Qt::DashLine);
    for (const auto &[at, label] : events) {
        auto *line = new QLineSeries;
        line->setName(label);
        line->setPen(pen);
        line->append(at, yMinimum);
        line->append(at, yMaximum);
        attachHidden(chart, line, x, y);
        // The label rides on a marker at the top of the line; '@' would start a placeholder.
        auto *tag = new QScatterSeries;
        tag->setName(label);
        tag->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        tag->setMarkerSize(theme.markerSize * 0.8);
        tag->setColor(theme.event);
        tag->setPen(QPen(theme.event));
        tag->append(at, yMaximum);
        QString text = label;
        tag->setPointLabelsFormat(text.replace(u'@', QStringLiteral("＠")));
        tag->setPointLabelsVisible(true);
        tag->setPointLabelsClipping(false);
        tag->setPointLabelsColor(theme.event);
        QFont font = theme.font;
        font.setBold(true);
        tag->setPointLabelsFont(font);
        attachHidden(chart, tag, x, y);
    }
}

void setTitle(QChart *chart, const QString &title, const QString &subject, const QString &note,
              const ChartTheme &theme)
{
    // The title item renders rich text; names are the user's own words, so they are escaped.
    QString html =
        QStringLiteral("<div align=\"center\">%1 — %2").arg(title.toHtmlEscaped(), subject.toHtmlEscaped());
    if (!note.isEmpty())
        html += QStringLiteral("<br/><span style=\"font-weight:normal; font-size:small; color:%1\">%2</span>")
                    .arg(theme.mutedText.name(), note.toHtmlEscaped());
    html += QStringLiteral("</div>");
    chart->setTitle(html);
}

} // namespace unfold::ChartText
