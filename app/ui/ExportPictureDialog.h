// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PictureExport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace unfold {

// File › Export Picture for any picture: PNG at a chosen DPI and size, SVG or PDF; the format and
// the file's ending always agree (either chooses the other). Takes the picture's paint routine,
// so every chart can reuse it. Starts from the format, width and DPI
// in Settings. Writes on OK and stays open with a message when writing fails, so the user can
// pick another place.
class ExportPictureDialog final : public QDialog
{
    Q_OBJECT

public:
    // `baseName` is the file's name without its ending, which follows the format.
    ExportPictureDialog(PictureExport::Paint paint, const QString &baseName, const QString &title,
                        QWidget *parent = nullptr);

    void setLogicalSize(const QSize &size);
    QString writtenPath() const { return m_written; }

    PictureExport::Format format() const;
    QSize logicalSize() const;
    int dpi() const;
    QString path() const;

    void accept() override;

private:
    void browse();
    void formatChanged();
    void followEnding();
    void updatePixels();

    PictureExport::Paint m_paint;
    QString m_title;
    QString m_written;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_dpi = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QLabel *m_pixels = nullptr;
};

} // namespace unfold
