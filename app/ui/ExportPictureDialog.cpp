// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPictureDialog.h"

#include "Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>

#include <cmath>

namespace unfold {

ExportPictureDialog::ExportPictureDialog(PictureExport::Paint paint, const QString &baseName,
                                         const QString &title, QWidget *parent)
    : QDialog(parent), m_paint(std::move(paint)), m_title(title)
{
    setWindowTitle(tr("Export Picture"));
    auto *form = new QFormLayout;

    m_path = new QLineEdit(this);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const PictureExport::Format preferred =
        PictureExport::formatFromName(Preferences::exportFormat()).value_or(PictureExport::Format::Png);
    m_path->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                        .filePath(baseName + u'.' + PictureExport::suffix(preferred)));
    m_path->setAccessibleName(tr("File"));
    m_path->setAccessibleDescription(
        tr("The file to write; its ending follows the format, and an ending typed here chooses the format."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the file"));
    browse->setAccessibleDescription(tr("Opens a file chooser."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&File:"), pathRow);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(PictureExport::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(PictureExport::Format::Svg));
    m_format->addItem(tr("PDF document"), int(PictureExport::Format::Pdf));
    m_format->setAccessibleName(tr("Format"));
    m_format->setAccessibleDescription(tr("PNG is an image of pixels; SVG and PDF are drawings that scale."));
    form->addRow(tr("F&ormat:"), m_format);
    m_format->setCurrentIndex(m_format->findData(int(preferred)));

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(16, 20000);
        side->setValue(Preferences::exportWidth()); // square unless the picture says otherwise
        side->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width in logical pixels"));
    m_height->setAccessibleName(tr("Height in logical pixels"));
    m_width->setAccessibleDescription(tr("96 logical pixels make an inch."));
    m_height->setAccessibleDescription(tr("96 logical pixels make an inch."));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    form->addRow(tr("&Size:"), sizeRow);
    qobject_cast<QLabel *>(form->labelForField(sizeRow))->setBuddy(m_width);

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(PictureExport::minimumDpi, PictureExport::maximumDpi);
    m_dpi->setValue(Preferences::exportDpi());
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_dpi->setAccessibleDescription(tr("Pixels of a PNG image per inch; 96 is the size on the screen."));
    form->addRow(tr("&Resolution:"), m_dpi);
    m_pixels = new QLabel(this);
    form->addRow(QString(), m_pixels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleDescription(tr("Writes the picture to the file."));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes without writing anything."));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportPictureDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, &ExportPictureDialog::followEnding);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportPictureDialog::formatChanged);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportPictureDialog::updatePixels);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportPictureDialog::updatePixels);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportPictureDialog::updatePixels);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPictureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportPictureDialog::reject);
    formatChanged();
}

void ExportPictureDialog::setLogicalSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

PictureExport::Format ExportPictureDialog::format() const
{
    return PictureExport::Format(m_format->currentData().toInt());
}

QSize ExportPictureDialog::logicalSize() const
{
    return {m_width->value(), m_height->value()};
}

int ExportPictureDialog::dpi() const
{
    return m_dpi->value();
}

QString ExportPictureDialog::path() const
{
    return m_path->text();
}

void ExportPictureDialog::formatChanged()
{
    // The suffix follows the format, so the file name never disagrees with its contents.
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(
            QDir(info.path()).filePath(info.completeBaseName() + u'.' + PictureExport::suffix(format())));
    m_dpi->setEnabled(format() == PictureExport::Format::Png);
    updatePixels();
}

// "onion.svg" typed while the format says PNG means an SVG: the ending chooses the format, so the
// file's name never disagrees with its contents. The name is left as typed.
void ExportPictureDialog::followEnding()
{
    const auto named = PictureExport::formatFromName(QFileInfo(m_path->text()).suffix());
    if (!named || *named == format())
        return;
    const QSignalBlocker keepTheName(m_format);
    m_format->setCurrentIndex(m_format->findData(int(*named)));
    m_dpi->setEnabled(format() == PictureExport::Format::Png);
    updatePixels();
}

void ExportPictureDialog::updatePixels()
{
    if (format() != PictureExport::Format::Png) {
        m_pixels->setText(format() == PictureExport::Format::Svg ? tr("Vector drawing; scales to any size.")
                                                                 : tr("One vector page of this size."));
        return;
    }
    const double scale = m_dpi->value() / double(PictureExport::logicalDpi);
    m_pixels->setText(tr("%1 × %2 pixels")
                          .arg(std::lround(m_width->value() * scale))
                          .arg(std::lround(m_height->value() * scale)));
}

void ExportPictureDialog::browse()
{
    const QString filter = format() == PictureExport::Format::Png   ? tr("PNG images (*.png)")
                           : format() == PictureExport::Format::Svg ? tr("SVG drawings (*.svg)")
                                                                    : tr("PDF documents (*.pdf)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Picture"), m_path->text(), filter);
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        followEnding();
    }
}

void ExportPictureDialog::accept()
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export Picture"), tr("Choose a file to write."));
        return;
    }
    // A name without a picture's ending gets the format's: "onion" is written as onion.png.
    followEnding();
    if (!PictureExport::formatFromName(QFileInfo(path).suffix())) {
        path += u'.' + PictureExport::suffix(format());
        m_path->setText(path);
    }
    QString error;
    if (!PictureExport::write(path, format(), QSize(m_width->value(), m_height->value()), m_dpi->value(),
                              m_paint, m_title, &error)) {
        QMessageBox::warning(this, tr("Export Picture"), error);
        return;
    }
    m_written = path;
    QDialog::accept();
}

} // namespace unfold
