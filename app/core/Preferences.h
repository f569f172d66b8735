// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace unfold::Preferences {

// Each preference reads its stored value, or its default when none (or a nonsensical one) is
// stored. Setting a preference to its default forgets the stored value, so users who never
// chose follow the default if a later version changes it.

// The look of the windows: as the desktop has it, or Unfold's own light, dark or high-contrast
// palette. New themes go at the end, so a value stored by an older version keeps its meaning.
enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast
};
Theme theme();
void setTheme(Theme theme);

// The settings file names journals and folders: it and its folder are made the user's alone
// (0600 and 0700), also when an older version or a loose umask left them readable to others.
void keepPrivate();

// Pictures: File › Export Picture starts from these, and Export All Charts writes with them.
// The core knows no picture formats, so the format is its file suffix.
QStringList exportFormats(); // "png", "svg", "pdf"
QString exportFormat();
void setExportFormat(const QString &suffix);
// One width for all pictures: each keeps its own shape (charts landscape, the onion square).
constexpr int defaultExportWidth = 1000;
constexpr int minimumExportWidth = 100;
constexpr int maximumExportWidth = 10000;
int exportWidth(); // in logical pixels, 96 to the inch
void setExportWidth(int width);
constexpr int defaultExportDpi = 192;
constexpr int minimumExportDpi = 72;
constexpr int maximumExportDpi = 600;
int exportDpi();
void setExportDpi(int dpi);

// Where the rotating backups of journals are kept (one subfolder per journal).
QString defaultBackupFolder();
QString backupFolder();
void setBackupFolder(const QString &folder);

// The folder of the default journal, where File › New Journal starts too.
QString defaultJournalFolder();
QString journalFolder();
void setJournalFolder(const QString &folder);
QString defaultJournalPath(); // journalFolder()/journal.unfold

// An encrypted journal's window locks after this many minutes without input; 0 never.
constexpr int defaultLockMinutes = 10;
constexpr int maximumLockMinutes = 24 * 60;
int lockMinutes();
void setLockMinutes(int minutes);

// Whether plain journals Unfold opens are listed in the desktop's recent files (file managers and
// file choosers show that list). Encrypted journals never are: their names stay out of a file
// every program of the user reads.
constexpr bool defaultListInDesktopRecent = true;
bool listInDesktopRecent();
void setListInDesktopRecent(bool listed);

} // namespace unfold::Preferences
