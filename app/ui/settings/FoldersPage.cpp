// SPDX-License-Identifier: GPL-3.0-or-later
#include "FoldersPage.h"

#include "FolderField.h"
#include "Preferences.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace unfold {

FoldersPage::FoldersPage(QWidget *parent) : SettingsPage(parent)
{
    m_journals = new FolderField(tr("Journal folder"),
                                 tr("Where the default journal is kept, and where New Journal starts."),
                                 Preferences::defaultJournalFolder(), this);
    m_journals->setFolder(Preferences::journalFolder());
    m_backups =
        new FolderField(tr("Backup folder"),
                        tr("Where copies of journals are kept while you edit, one subfolder per journal."),
                        Preferences::defaultBackupFolder(), this);
    m_backups->setFolder(Preferences::backupFolder());

    auto *note = new QLabel(tr("A journal that is open keeps backing up where it did; the new backup folder "
                               "is used from the next journal you open. Existing backups are not moved."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Journals:"), m_journals);
    form->addRow(tr("&Backups:"), m_backups);
    form->addRow(note);
}

QString FoldersPage::title() const
{
    return tr("&Folders");
}

bool FoldersPage::apply()
{
    // Both are checked before either is stored, so a refused page changes nothing.
    for (FolderField *field : {m_journals, m_backups}) {
        const QString folder = field->folder();
        QString error;
        if (QDir::isRelativePath(folder)) {
            error = tr("Give the whole path of the folder, starting at %1.")
                        .arg(QDir::toNativeSeparators(QDir::rootPath()));
        } else if (!PrivateFiles::ensureDirectory(folder, &error) || !QFileInfo(folder).isWritable()) {
            error = tr("%1 cannot be created or written to.").arg(QDir::toNativeSeparators(folder));
        }
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Settings"), error);
            field->setFocus();
            return false;
        }
    }
    Preferences::setJournalFolder(m_journals->folder());
    Preferences::setBackupFolder(m_backups->folder());
    return true;
}

} // namespace unfold
