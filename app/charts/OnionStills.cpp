// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionStills.h"

#include "OnionState.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace unfold {

namespace {

// Pixels can be copied only where the painter maps the picture onto device pixels by a plain
// scale (and shift): on screen and into PNGs, not into SVG or PDF, not rotated.
bool copiesPixels(const QPainter &painter, double *scale)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false;
    const QTransform device = painter.deviceTransform();
    if (device.type() > QTransform::TxScale || device.m11() <= 0 || device.m11() != device.m22())
        return false;
    *scale = device.m11();
    return true;
}

thread_local bool enabled = true;

} // namespace

void OnionStills::setEnabled(bool on)
{
    enabled = on;
}

const OnionStills *OnionStills::find(QPainter &painter, const OnionLayout &layout,
                                     const OnionPicture &picture)
{
    double scale = 1;
    if (!enabled || !picture.state || !copiesPixels(painter, &scale))
        return nullptr;
    Key key;
    key.pixels = (layout.frame.size() * scale).toSize().expandedTo(QSize(1, 1));
    // Up to a 3000-pixel square (36 MB an image, a few of them): any screen, and the usual
    // exports. Beyond, a picture is painted once for a file, and every part is painted directly.
    constexpr qint64 mostPixels = 3000 * 3000;
    if (qint64(key.pixels.width()) * key.pixels.height() > mostPixels)
        return nullptr;
    key.scale = scale;
    key.onion = layout.geometry.bounds();
    key.theme = picture.theme;
    for (const auto &topic : picture.state->topics())
        key.topics.append(topic.name);
    key.layers = picture.layerNames;
    key.font = layout.labelFont;
    // One set per thread: the onion on screen, or the one being exported in the background.
    // Switching between two onions of different sizes renders again, which costs about what
    // one frame without stills costs.
    thread_local OnionStills stills;
    if (!(stills.m_key == key)) {
        stills.m_key = key;
        for (QImage &image : stills.m_images)
            image = QImage();
        for (QList<Sprite> &sprites : stills.m_sprites)
            sprites.clear();
    }
    stills.m_geometry = layout.geometry;
    return &stills;
}

const QImage &OnionStills::image(Fill fill, const Render &render) const
{
    QImage &image = m_images[int(fill)];
    if (image.isNull()) {
        // The screen's and a PNG's own format: with opaque pixels the copy below can be a plain
        // copy instead of a blend.
        image = QImage(m_key.pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(m_key.theme.background);
        QPainter painter(&image);
        painter.scale(m_key.scale, m_key.scale);
        render(painter, fill);
    }
    return image;
}

void OnionStills::drawEmpty(QPainter &painter, const Render &render) const
{
    const QImage &empty = image(Fill::None, render);
    // Every pixel of the stills is opaque, so copying them gives what blending them would.
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(empty.size()) / m_key.scale), empty, QRectF(empty.rect()));
    painter.restore();
}

const OnionStills::Sprite &OnionStills::sprite(Fill fill, int topic, int depth, Piece piece,
                                               const Render &render) const
{
    QList<Sprite> &sprites = m_sprites[int(fill)];
    if (sprites.isEmpty())
        sprites.resize(qsizetype(m_geometry.topicCount()) * m_geometry.layerCount() * 3);
    Sprite &sprite = sprites[(qsizetype(topic) * m_geometry.layerCount() + depth - 1) * 3 + int(piece)];
    if (sprite.image.isNull()) {
        const QPainterPath path =
            piece == Piece::Cell
                ? m_geometry.cellPath(topic, depth)
                : m_geometry.halfPath(topic, depth, piece == Piece::HalfA ? Speaker::A : Speaker::B);
        const double scale = m_key.scale;
        const QRectF logical = path.boundingRect();
        // A pixel more on every side for the antialiased edge.
        const QRect pixels = QRectF(logical.topLeft() * scale, logical.size() * scale)
                                 .toAlignedRect()
                                 .adjusted(-1, -1, 1, 1)
                                 .intersected(QRect(QPoint(0, 0), m_key.pixels));
        sprite.at = pixels.topLeft();
        sprite.image = QImage(pixels.size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        sprite.image.fill(Qt::transparent);
        QPainter painter(&sprite.image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-QPointF(pixels.topLeft()));
        painter.scale(scale, scale);
        QBrush brush(image(fill, render));
        brush.setTransform(QTransform::fromScale(1.0 / scale, 1.0 / scale));
        painter.fillPath(path, brush);
    }
    return sprite;
}

void OnionStills::drawPiece(QPainter &painter, Fill fill, int topic, int depth, Piece piece,
                            const Render &render) const
{
    // The piece's edge runs along the middle of a parting line of the background's colour, so
    // its antialiased rim blends into the same colour beneath.
    const Sprite &cut = sprite(fill, topic, depth, piece, render);
    const double scale = m_key.scale;
    painter.drawImage(QRectF(QPointF(cut.at) / scale, QSizeF(cut.image.size()) / scale), cut.image,
                      QRectF(cut.image.rect()));
}

} // namespace unfold
