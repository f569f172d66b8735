// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AppearancePage.h"
#include "FoldersPage.h"
#include "PicturesPage.h"
#include "PrivacyPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace unfold {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setAccessibleDescription(
        tr("Appearance, pictures, folders and privacy; Ctrl+Tab moves between them."));
    m_pages = {new AppearancePage, new PicturesPage, new FoldersPage, new PrivacyPage};
    for (SettingsPage *page : std::as_const(m_pages))
        m_tabs->addTab(page, page->title());

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Keeps the settings and closes."));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes; settings not yet applied are left as they were."));
    buttons->button(QDialogButtonBox::Apply)
        ->setAccessibleDescription(tr("Keeps the settings and leaves this open."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

bool SettingsDialog::apply()
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (!page->apply()) {
            m_tabs->setCurrentWidget(page);
            return false;
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace unfold
