// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace unfold {

// Writes one picture, drawn by a paint routine at a logical size, as PNG, SVG or PDF.
// The same routine draws the screen, so files look like what the user saw.
class PictureExport final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::PictureExport)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf
    };
    using Paint = std::function<void(QPainter &painter, const QSizeF &logicalSize)>;

    static constexpr int minimumDpi = 72;
    static constexpr int maximumDpi = 600;
    static constexpr int logicalDpi = 96; // sizes are in logical pixels at 96 per inch

    static std::optional<Format> formatFromName(const QString &name);
    static QString suffix(Format format);
    // "800x600" → 800×600; nullopt for anything else or a side outside 16..20000.
    static std::optional<QSize> parseSize(const QString &text);

    // Renders to a temporary file beside `path` and renames it into place, so a failure never
    // leaves a partial file nor harms an existing one. A PNG gets size × dpi / 96 pixels and
    // records its DPI; an SVG gets a viewBox; a PDF is one vector page of the logical size.
    static bool write(const QString &path, Format format, const QSize &logicalSize, int dpi,
                      const Paint &paint, const QString &title, QString *error);
};

} // namespace unfold
