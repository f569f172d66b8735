// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace unfold {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : Language::available()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::configured())));

    auto *note = new QLabel(tr("A new language takes effect when Unfold starts next time."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    Language::setConfigured(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace unfold
