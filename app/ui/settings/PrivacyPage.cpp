// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyPage.h"

#include "DesktopRecentFiles.h"
#include "Preferences.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
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

    m_desktopRecent = new QCheckBox(tr("List opened journals in the desktop's &recent files"), this);
    m_desktopRecent->setChecked(Preferences::listInDesktopRecent());
    const QString recentWhy = tr("File managers and file choosers show that list to anyone at this account. "
                                 "Encrypted journals are never listed there.");
    m_desktopRecent->setAccessibleDescription(recentWhy);
    auto *recentNote = new QLabel(recentWhy, this);
    recentNote->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Lock encrypted journals after:"), m_lockMinutes);
    form->addRow(note);
    form->addRow(m_desktopRecent);
    form->addRow(recentNote);
}

QString PrivacyPage::title() const
{
    return tr("Pri&vacy");
}

bool PrivacyPage::apply()
{
    Preferences::setLockMinutes(m_lockMinutes->value());
    const bool listed = m_desktopRecent->isChecked();
    if (!listed && Preferences::listInDesktopRecent()) {
        // Turned off: the journals listed so far leave the desktop's list too.
        QString error;
        if (!DesktopRecentFiles::removeAll(&error)) {
            QMessageBox::warning(this, tr("Recent Files"),
                                 tr("Unfold's journals could not be taken out of the desktop's recent "
                                    "files.\n%1")
                                     .arg(error));
            return false;
        }
    }
    Preferences::setListInDesktopRecent(listed);
    return true;
}

} // namespace unfold
