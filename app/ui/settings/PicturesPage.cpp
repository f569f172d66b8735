// SPDX-License-Identifier: GPL-3.0-or-later
#include "PicturesPage.h"

#include "PictureExport.h"
#include "Preferences.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace unfold {

static_assert(Preferences::minimumExportDpi >= PictureExport::minimumDpi &&
                  Preferences::maximumExportDpi <= PictureExport::maximumDpi,
              "every resolution offered in Settings must be one PictureExport can write");

PicturesPage::PicturesPage(QWidget *parent) : SettingsPage(parent)
{
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Picture format"));
    m_format->setAccessibleDescription(
        tr("The format that exported pictures get unless you choose another."));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(Preferences::exportFormat())));

    m_width = new QSpinBox(this);
    m_width->setRange(Preferences::minimumExportWidth, Preferences::maximumExportWidth);
    m_width->setSingleStep(100);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(Preferences::exportWidth());
    m_width->setAccessibleName(tr("Picture width in logical pixels"));
    m_width->setAccessibleDescription(tr("Charts are exported five wide by three high, the onion square."));

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(Preferences::minimumExportDpi, Preferences::maximumExportDpi);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setValue(Preferences::exportDpi());
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_dpi->setAccessibleDescription(tr("Pixels of PNG images per inch; 96 is the size on the screen, "
                                       "192 twice as sharp."));

    auto *note = new QLabel(tr("File › Export Picture starts from these, and Export All Charts writes every "
                               "chart with them."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(note);
}

QString PicturesPage::title() const
{
    return tr("&Pictures");
}

bool PicturesPage::apply()
{
    Preferences::setExportFormat(m_format->currentData().toString());
    Preferences::setExportWidth(m_width->value());
    Preferences::setExportDpi(m_dpi->value());
    return true;
}

} // namespace unfold
