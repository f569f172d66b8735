// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckedJournals.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

namespace unfold::CheckedJournals {

namespace {

// Journals opened most recently come first; a practice's few journals fit many times over.
constexpr qsizetype mostRemembered = 32;
// A record larger than this was not written by Unfold: it is not read.
constexpr qint64 largestRecord = 256 * 1024;

// One reader or writer of the record at a time in this process: a journal may close on the
// window's thread while another opens on a thread of its own. Two processes may each write it
// in turn; the rename makes each write whole, and a journal the later one left out is checked.
QMutex recordMutex;

struct Remembered
{
    JournalFileState state;
    quint64 checksum = 0;
};

// Numbers as text: nanoseconds since 1970 do not fit in a JSON number's exact range.
QString number(quint64 value)
{
    return QString::number(value);
}

QJsonObject entryOf(const QString &path, const Remembered &remembered)
{
    const JournalFileState &state = remembered.state;
    return {{QStringLiteral("path"), path},
            {QStringLiteral("device"), number(state.device)},
            {QStringLiteral("inode"), number(state.inode)},
            {QStringLiteral("size"), number(quint64(state.size))},
            {QStringLiteral("modified"), number(quint64(state.modifiedNs))},
            {QStringLiteral("changed"), number(quint64(state.changedNs))},
            {QStringLiteral("checksum"), number(remembered.checksum)}};
}

std::optional<Remembered> rememberedIn(const QJsonObject &entry)
{
    bool ok = true;
    const auto field = [&entry, &ok](const char *name) {
        bool read = false;
        const quint64 value = entry.value(QLatin1String(name)).toString().toULongLong(&read);
        ok = ok && read;
        return value;
    };
    Remembered remembered;
    remembered.state.exists = true;
    remembered.state.device = field("device");
    remembered.state.inode = field("inode");
    remembered.state.size = qint64(field("size"));
    remembered.state.modifiedNs = qint64(field("modified"));
    remembered.state.changedNs = qint64(field("changed"));
    remembered.checksum = field("checksum");
    if (!ok)
        return std::nullopt;
    return remembered;
}

// The record's entries; none when there is no record or it does not read as Unfold writes it.
QJsonArray readEntries()
{
    QFile file(recordPath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > largestRecord)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(largestRecord));
    return document.object().value(QStringLiteral("journals")).toArray();
}

} // namespace

QString recordPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/checked-journals.json");
}

bool isKnownWhole(const QString &path, const JournalFileState &now)
{
    if (!now.exists)
        return false;
    std::optional<Remembered> remembered;
    {
        const QMutexLocker locker(&recordMutex);
        for (const QJsonValue &value : readEntries()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("path")).toString() == path) {
                remembered = rememberedIn(entry);
                break;
            }
        }
    }
    // The state says whether any program wrote the file; the checksum, whether the disk kept
    // every byte; the state once more, that the bytes hashed were the file in that state.
    return remembered && remembered->state == now && checksumOf(path) == remembered->checksum &&
           JournalFileState::of(path) == now;
}

bool rememberWhole(const QString &path, const JournalFileState &leftAs)
{
    if (!leftAs.exists || JournalFileState::of(path) != leftAs)
        return false;
    const std::optional<quint64> checksum = checksumOf(path);
    if (!checksum || JournalFileState::of(path) != leftAs)
        return false;
    const QMutexLocker locker(&recordMutex);
    QJsonArray entries{entryOf(path, {leftAs, *checksum})};
    for (const QJsonValue &value : readEntries()) {
        const QJsonObject entry = value.toObject();
        if (entries.size() < mostRemembered && entry.value(QStringLiteral("path")).toString() != path &&
            rememberedIn(entry))
            entries.append(entry);
    }
    const QString folder = QFileInfo(recordPath()).absolutePath();
    QString error;
    return PrivateFiles::ensureDirectory(folder, &error) &&
           PrivateFiles::writeAtomically(
               recordPath(), QJsonDocument(QJsonObject{{QStringLiteral("journals"), entries}}).toJson(),
               &error);
}

} // namespace unfold::CheckedJournals
