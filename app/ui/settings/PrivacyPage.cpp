// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyPage.h"

#include "Preferences.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace unfold {

PrivacyPage::PrivacyPage(QWidget *parent) : SettingsPage(parent)
{
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setRange(0, Preferences::maximumLockMinutes);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(Preferences::lockMinutes());
    m_lockMinutes->setAccessibleName(tr("Lock after minutes without use"));
    m_lockMinutes->setAccessibleDescription(
        tr("An encrypted journal's window locks after this many minutes without a key press or mouse "
           "click; 0 never locks it."));

    auto *note = new QLabel(tr("A locked window shows nothing of the journal until its passphrase is typed "
                               "again. Journal › Lock (Ctrl+Shift+L) locks at once. Plain journals are not "
                               "locked: their file can be read without a passphrase anyway."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Lock encrypted journals after:"), m_lockMinutes);
    form->addRow(note);
}

QString PrivacyPage::title() const
{
    return tr("Pri&vacy");
}

bool PrivacyPage::apply()
{
    Preferences::setLockMinutes(m_lockMinutes->value());
    return true;
}

} // namespace unfold
