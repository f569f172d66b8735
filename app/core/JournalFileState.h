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

// Whether the file system holding `path` keeps change times itself, so that no program can set
// them back: Linux's own disk and memory file systems. FAT, exFAT, network shares and FUSE file
// systems may take them from what a program or another machine says.
bool keepsChangeTimes(const QString &path);

// A checksum of every byte of the file at `path`, keyed with `key`: a fast 64-bit hash, which finds
// bytes that changed without the file's state saying so (a disk's fault). Not a cryptographic
// hash; keyed, it cannot be worked out for other bytes without the key. The same in every process
// and build. Nullopt when the file cannot be read.
std::optional<quint64> checksumOf(const QString &path, quint64 key);

} // namespace unfold
