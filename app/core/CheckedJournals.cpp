// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckedJournals.h"

#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace unfold::CheckedJournals {

namespace {

// Journals closed most recently come first; a practice's few journals fit many times over.
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

// The record: its key, drawn at random when it is first written, keys every checksum and names
// each journal by a hash of its path, so the record says neither where journals are (a client's
// name, often) nor what a checksum would be for other bytes.
struct Record
{
    quint64 key = 0;
    QJsonArray entries;
};

// Numbers as text: nanoseconds since 1970 do not fit in a JSON number's exact range.
QString number(quint64 value)
{
    return QString::number(value);
}

QString nameOf(const QString &path, quint64 key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(key));
    hash.addData(path.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject entryOf(const QString &name, const Remembered &remembered)
{
    const JournalFileState &state = remembered.state;
    return {{QStringLiteral("journal"), name},
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

// The record as written; no key (0) and no entries when there is none or it does not read as
// Unfold writes it.
Record readRecord()
{
    QFile file(recordPath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > largestRecord)
        return {};
    const QJsonObject record = QJsonDocument::fromJson(file.read(largestRecord)).object();
    bool ok = false;
    const quint64 key = record.value(QStringLiteral("key")).toString().toULongLong(&ok, 16);
    if (!ok || key == 0)
        return {};
    return {key, record.value(QStringLiteral("journals")).toArray()};
}

std::optional<Remembered> find(const Record &record, const QString &path)
{
    const QString name = nameOf(path, record.key);
    for (const QJsonValue &value : record.entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("journal")).toString() == name)
            return rememberedIn(entry);
    }
    return std::nullopt;
}

} // namespace

QString recordPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/checked-journals.json");
}

bool isKnownWhole(const QString &path, const JournalFileState &now)
{
    if (!now.exists || !keepsChangeTimes(path))
        return false;
    Record record;
    {
        const QMutexLocker locker(&recordMutex);
        record = readRecord();
    }
    const std::optional<Remembered> remembered = record.key ? find(record, path) : std::nullopt;
    // The state says whether any program wrote the file; the checksum, whether the disk kept
    // every byte; the state once more, that the bytes hashed were the file in that state.
    return remembered && remembered->state == now && checksumOf(path, record.key) == remembered->checksum &&
           JournalFileState::of(path) == now;
}

bool rememberWhole(const QString &path, const JournalFileState &leftAs)
{
    if (!leftAs.exists || !keepsChangeTimes(path) || JournalFileState::of(path) != leftAs)
        return false;
    const QMutexLocker locker(&recordMutex);
    Record record = readRecord();
    if (record.key == 0) {
        // A new key: checksums under any earlier one cannot be compared, so none is kept.
        do
            record.key = QRandomGenerator::system()->generate64();
        while (record.key == 0);
        record.entries = {};
    }
    const std::optional<quint64> checksum = checksumOf(path, record.key);
    if (!checksum || JournalFileState::of(path) != leftAs)
        return false;
    const QString name = nameOf(path, record.key);
    QJsonArray entries{entryOf(name, {leftAs, *checksum})};
    for (const QJsonValue &value : std::as_const(record.entries)) {
        const QJsonObject entry = value.toObject();
        if (entries.size() < mostRemembered && entry.value(QStringLiteral("journal")).toString() != name &&
            rememberedIn(entry))
            entries.append(entry);
    }
    const QJsonObject written{{QStringLiteral("key"), QString::number(record.key, 16)},
                              {QStringLiteral("journals"), entries}};
    QString error;
    return PrivateFiles::ensureDirectory(QFileInfo(recordPath()).absolutePath(), &error) &&
           PrivateFiles::writeAtomically(recordPath(), QJsonDocument(written).toJson(), &error);
}

} // namespace unfold::CheckedJournals
