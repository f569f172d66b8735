// SPDX-License-Identifier: GPL-3.0-or-later
#include "PictureExport.h"

#include "PrivateFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace unfold {

std::optional<PictureExport::Format> PictureExport::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString PictureExport::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<QSize> PictureExport::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000)
        return std::nullopt;
    return size;
}

bool PictureExport::write(const QString &path, Format format, const QSize &logicalSize, int dpi,
                          const Paint &paint, const QString &title, QString *error)
{
    if (dpi < minimumDpi || dpi > maximumDpi) {
        *error = tr("The resolution must be between %1 and %2 DPI.").arg(minimumDpi).arg(maximumDpi);
        return false;
    }
    const QFileInfo target(path);
    if (target.isDir() || !QFileInfo(target.absolutePath()).isDir()) {
        *error = tr("Cannot write %1: the folder does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // Drawn in memory first: Qt's writers report no failed write to a file (a full disk gave a
    // truncated picture and "success"), so the bytes go to disk through the one checked path.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSizeF logical(logicalSize);
    bool ok = false;
    switch (format) {
    case Format::Png: {
        const double scale = double(dpi) / logicalDpi;
        const QSize pixels(int(std::lround(logicalSize.width() * scale)),
                           int(std::lround(logicalSize.height() * scale)));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            *error = tr("The picture is too large to draw in memory.");
            return false;
        }
        image.fill(Qt::white);
        // Records the resolution in the PNG's pHYs chunk, so other programs print it at the chosen size.
        const int dotsPerMeter = int(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            paint(painter, logical);
        }
        image.setText(QStringLiteral("Title"), title);
        ok = image.save(&buffer, "PNG");
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(logicalSize);
        svg.setViewBox(QRect(QPoint(0, 0), logicalSize));
        svg.setResolution(logicalDpi);
        // QSvgGenerator writes the title as it is: escape it, or "A & B" makes the file invalid XML.
        svg.setTitle(title.toHtmlEscaped());
        svg.setDescription(tr("Drawn by Unfold").toHtmlEscaped());
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, logical);
            ok = painter.end();
        }
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Unfold"));
        pdf.setResolution(logicalDpi);
        // One page exactly the picture's size: points = logical pixels × 72 / 96.
        pdf.setPageSize(
            QPageSize(QSizeF(logical * 72.0 / logicalDpi), QPageSize::Point, title, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, logical);
            ok = painter.end();
        }
        break;
    }
    }
    buffer.close();
    if (!ok || buffer.data().isEmpty()) {
        *error = tr("Cannot draw %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!PrivateFiles::writeAtomically(target.absoluteFilePath(), buffer.data(), error)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    return true;
}

} // namespace unfold
