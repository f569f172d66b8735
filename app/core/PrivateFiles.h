// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace unfold::PrivateFiles {

// Journals, exports and reports hold intimate content: every folder Unfold creates is 0700 and
// every file 0600, whatever the umask, and every file is written through the one path below.

bool ensureDirectory(const QString &dir, QString *error);
// Creates an empty file readable only by the user; fails when something is there already.
bool createEmptyFile(const QString &path, QString *error);
// A unique hidden name beside `target` for writing before an atomic rename. It carries the
// writing process's id, so a later run can tell a killed run's leftovers from a live write.
QString temporaryNameBeside(const QString &target);
// Syncs a written file to the disk, makes it private and renames it over `target` in one step,
// then syncs the folder so the new name survives a power cut.
bool commitTemporary(const QString &temporary, const QString &target, QString *error);
// Writes a large file's data out to the disk a piece at a time, waiting for each piece, so that
// little of it is left to write when it is committed. Written out all at once, by the commit's
// sync, it would hold up every other sync on the same file system meanwhile: ext4 writes out the
// data of every file it allocated disk space for before the metadata it commits, so the save of
// an edit made while a decade's 80 MB backup was being synced waited 130 ms for it. False, with
// the disk's reason, when a piece could not be written (the commit's sync would no longer say so).
bool writeOutInPieces(int fd, QString *error);
// Writes `bytes` to `target` readable by the user alone, through a temporary file beside it and
// one rename: every write, the sync and the rename are checked, and a failure (full disk, no
// permission) leaves whatever was at `target` untouched and nothing behind.
bool writeAtomically(const QString &target, const QByteArray &bytes, QString *error);

struct PendingFile
{
    QString target;
    QByteArray bytes;
};
// Writes several files as one: all of them replace what was at their targets, or (on any
// failure) none does and every earlier file is as it was.
bool writeAllAtomically(const QList<PendingFile> &files, QString *error);

// Removes hidden temporary files in `folder` that a killed run left behind (their process is
// gone), and puts back an earlier file a killed batch had kept aside; returns how many it handled.
int removeLeftovers(const QString &folder);

// Fault injection for tests: the next write through this path fails at `step` as the system
// would with `errorNumber` (ENOSPC: a full disk). Counted over all files of one batch, so
// `occurrence` 2 fails the second file's step.
enum class Step
{
    Create,
    Write,
    Sync,
    Rename
};
void failNextAt(Step step, int errorNumber, int occurrence = 1);
void clearFaults();

} // namespace unfold::PrivateFiles
