// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace unfold::DesktopRecentFiles {

// The desktop's list of recently used files (the freedesktop "desktop bookmarks" spec,
// $XDG_DATA_HOME/recently-used.xbel), which file managers and file choosers show. Unfold adds the
// journals it opens there, as "Unfold" with Exec 'unfold %f', and keeps every other program's
// entries as they were. The file is read, changed and written whole to a temporary name beside
// it, then renamed into place (PrivateFiles): a failure leaves it as it was, and a file that is
// not well-formed XML is left alone rather than replaced.

inline constexpr char journalMimeType[] = "application/x-unfold-journal";

// $XDG_DATA_HOME/recently-used.xbel
QString defaultPath();

// Adds `journal` or, when it is listed already, marks it used again at `when`.
bool add(const QString &xbelPath, const QString &journal, const QDateTime &when, QString *error);
bool add(const QString &journal, QString *error); // to defaultPath(), now

// Takes Unfold out of every entry, and the entries only Unfold had used out of the list, so
// clearing Unfold's recent journals clears them from the desktop as well.
bool removeAll(const QString &xbelPath, QString *error);
bool removeAll(QString *error); // from defaultPath()
// The same for one journal.
bool remove(const QString &xbelPath, const QString &journal, QString *error);

// What opening `journal` does to the list: a plain journal is added when the user wants them
// listed (Preferences::listInDesktopRecent); an encrypted one is taken out, also when it was
// listed while it was still plain, because every program of the user reads this file.
bool noteOpened(const QString &xbelPath, const QString &journal, bool encrypted, bool listingWanted,
                const QDateTime &when, QString *error);
bool noteOpened(const QString &journal, bool encrypted, QString *error); // defaultPath(), now, preference
// The same, written on a thread of its own after the call returns (the window opening a journal
// does not wait for it); notes are written one at a time, in order, before the process ends.
void noteOpenedLater(const QString &journal, bool encrypted);
// Waits until every note made so far is written.
void settle();

} // namespace unfold::DesktopRecentFiles
