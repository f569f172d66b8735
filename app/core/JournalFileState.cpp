// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalFileState.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <iterator>

#include <sys/stat.h>
#include <sys/vfs.h>

namespace unfold {

JournalFileState JournalFileState::of(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return {};
    JournalFileState state;
    state.exists = true;
    state.device = quint64(status.st_dev);
    state.inode = quint64(status.st_ino);
    state.size = qint64(status.st_size);
    state.modifiedNs = qint64(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec;
    state.changedNs = qint64(status.st_ctim.tv_sec) * 1'000'000'000 + status.st_ctim.tv_nsec;
    return state;
}

bool keepsChangeTimes(const QString &path)
{
    struct statfs system = {};
    if (::statfs(QFile::encodeName(path).constData(), &system) != 0)
        return false;
    // ext2/3/4, XFS, Btrfs, F2FS, ZFS, bcachefs, tmpfs, ramfs and overlayfs (over one of these).
    constexpr unsigned long kept[] = {0xef53,     0x58465342, 0x9123683e, 0xf2f52010, 0x2fc12fc1,
                                      0xca451a4e, 0x01021994, 0x858458f6, 0x794c7630};
    return std::find(std::begin(kept), std::end(kept), static_cast<unsigned long>(system.f_type)) !=
           std::end(kept);
}

namespace {

// Four lanes of 64 bits, each taking every fourth word of the file: a multiply and a rotation per
// word, which a processor runs for all four lanes at once (several GB/s), and which moves every
// changed bit into the whole lane. The lanes begin from the key. Written here, not taken from Qt:
// qHash is seeded anew in each process, and a checksum must be the same in the next one.
class Checksum
{
public:
    explicit Checksum(quint64 key)
    {
        for (quint64 &lane : m_lanes)
            lane = mix(lane, key);
    }

    static constexpr qsizetype stripe = 32;

    // Adds `size` bytes, a whole number of stripes.
    void addStripes(const char *bytes, qsizetype size)
    {
        for (qsizetype at = 0; at + stripe <= size; at += stripe)
            for (int lane = 0; lane < 4; ++lane)
                m_lanes[lane] = mix(m_lanes[lane], qFromLittleEndian<quint64>(bytes + at + 8 * lane));
        m_length += quint64(size);
    }

    // The checksum, with the last bytes (fewer than a stripe) taken one by one.
    quint64 finish(const char *tail, qsizetype size)
    {
        quint64 sum = m_length + quint64(size);
        for (int lane = 0; lane < 4; ++lane)
            sum = mix(sum, m_lanes[lane]);
        for (qsizetype i = 0; i < size; ++i)
            sum = mix(sum, quint64(uchar(tail[i])));
        // Spread the last words' bits over all 64.
        sum ^= sum >> 33;
        sum *= 0xff51afd7ed558ccdULL;
        sum ^= sum >> 29;
        return sum;
    }

private:
    static quint64 mix(quint64 lane, quint64 word)
    {
        lane += word * 0xc2b2ae3d27d4eb4fULL;
        lane = (lane << 31) | (lane >> 33);
        return lane * 0x9e3779b97f4a7c15ULL;
    }

    quint64 m_lanes[4] = {0x756e666f6c64ULL, 0x6a6f75726e616cULL, 0x77686f6c65ULL, 0x636865636bULL};
    quint64 m_length = 0;
};

} // namespace

std::optional<quint64> checksumOf(const QString &path, quint64 key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Read a piece at a time: a decade's 80 MB is never in memory at once. A piece is a whole
    // number of stripes until the last. 64 KiB stays in the processor's cache and is not a fresh
    // mapping of its own: in a process just started, pieces of 1 MiB took twice as long.
    constexpr qint64 pieceSize = 64 * 1024;
    QByteArray piece(pieceSize, Qt::Uninitialized);
    Checksum checksum(key);
    qint64 filled = 0;
    for (;;) {
        const qint64 read = file.read(piece.data() + filled, pieceSize - filled);
        if (read < 0)
            return std::nullopt;
        filled += read;
        if (read > 0 && filled < pieceSize)
            continue;
        const qsizetype whole = qsizetype(filled) / Checksum::stripe * Checksum::stripe;
        checksum.addStripes(piece.constData(), whole);
        if (read == 0)
            return checksum.finish(piece.constData() + whole, qsizetype(filled) - whole);
        filled = 0;
    }
}

} // namespace unfold
