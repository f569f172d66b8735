// SPDX-License-Identifier: GPL-3.0-or-later
// The Charts tab's pictures: export, copy, print, and every chart of a relationship at once.
// Files and paper always get the light theme without animation, whatever the screen shows.
#include "ChartPainter.h"
#include "ChartsView.h"
#include "ExportPictureDialog.h"
#include "Preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace unfold {

namespace {
// Copies and prints: the clipboard and paper have no preference of their own.
const QSize chartSize(1000, 600);

// Charts are exported five wide by three high at the width chosen in Settings.
QSize exportedChartSize()
{
    const int width = Preferences::exportWidth();
    return {width, width * 3 / 5};
}
} // namespace

QString ChartsView::fileBaseName(ChartKind kind) const
{
    QString name = tr("%1 - %2").arg(m_subject.title(), ChartKinds::title(kind));
    for (QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(bad, u'-');
    return name;
}

void ChartsView::exportPicture()
{
    const ChartKind kind = currentKind();
    const ChartSubject subject = m_subject;
    const ChartRange range = currentRange();
    const int smoothed = smoothing(); // files show what the screen shows
    const PictureExport::Paint paint = [kind, subject, range, smoothed](QPainter &painter,
                                                                        const QSizeF &size) {
        ChartPainter::paint(painter, size, kind, subject, range, smoothed);
    };
    ExportPictureDialog dialog(paint, fileBaseName(kind), m_subject.title(), this);
    dialog.setLogicalSize(exportedChartSize());
    dialog.exec();
}

void ChartsView::copyPicture()
{
    QImage image(chartSize * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartPainter::paint(painter, QSizeF(chartSize), currentKind(), m_subject, currentRange(), smoothing());
    painter.end();
    QApplication::clipboard()->setImage(image);
}

void ChartsView::printPicture()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(fileBaseName(currentKind()));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    // The page in logical pixels, so text keeps the size it has on screen and in exports.
    const double scale = printer.resolution() / double(PictureExport::logicalDpi);
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    painter.scale(scale, scale);
    const QSizeF logical(page.width() / scale, qMin(page.height() / scale, page.width() / scale * 0.6));
    ChartPainter::paint(painter, logical, currentKind(), m_subject, currentRange(), smoothing());
}

void ChartsView::exportAllCharts()
{
    if (m_subject.title().isEmpty() || m_subject.personA().isEmpty()) {
        QMessageBox::information(this, tr("Export All Charts"), tr("Choose a relationship first."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export All Charts Into"));
    if (folder.isEmpty())
        return;
    const QList<ChartKind> kinds = ChartKinds::all();
    // In the format, size and resolution of Settings › Pictures.
    const PictureExport::Format format =
        PictureExport::formatFromName(Preferences::exportFormat()).value_or(PictureExport::Format::Png);
    const QSize size = exportedChartSize();
    const int dpi = Preferences::exportDpi();
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(kinds.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const ChartRange range = currentRange();
    int done = 0;
    for (ChartKind kind : kinds) {
        if (progress.wasCanceled())
            return; // what is written is complete: each file is renamed into place whole
        progress.setLabelText(tr("Exporting %1…").arg(ChartKinds::title(kind)));
        const QString path =
            QDir(folder).filePath(fileBaseName(kind) + QLatin1Char('.') + PictureExport::suffix(format));
        QString error;
        const auto paint = [&](QPainter &painter, const QSizeF &logical) {
            ChartPainter::paint(painter, logical, kind, m_subject, range, smoothing());
        };
        if (!PictureExport::write(path, format, size, dpi, paint, fileBaseName(kind), &error)) {
            progress.cancel();
            QMessageBox::warning(this, tr("Export All Charts"), error);
            return;
        }
        progress.setValue(++done);
    }
}

} // namespace unfold
