// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionLayout.h"
#include "OnionPicture.h"

#include <QImage>
#include <QList>
#include <QPoint>

#include <functional>

class QPainter;

namespace unfold {

// The parts of an onion picture that stay the same from one session to the next (the empty
// cells, the lines parting them, the topic and ring names) rendered once per size, theme and
// topic set, together with every cell filled in each way a cell can be filled. Scrubbing then
// copies pixels: the still picture once, and each filled piece as a small image cut from the
// picture of all pieces filled that way, parting lines and names included, so nothing still is
// stroked, hatched or laid out again. Only raster painters (screen, PNG) use it; vector files
// draw every part themselves.
class OnionStills final
{
public:
    enum class Fill
    {
        None,     // empty cells, parting lines and names
        Reached,  // every half hatched for its person (who-reached mode)
        Faint,    // every half in its person's faint colour
        LeanA,    // every cell hatched as mostly A's (balance mode)
        LeanEven, // every cell in the even colour
        LeanB,    // every cell hatched as mostly B's
    };
    static constexpr int fillCount = 6;
    // A person's half of a cell (who-reached mode) or the whole cell (balance mode).
    enum class Piece
    {
        HalfA,
        HalfB,
        Cell
    };
    // Paints the still picture with every piece filled as `fill` says (None: none filled).
    using Render = std::function<void(QPainter &painter, Fill fill)>;

    // The stills for this picture on this painter (rendered as needed when the last ones on
    // this thread were for another size, theme or topic set), or null where pixels cannot simply
    // be copied (a vector device, a rotated painter) or where keeping them would cost more memory
    // than a one-off picture is worth (a print-sized export).
    static const OnionStills *find(QPainter &painter, const OnionLayout &layout, const OnionPicture &picture);
    // On by default. Off, find() finds none on this thread and every part is painted each time:
    // for tests comparing the two and for the benchmark's figure without stills.
    static void setEnabled(bool enabled);

    // The picture with no cell filled, over the whole frame. `render` paints what is not kept
    // yet; it must paint the same picture on every call for the same stills.
    void drawEmpty(QPainter &painter, const Render &render) const;
    // One piece as the picture of all pieces filled as `fill` shows it.
    void drawPiece(QPainter &painter, Fill fill, int topic, int depth, Piece piece,
                   const Render &render) const;

private:
    struct Key
    {
        QSize pixels;
        double scale = 1;
        QRectF onion; // where the onion sits: the legend's rows move it within the same size
        OnionTheme theme;
        QStringList topics;
        QStringList layers;
        QFont font;
        bool operator==(const Key &) const = default;
    };
    struct Sprite
    {
        QImage image; // null until first drawn
        QPoint at;    // in device pixels
    };
    const QImage &image(Fill fill, const Render &render) const;
    const Sprite &sprite(Fill fill, int topic, int depth, Piece piece, const Render &render) const;

    Key m_key;
    OnionGeometry m_geometry;
    mutable QImage m_images[fillCount];
    mutable QList<Sprite> m_sprites[fillCount]; // by (topic, depth, piece)
};

} // namespace unfold
