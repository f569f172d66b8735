// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

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
