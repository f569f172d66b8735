// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace unfold {

// A journal's file as the file system describes it: which file it is (device and inode), its size,
// and when its bytes and its description last changed, to the nanosecond. Any write to the file,
// and any file renamed into its place, changes at least one of these; the change time, unlike the
// modification time, cannot be set back by a program.
struct JournalFileState
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;

    static JournalFileState of(const QString &path);
    // The same file, whatever was written to it since.
    bool isSameFileAs(const JournalFileState &other) const
    {
        return exists && other.exists && device == other.device && inode == other.inode;
    }
    friend bool operator==(const JournalFileState &a, const JournalFileState &b)
    {
        return a.isSameFileAs(b) && a.size == b.size && a.modifiedNs == b.modifiedNs &&
               a.changedNs == b.changedNs;
    }
    friend bool operator!=(const JournalFileState &a, const JournalFileState &b) { return !(a == b); }
};

// A checksum of every byte of the file at `path`: a fast 64-bit hash, which finds bytes that
// changed without the file's state saying so (a disk's fault, or a write within the clock's
// granularity). Not made to withstand a person who crafts a file to match: the file's state,
// which no program can set back, is what stands in that person's way. Nullopt when the file
// cannot be read.
std::optional<quint64> checksumOf(const QString &path);

} // namespace unfold
