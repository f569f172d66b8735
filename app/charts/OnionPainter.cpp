// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionPainter.h"

#include "OnionState.h"
#include "OnionStills.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace unfold {

namespace {

constexpr Speaker speakers[] = {Speaker::A, Speaker::B};

// Parallel lines over `area`: rising (/) for A, falling (\) for B, so the two people differ
// without colour. Raster and PDF clip cheaply; other devices (SVG) may ignore clipping, so
// there the lines are cut to the area geometrically.
void hatch(QPainter &painter, const QPainterPath &area, double spacing, bool rising, const QColor &fill,
           const QColor &colour)
{
    if (area.isEmpty())
        return;
    const QPen pen(colour, spacing * 0.2, Qt::SolidLine, Qt::FlatCap);
    const auto engine = painter.paintEngine() ? painter.paintEngine()->type() : QPaintEngine::Raster;
    if (engine == QPaintEngine::Raster) {
        // On screen and in PNGs a tiled brush drawn at device resolution is several times
        // faster than clipping lines to a complex path, which keeps scrubbing smooth.
        const double scale = std::max(1.0, std::abs(painter.worldTransform().m11()));
        const int side = std::max(2, int(std::lround(spacing * scale)));
        QImage tile(side, side, QImage::Format_ARGB32_Premultiplied);
        tile.fill(fill); // fill and lines in one pass over the area
        {
            QPainter tilePainter(&tile);
            tilePainter.setRenderHint(QPainter::Antialiasing);
            tilePainter.setPen(QPen(colour, side * 0.2, Qt::SolidLine, Qt::FlatCap));
            for (int shift : {-side, 0, side}) {
                if (rising)
                    tilePainter.drawLine(QPointF(shift, side), QPointF(shift + side, 0));
                else
                    tilePainter.drawLine(QPointF(shift, 0), QPointF(shift + side, side));
            }
        }
        QBrush brush(tile);
        brush.setTransform(QTransform::fromScale(1.0 / scale, 1.0 / scale));
        painter.fillPath(area, brush);
        return;
    }
    painter.fillPath(area, fill);
    const QRectF box = area.boundingRect().adjusted(-spacing, -spacing, spacing, spacing);
    QPainterPath lines;
    const double height = box.height();
    for (double x = box.left() - height; x <= box.right(); x += spacing) {
        if (rising) {
            lines.moveTo(x, box.bottom());
            lines.lineTo(x + height, box.top());
        } else {
            lines.moveTo(x, box.top());
            lines.lineTo(x + height, box.bottom());
        }
    }
    painter.save();
    if (engine == QPaintEngine::Pdf || engine == QPaintEngine::OpenGL2) {
        painter.setClipPath(area, Qt::IntersectClip);
        painter.strokePath(lines, pen);
    } else {
        // An SVG may ignore clipping: cut the lines to the area geometrically.
        QPainterPathStroker stroker(pen);
        painter.fillPath(stroker.createStroke(lines).intersected(area), colour);
    }
    painter.restore();
}

QColor textOn(const OnionTheme &theme, OnionLean lean)
{
    return lean == OnionLean::A ? theme.textOnA : theme.textOnB;
}

QColor fillOf(const OnionTheme &theme, OnionLean lean)
{
    return lean == OnionLean::A ? theme.personA : lean == OnionLean::B ? theme.personB : theme.even;
}

// A number in a cell only where it fits, so small pictures stay clean. With countPlates, on a
// plate of the cell's own fill that cuts through the hatching.
void drawCount(QPainter &painter, const QFontMetricsF &metrics, const OnionGeometry &g, double fromDegrees,
               double spanDegrees, int depth, const QString &text, const QColor &colour, const QColor &fill,
               bool plate)
{
    const double radius = g.ringMiddle(depth);
    const double arc = radius * qDegreesToRadians(spanDegrees);
    const double band = g.ringOuter(depth) - g.ringInner(depth);
    const double width = metrics.horizontalAdvance(text);
    if (width + metrics.height() * 0.3 > arc * 0.92 || metrics.height() > band * 0.85)
        return;
    const QPointF at = g.pointAt(fromDegrees + spanDegrees / 2, radius);
    if (plate) {
        const double pad = metrics.height() * 0.15;
        const QRectF box(at.x() - width / 2 - pad, at.y() - metrics.height() / 2, width + 2 * pad,
                         metrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, pad, pad);
    }
    painter.setPen(colour);
    // At a point, not in a rectangle: no layout pass per number, which matters for scrubbing.
    painter.drawText(QPointF(at.x() - width / 2, at.y() + (metrics.ascent() - metrics.descent()) / 2), text);
}

void paintBackdrop(QPainter &painter, const OnionGeometry &g, const OnionTheme &theme)
{
    const double from = OnionGeometry::gapDegrees / 2;
    const double span = 360.0 - OnionGeometry::gapDegrees;
    painter.fillPath(g.wedge(from, span, g.holeRadius(), g.outerRadius()), theme.emptyCell);
}

using Fill = OnionStills::Fill;
using Piece = OnionStills::Piece;

// Calls `visit(topic, depth, piece, fill)` for every piece the picture fills: a person's half
// as far as they reached (and faintly as far as they had reached before the window), or in
// balance mode each cell someone shared at, by whose disclosures outnumber the other's.
template <typename Visit>
void forEachFilledPiece(const OnionGeometry &g, const OnionPicture &picture, Visit visit)
{
    const OnionState &state = *picture.state;
    if (picture.mode == OnionMode::Balance) {
        constexpr Fill byLean[] = {Fill::LeanA, Fill::LeanEven, Fill::LeanB}; // in OnionLean's order
        for (int topic = 0; topic < g.topicCount(); ++topic) {
            for (int depth = 1; depth <= g.layerCount(); ++depth) {
                const int a = state.count(topic, depth, Speaker::A);
                const int b = state.count(topic, depth, Speaker::B);
                if (a + b > 0)
                    visit(topic, depth, Piece::Cell, byLean[int(onionLeanOf(a, b))]);
            }
        }
        return;
    }
    for (const Speaker speaker : speakers) {
        const Piece half = speaker == Speaker::A ? Piece::HalfA : Piece::HalfB;
        for (int topic = 0; topic < g.topicCount(); ++topic) {
            const int now = state.maxDepth(topic, speaker);
            const int before = picture.earlier ? picture.earlier->maxDepth(topic, speaker) : 0;
            for (int depth = 1; depth <= std::max(now, before); ++depth)
                visit(topic, depth, half, depth <= now ? Fill::Reached : Fill::Faint);
        }
    }
}

QPainterPath pathOf(const OnionGeometry &g, int topic, int depth, Piece piece)
{
    return piece == Piece::Cell ? g.cellPath(topic, depth)
                                : g.halfPath(topic, depth, piece == Piece::HalfA ? Speaker::A : Speaker::B);
}

QColor faintOf(const OnionTheme &theme, Speaker speaker)
{
    QColor faint = speaker == Speaker::A ? theme.personA : theme.personB;
    faint.setAlphaF(0.28);
    return faint;
}

void hatchHalves(QPainter &painter, const QPainterPath &area, Speaker speaker, const OnionTheme &theme,
                 double spacing)
{
    hatch(painter, area, spacing, speaker == Speaker::A,
          speaker == Speaker::A ? theme.personA : theme.personB,
          speaker == Speaker::A ? theme.hatchOnA : theme.hatchOnB);
}

// One fill over an area, as the pieces of every fill are drawn without stills (SVG, PDF).
void paintFill(QPainter &painter, const QPainterPath &area, Fill fill, Speaker speaker,
               const OnionTheme &theme, double spacing)
{
    switch (fill) {
    case Fill::None:
        break;
    case Fill::Reached:
        hatchHalves(painter, area, speaker, theme, spacing);
        break;
    case Fill::Faint:
        painter.fillPath(area, faintOf(theme, speaker));
        break;
    case Fill::LeanA:
        hatch(painter, area, spacing, true, theme.personA, theme.hatchOnA);
        break;
    case Fill::LeanEven:
        painter.fillPath(area, theme.even);
        break;
    case Fill::LeanB:
        hatch(painter, area, spacing, false, theme.personB, theme.hatchOnB);
        break;
    }
}

// Without stills: the filled pieces gathered into one path per fill and person, each filled
// once (far fewer strokes in a file than a fill per piece).
void paintCells(QPainter &painter, const OnionGeometry &g, const OnionPicture &picture, double spacing)
{
    QPainterPath areas[OnionStills::fillCount][2];
    forEachFilledPiece(g, picture, [&](int topic, int depth, Piece piece, Fill fill) {
        areas[int(fill)][piece == Piece::HalfB ? 1 : 0].addPath(pathOf(g, topic, depth, piece));
    });
    // Faint before reached and the even cells before the hatched ones, as the stills do.
    for (const Fill fill : {Fill::Faint, Fill::Reached, Fill::LeanEven, Fill::LeanA, Fill::LeanB})
        for (const Speaker speaker : speakers)
            paintFill(painter, areas[int(fill)][int(speaker)], fill, speaker, picture.theme, spacing);
}

// Every piece filled as `fill` says: the pictures the stills cut filled pieces from.
void paintAllCells(QPainter &painter, const OnionGeometry &g, const OnionTheme &theme, Fill fill,
                   double spacing)
{
    if (fill == Fill::None)
        return;
    const bool halves = fill == Fill::Reached || fill == Fill::Faint;
    for (const Speaker speaker : speakers) {
        QPainterPath area;
        for (int topic = 0; topic < g.topicCount(); ++topic)
            for (int depth = 1; depth <= g.layerCount(); ++depth)
                area.addPath(halves ? g.halfPath(topic, depth, speaker) : g.cellPath(topic, depth));
        paintFill(painter, area, fill, speaker, theme, spacing);
        if (!halves)
            return;
    }
}

void paintCounts(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture)
{
    const OnionGeometry &g = layout.geometry;
    const OnionState &state = *picture.state;
    const OnionTheme &theme = picture.theme;
    painter.setFont(layout.smallFont);
    const QFontMetricsF metrics(layout.smallFont);
    for (int topic = 0; topic < g.topicCount(); ++topic) {
        for (int depth = 1; depth <= g.layerCount(); ++depth) {
            const int a = state.count(topic, depth, Speaker::A);
            const int b = state.count(topic, depth, Speaker::B);
            if (picture.mode == OnionMode::Balance) {
                if (a + b > 0)
                    drawCount(painter, metrics, g, g.sectorStart(topic), g.sectorSpan(), depth,
                              QStringLiteral("%1:%2").arg(a).arg(b), textOn(theme, onionLeanOf(a, b)),
                              fillOf(theme, onionLeanOf(a, b)), theme.countPlates);
                continue;
            }
            const double half = g.sectorSpan() / 2;
            if (a > 0)
                drawCount(painter, metrics, g, g.sectorStart(topic), half, depth, QString::number(a),
                          theme.textOnA, theme.personA, theme.countPlates);
            if (b > 0)
                drawCount(painter, metrics, g, g.sectorStart(topic) + half, half, depth, QString::number(b),
                          theme.textOnB, theme.personB, theme.countPlates);
        }
    }
}

void paintGrid(QPainter &painter, const OnionGeometry &g, const OnionTheme &theme, double width)
{
    const double from = OnionGeometry::gapDegrees / 2;
    const double span = 360.0 - OnionGeometry::gapDegrees;
    // Cells are parted by thin lines of the background, so the onion reads as separate pieces
    // on any fill; the outline and the A/B divide are drawn in the grid colour.
    QPainterPath rings;
    for (int depth = 2; depth <= g.layerCount(); ++depth) {
        const double r = g.ringOuter(depth);
        const QRectF box(g.centre() - QPointF(r, r), QSizeF(2 * r, 2 * r));
        rings.arcMoveTo(box, 90.0 - from);
        rings.arcTo(box, 90.0 - from, -span);
    }
    QPainterPath spokes;
    for (int topic = 1; topic < g.topicCount(); ++topic) {
        spokes.moveTo(g.pointAt(g.sectorStart(topic), g.holeRadius()));
        spokes.lineTo(g.pointAt(g.sectorStart(topic), g.outerRadius()));
    }
    QPainterPath halves;
    for (int topic = 0; topic < g.topicCount(); ++topic) {
        halves.moveTo(g.pointAt(g.sectorMiddle(topic), g.holeRadius()));
        halves.lineTo(g.pointAt(g.sectorMiddle(topic), g.outerRadius()));
    }
    const std::pair<const QPainterPath *, double> partings[] = {
        {&rings, 1.6}, {&spokes, 3.2}, {&halves, 0.8}};
    // Where cells have an edge colour (high contrast), it borders each parting line on both
    // sides: an empty cell on black then still shows its shape, and a filled one its edge.
    if (theme.outline.isValid()) {
        for (const auto &[path, factor] : partings)
            painter.strokePath(*path,
                               QPen(theme.outline, width * (factor + 1.6), Qt::SolidLine, Qt::FlatCap));
    }
    for (const auto &[path, factor] : partings)
        painter.strokePath(*path, QPen(theme.background, width * factor));
    painter.strokePath(g.wedge(from, span, g.holeRadius(), g.outerRadius()), QPen(theme.grid, width));
}

// What the latest session added, outlined so the step from the faint previous state shows.
void paintNew(QPainter &painter, const OnionGeometry &g, const OnionPicture &picture, double width)
{
    if (!picture.previous || picture.mode != OnionMode::WhoReached)
        return;
    QPainterPath added;
    for (const Speaker speaker : speakers)
        for (int topic = 0; topic < g.topicCount(); ++topic)
            for (int depth = picture.previous->maxDepth(topic, speaker) + 1;
                 depth <= picture.state->maxDepth(topic, speaker); ++depth)
                added.addPath(g.halfPath(topic, depth, speaker));
    painter.strokePath(added,
                       QPen(picture.theme.text, width * 1.8, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
}

void paintHighlight(QPainter &painter, const OnionGeometry &g, const OnionPicture &picture, double width)
{
    if (!picture.highlighted || !picture.highlighted->isValid())
        return;
    const OnionCell &cell = *picture.highlighted;
    const QPainterPath path = picture.mode == OnionMode::Balance
                                  ? g.cellPath(cell.topic, cell.depth)
                                  : g.halfPath(cell.topic, cell.depth, cell.half);
    // Two strokes so the focus shows on any fill and background.
    painter.strokePath(
        path, QPen(picture.theme.background, width * 5.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.strokePath(path,
                       QPen(picture.theme.focus, width * 2.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
}

} // namespace

OnionLayout OnionPainter::layout(const QSizeF &size, const OnionPicture &picture)
{
    const int topics = picture.state ? picture.state->topicCount() : 0;
    const int layers = picture.state ? picture.state->layerCount() : int(picture.layerNames.size());
    const bool keys =
        picture.mode == OnionMode::WhoReached && (picture.previous || picture.earlier || picture.keysRowKept);
    return OnionLayout::forSize(size, topics, layers, keys ? 3 : 2);
}

void OnionPainter::paint(QPainter &painter, const QSizeF &size, const OnionPicture &picture)
{
    const OnionLayout frame = layout(size, picture);
    const OnionGeometry &g = frame.geometry;
    const OnionTheme &theme = picture.theme;
    const double line = std::max(0.6, g.outerRadius() / 260.0) * theme.lineScale;
    const double spacing = std::max(3.0, g.outerRadius() / 24.0);
    const bool hasCells = picture.state && g.topicCount() > 0 && g.outerRadius() > 0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // What stays the same from session to session, for the stills to keep.
    const OnionStills::Render still = [&](QPainter &onto, OnionStills::Fill fill) {
        onto.setRenderHint(QPainter::Antialiasing);
        onto.setRenderHint(QPainter::TextAntialiasing);
        onto.fillRect(frame.frame, theme.background);
        paintBackdrop(onto, g, theme);
        paintAllCells(onto, g, theme, fill, spacing);
        paintGrid(onto, g, theme, line);
        OnionText::paintSectorLabels(onto, frame, picture);
        OnionText::paintRingNames(onto, frame, picture);
    };
    const OnionStills *stills = hasCells ? OnionStills::find(painter, frame, picture) : nullptr;
    if (stills)
        stills->drawEmpty(painter, still);
    else
        painter.fillRect(frame.frame, theme.background);
    OnionText::paintTitle(painter, frame, picture);
    if (hasCells) {
        if (stills) {
            forEachFilledPiece(g, picture, [&](int topic, int depth, Piece piece, Fill fill) {
                stills->drawPiece(painter, fill, topic, depth, piece, still);
            });
        } else {
            paintBackdrop(painter, g, theme);
            paintCells(painter, g, picture, spacing);
            paintGrid(painter, g, theme, line);
        }
        paintNew(painter, g, picture, line);
        paintCounts(painter, frame, picture);
        paintHighlight(painter, g, picture, line);
        if (!stills) {
            OnionText::paintSectorLabels(painter, frame, picture);
            OnionText::paintRingNames(painter, frame, picture);
        }
    }
    OnionText::paintLegend(painter, frame, picture);
    painter.restore();
}

} // namespace unfold
