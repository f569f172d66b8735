// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
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

namespace {

// A marker as an image `side` pixels square: its shape in the series' colour, outlined in the
// background's.
QImage markerImage(const SeriesStyle &style, const ChartTheme &theme, double side, double border)
{
    QImage image(QSize(int(std::ceil(side)), int(std::ceil(side))), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The outline in the background's colour parts the marker from its own line, as before.
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
    return image;
}

} // namespace

void drawMarkersOn(QXYSeries *line, const SeriesStyle &style, const ChartTheme &theme)
{
    const double size = style.marker == SeriesMarker::Circle ? theme.markerSize * 0.9 : theme.markerSize;
    // Drawn large and scaled down by the painter, so a picture exported at twice the screen's
    // resolution keeps sharp markers.
    constexpr int oversample = 4;
    const double side = size * oversample;
    const double border = theme.markerSize * 0.12 * oversample;
    // Each chart draws the same few markers: each is drawn once (a tenth of building a chart), on
    // each thread that builds charts (the window's, an export's).
    thread_local QHash<QString, QImage> drawn;
    const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(int(style.marker))
                            .arg(style.colour.rgba())
                            .arg(theme.background.rgba())
                            .arg(side, 0, 'g', 17)
                            .arg(border, 0, 'g', 17);
    auto found = drawn.constFind(key);
    if (found == drawn.constEnd())
        found = drawn.insert(key, markerImage(style, theme, side, border));
    // A scatter series draws its marker within a little more than its size; the image is the
    // marker's whole box, so it is set a fifth larger to look the same as the key in the legend.
    line->setMarkerSize(size * 1.2);
    line->setLightMarker(*found);
    line->setPointsVisible(true);
}

namespace {

// Space between two tags, and the least distance at which two events get tags of their own.
constexpr double tagGap = 12;
constexpr double nearestTags = 28;

struct EventTag
{
    double at = 0; // x of the tag: its first event's
    QString text;
};

// The tags over the events (sorted by x): their labels where each has room beside its
// neighbours on the plot, else numbers, with events closer than a number's room sharing one.
QList<EventTag> eventTags(const QList<std::pair<double, QString>> &events, double span, double plotPixels,
                          const QFont &font, bool *numbered)
{
    const QFontMetricsF metrics(font);
    const double pixel = span / plotPixels; // one pixel of the plot, in x units
    *numbered = false;
    for (qsizetype i = 1; i < events.size(); ++i) {
        const double room =
            (metrics.horizontalAdvance(events[i - 1].second) + metrics.horizontalAdvance(events[i].second)) /
                2 +
            tagGap;
        if (events[i].first - events[i - 1].first < room * pixel)
            *numbered = true;
    }
    QList<EventTag> tags;
    if (!*numbered) {
        for (const auto &[at, label] : events)
            tags.append({at, label});
        return tags;
    }
    qsizetype first = 0;
    for (qsizetype i = 1; i <= events.size(); ++i) {
        if (i < events.size() && events[i].first - events[first].first < nearestTags * pixel)
            continue;
        const QString from = QString::number(first + 1);
        tags.append({events[first].first, i - first == 1 ? from : QStringLiteral("%1–%2").arg(from).arg(i)});
        first = i;
    }
    return tags;
}

} // namespace

double plotWidth(double chartWidth)
{
    return std::max(100.0, chartWidth - 160);
}

EventMarks addEvents(QChart *chart, QAbstractAxis *x, QAbstractAxis *y,
                     const QList<std::pair<double, QString>> &events, double xFrom, double xTo,
                     double yMinimum, double yMaximum, const ChartTheme &theme, double chartWidth)
{
    QList<std::pair<double, QString>> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QPen pen(theme.event, 1.5 * theme.gridWidth, Qt::DashLine);
    for (const auto &[at, label] : std::as_const(sorted)) {
        auto *line = new QLineSeries;
        line->setName(label);
        line->setPen(pen);
        line->append(at, yMinimum);
        line->append(at, yMaximum);
        attachHidden(chart, line, x, y);
    }
    QFont font = theme.font;
    font.setBold(true);
    bool numbered = false;
    for (const EventTag &tag : eventTags(sorted, xTo - xFrom, plotWidth(chartWidth), font, &numbered)) {
        // The label rides on a marker at the top of the line; '@' would start a placeholder.
        auto *marker = new QScatterSeries;
        marker->setName(tag.text);
        marker->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marker->setMarkerSize(theme.markerSize * 0.8);
        marker->setColor(theme.event);
        marker->setPen(QPen(theme.event));
        marker->append(tag.at, yMaximum);
        QString text = tag.text;
        marker->setPointLabelsFormat(text.replace(u'@', QStringLiteral("＠")));
        marker->setPointLabelsVisible(true);
        marker->setPointLabelsClipping(false);
        marker->setPointLabelsColor(theme.event);
        marker->setPointLabelsFont(font);
        attachHidden(chart, marker, x, y);
    }
    EventMarks marks;
    marks.any = !sorted.isEmpty();
    if (!numbered)
        return marks;
    QStringList key;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        key.append(
            QStringLiteral("%1\u00a0%2").arg(i + 1).arg(sorted[i].second)); // a number stays by its label
    marks.key = QCoreApplication::translate("unfold::ChartText", "Events: %1")
                    .arg(key.join(QStringLiteral("\u00a0· ")));
    return marks;
}

namespace {

// `text` in lines no wider than `width` in `font`, broken between words (a word wider than the
// line stands alone). Each word is measured once and a line's width is the sum of its words and
// spaces: measuring every longer line afresh took a third of building a chart with a long note.
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    const double space = metrics.horizontalAdvance(u' ');
    QStringList lines;
    QString line;
    double lineWidth = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const double wordWidth = metrics.horizontalAdvance(word);
        if (line.isEmpty()) {
            line = word;
            lineWidth = wordWidth;
        } else if (lineWidth + space + wordWidth > width) {
            lines.append(line);
            line = word;
            lineWidth = wordWidth;
        } else {
            line += u' ' + word;
            lineWidth += space + wordWidth;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString escapedLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return escaped.join(QStringLiteral("<br/>"));
}

} // namespace

void setTitle(QChart *chart, const QString &title, const QString &subject, const QString &note,
              const ChartTheme &theme, double chartWidth, const EventMarks &events)
{
    // The title item renders rich text; names are the user's own words, so they are escaped.
    // Lines are broken here, to a little less than the chart's width: the title item's own
    // font measures a little wider than these metrics at some sizes.
    const double width = std::max(80.0, chartWidth * 0.9 - 24);
    QFont heading = theme.font;
    heading.setPointSizeF(theme.font.pointSizeF() * 1.35);
    heading.setBold(true);
    QFont small = heading;
    small.setBold(false);
    small.setPointSizeF(heading.pointSizeF() * 0.85);
    const QString whole = title + QStringLiteral(" — ") + subject;
    QString html = QStringLiteral("<div align=\"center\">") +
                   (QFontMetricsF(heading).horizontalAdvance(whole) <= width
                        ? whole.toHtmlEscaped()
                        : escapedLines(wrapped(title, heading, width) + wrapped(subject, heading, width)));
    const QString smallLines =
        QStringLiteral("<br/><span style=\"font-weight:normal; font-size:small; color:%1\">%2</span>");
    if (!note.isEmpty())
        html += smallLines.arg(theme.mutedText.name(), escapedLines(wrapped(note, small, width)));
    if (!events.key.isEmpty())
        html += smallLines.arg(theme.event.name(), escapedLines(wrapped(events.key, small, width)));
    // The events' tags stand just above the plot, where the title's last line would end: an
    // empty line keeps their height free (Qt Charts lays the title out by its lines, not margins).
    if (events.any)
        html += QStringLiteral("<br/>&#8203;");
    html += QStringLiteral("</div>");
    chart->setTitle(html);
}

} // namespace unfold::ChartText
