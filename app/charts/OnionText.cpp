// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionPainter.h"
#include "OnionState.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace unfold::OnionText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("unfold::OnionText", text, disambiguation, n);
}

// A label in at most two lines of `width`, broken at the space that balances them best.
QString wrapInTwo(const QFontMetricsF &metrics, const QString &text, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    int best = -1;
    double bestWidth = 1e9;
    for (int i = text.indexOf(u' '); i >= 0; i = text.indexOf(u' ', i + 1)) {
        const double wider =
            std::max(metrics.horizontalAdvance(text.left(i)), metrics.horizontalAdvance(text.mid(i + 1)));
        if (wider < bestWidth) {
            bestWidth = wider;
            best = i;
        }
    }
    if (best < 0)
        return metrics.elidedText(text, Qt::ElideRight, width);
    return metrics.elidedText(text.left(best), Qt::ElideRight, width) + u'\n' +
           metrics.elidedText(text.mid(best + 1), Qt::ElideRight, width);
}

enum class Swatch
{
    Fill,
    Ghost,
    NewOutline
};

struct LegendItem
{
    Swatch swatch = Swatch::Fill;
    QColor fill;
    int hatch = 0; // 1 rising, -1 falling, 0 none
    QColor hatchColour;
    QString text;
};

// Hatching in a square, cut to it by arithmetic because an SVG may ignore clipping.
void paintSwatch(QPainter &painter, const QRectF &box, const LegendItem &item, const OnionTheme &theme)
{
    const double s = box.width();
    if (item.swatch == Swatch::NewOutline) {
        painter.setPen(QPen(theme.text, std::max(1.0, s / 8), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(s / 8, s / 8, -s / 8, -s / 8));
        return;
    }
    QColor fill = item.fill;
    if (item.swatch == Swatch::Ghost)
        fill.setAlphaF(0.28);
    painter.fillRect(box, fill);
    if (item.hatch != 0) {
        painter.setPen(QPen(item.hatchColour, s / 10, Qt::SolidLine, Qt::FlatCap));
        for (double c = s / 4; c < 2 * s; c += s / 3) {
            const double from = std::max(0.0, c - s);
            const double to = std::min(s, c);
            if (item.hatch > 0)
                painter.drawLine(box.topLeft() + QPointF(from, c - from),
                                 box.topLeft() + QPointF(to, c - to));
            else
                painter.drawLine(box.topLeft() + QPointF(from, s - (c - from)),
                                 box.topLeft() + QPointF(to, s - (c - to)));
        }
    }
    painter.setPen(QPen(theme.grid, std::max(0.5, s / 16)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
}

// One centred row of swatches with their words; texts shrink by eliding when the row is too wide.
void paintRow(QPainter &painter, const QRectF &row, const QList<LegendItem> &items, const QFont &font,
              const QColor &textColour, const OnionTheme &theme)
{
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double swatch = metrics.height() * 0.9;
    const double gap = metrics.averageCharWidth() * 2.5;
    const double slack = swatch + metrics.averageCharWidth() * 0.8;
    double total = 0;
    for (const LegendItem &item : items)
        total += (item.swatch == Swatch::Fill && !item.fill.isValid() ? 0 : slack) +
                 metrics.horizontalAdvance(item.text) + gap;
    total -= gap;
    const double shrink = total > row.width() ? row.width() / total : 1.0;
    double x = row.left() + std::max(0.0, (row.width() - total) / 2);
    for (const LegendItem &item : items) {
        if (item.fill.isValid() || item.swatch != Swatch::Fill) {
            paintSwatch(painter, QRectF(x, row.center().y() - swatch / 2, swatch, swatch), item, theme);
            x += slack;
        }
        const double available = metrics.horizontalAdvance(item.text) * shrink;
        const QString text = metrics.elidedText(item.text, Qt::ElideRight, available + 1);
        painter.setPen(textColour);
        painter.drawText(QRectF(x, row.top(), available + 2, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        x += available + gap * shrink;
    }
}

QString personSummary(const OnionState *state, const QString &name, Speaker speaker)
{
    if (!state || state->topicCount() == 0)
        return name;
    return tr("%1: %2 of %3 topics, penetration %4 %")
        .arg(name)
        .arg(state->breadth(speaker))
        .arg(state->topicCount())
        .arg(std::lround(state->penetration(speaker) * 100));
}

} // namespace

void paintTitle(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture)
{
    const QRectF area = layout.titleArea;
    const QFontMetricsF title(layout.titleFont);
    painter.setFont(layout.titleFont);
    painter.setPen(picture.theme.text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), title.height()),
                     Qt::AlignHCenter | Qt::AlignTop,
                     title.elidedText(picture.title, Qt::ElideRight, area.width()));
    const QFontMetricsF subtitle(layout.subtitleFont);
    painter.setFont(layout.subtitleFont);
    painter.setPen(picture.theme.mutedText);
    painter.drawText(QRectF(area.left(), area.top() + title.height(), area.width(), subtitle.height() * 1.2),
                     Qt::AlignHCenter | Qt::AlignTop,
                     subtitle.elidedText(picture.subtitle, Qt::ElideRight, area.width()));
}

void paintSectorLabels(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture)
{
    const OnionGeometry &g = layout.geometry;
    const QFontMetricsF metrics(layout.labelFont);
    painter.setFont(layout.labelFont);
    painter.setPen(picture.theme.text);
    const auto &topics = picture.state->topics();
    for (int topic = 0; topic < g.topicCount(); ++topic) {
        const double angle = g.sectorMiddle(topic);
        const QPointF direction = g.pointAt(angle, 1.0) - g.centre();
        const QPointF anchor = g.pointAt(angle, g.outerRadius() + metrics.averageCharWidth() * 0.9);
        const QString text = wrapInTwo(metrics, topics.value(topic).name, layout.labelWidth);
        const QRectF needed =
            metrics.boundingRect(QRectF(0, 0, layout.labelWidth, layout.labelHeight), Qt::AlignLeft, text);
        // The box's edge nearest the onion touches the anchor, whichever side it is on.
        const QPointF centre =
            anchor + QPointF(direction.x() * needed.width() / 2, direction.y() * needed.height() / 2);
        const Qt::Alignment horizontal = direction.x() > 0.25    ? Qt::AlignLeft
                                         : direction.x() < -0.25 ? Qt::AlignRight
                                                                 : Qt::AlignHCenter;
        QRectF box(centre.x() - needed.width() / 2 - 1, centre.y() - needed.height() / 2, needed.width() + 2,
                   needed.height());
        // Near 12 and 6 o'clock a wide box can still cut into the onion: push it out until its
        // nearest point clears the outer ring.
        const double clearance = g.outerRadius() + metrics.averageCharWidth() * 0.6;
        for (int step = 0; step < 8; ++step) {
            const QPointF nearest(std::clamp(g.centre().x(), box.left(), box.right()),
                                  std::clamp(g.centre().y(), box.top(), box.bottom()));
            const double distance = std::hypot(nearest.x() - g.centre().x(), nearest.y() - g.centre().y());
            if (distance >= clearance)
                break;
            box.translate(direction * (clearance - distance + 0.5));
        }
        painter.drawText(box, int(horizontal | Qt::AlignVCenter), text);
    }
}

void paintRingNames(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture)
{
    const OnionGeometry &g = layout.geometry;
    QFont font = layout.smallFont;
    font.setItalic(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QColor halo = picture.theme.background;
    halo.setAlphaF(0.85);
    for (int depth = 1; depth <= g.layerCount(); ++depth) {
        const double band = g.ringOuter(depth) - g.ringInner(depth);
        QString name = picture.layerNames.value(depth - 1);
        // Where the ring is too thin for its name, its depth number stands in.
        if (name.isEmpty() || metrics.height() > band * 0.95)
            name = QString::number(depth);
        const double maxWidth = layout.labelWidth;
        name = metrics.elidedText(name, Qt::ElideRight, maxWidth);
        const double width = metrics.horizontalAdvance(name) + metrics.averageCharWidth();
        const QPointF at = g.pointAt(0, g.ringMiddle(depth));
        const QRectF box(at.x() - width / 2, at.y() - metrics.height() / 2, width, metrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(box, metrics.height() / 3, metrics.height() / 3);
        painter.setPen(picture.theme.mutedText);
        painter.drawText(box, Qt::AlignCenter, name);
    }
}

void paintLegend(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture)
{
    const OnionTheme &theme = picture.theme;
    const QRectF area = layout.legendArea;
    QList<LegendItem> top;
    QList<LegendItem> keys; // what outlined and faint cells mean, when the picture has them
    QList<LegendItem> bottom;
    if (picture.mode == OnionMode::Balance) {
        top.append({Swatch::Fill, theme.personA, 1, theme.hatchOnA, tr("Mostly %1").arg(picture.personA)});
        top.append({Swatch::Fill, theme.even, 0, {}, tr("About even")});
        top.append({Swatch::Fill, theme.personB, -1, theme.hatchOnB, tr("Mostly %1").arg(picture.personB)});
        bottom.append({Swatch::Fill,
                       {},
                       0,
                       {},
                       tr("Numbers: %1 : %2 disclosures in that layer of the topic")
                           .arg(picture.personA, picture.personB)});
    } else {
        top.append({Swatch::Fill, theme.personA, 1, theme.hatchOnA,
                    personSummary(picture.state, picture.personA, Speaker::A)});
        top.append({Swatch::Fill, theme.personB, -1, theme.hatchOnB,
                    personSummary(picture.state, picture.personB, Speaker::B)});
        // Each key only when the picture can show it.
        if (picture.earlier) {
            const int window = picture.state->sessionsIncluded() - picture.state->windowStart();
            keys.append({Swatch::Ghost,
                         theme.personA,
                         0,
                         {},
                         tr("faint: reached before, not in the last %n session(s)", nullptr, window)});
        }
        if (picture.previous)
            keys.append({Swatch::NewOutline, {}, 0, {}, tr("outlined: new in this session")});
        bottom.append(
            {Swatch::Fill,
             {},
             0,
             {},
             tr("Clockwise in each topic: %1's half, then %2's; numbers count disclosures in that layer")
                 .arg(picture.personA, picture.personB)});
    }
    // Rows of equal height, as many as the layout made room for: the keys get a row of their own
    // when there is one (kept empty where a scrubbing view keeps it), so no text of the legend
    // has to be cut to fit.
    const QList<QList<LegendItem>> rows = layout.legendRows < 3 ? QList<QList<LegendItem>>{top, bottom}
                                                                : QList<QList<LegendItem>>{top, keys, bottom};
    const double height = area.height() / double(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QRectF row(area.left(), area.top() + i * height, area.width(), height);
        paintRow(painter, row, rows.at(i), i == 0 ? layout.labelFont : layout.smallFont,
                 i == 0 ? theme.text : theme.mutedText, theme);
    }
}

} // namespace unfold::OnionText
