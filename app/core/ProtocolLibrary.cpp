// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolLibrary.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace unfold {

ProtocolLibrary::ProtocolLibrary(const QString &importFolder)
    : m_importFolder(importFolder.isEmpty() ? defaultImportFolder() : importFolder)
{
    reload();
}

QString ProtocolLibrary::defaultImportFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/protocols");
}

QStringList ProtocolLibrary::shippedFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/protocols"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void ProtocolLibrary::reload()
{
    m_protocols.clear();
    m_problems.clear();
    m_shippedIds.clear();
    auto add = [this](const QString &path, bool shipped) {
        QList<ProtocolProblem> found;
        if (auto protocol = ProtocolValidator::load(path, &found)) {
            if (shipped)
                m_shippedIds.append(protocol->id);
            m_protocols.append(*protocol);
        } else {
            m_problems.append(found);
        }
    };
    for (const QString &path : shippedFiles())
        add(path, true);
    const QDir imported(m_importFolder);
    for (const QString &name : imported.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        add(imported.filePath(name), false);
}

std::optional<Protocol> ProtocolLibrary::find(const QString &id) const
{
    std::optional<Protocol> best;
    for (const Protocol &protocol : m_protocols) {
        if (protocol.id == id && (!best || protocol.version > best->version))
            best = protocol;
    }
    return best;
}

std::optional<Protocol> ProtocolLibrary::import(const QString &path, QList<ProtocolProblem> *problems)
{
    auto protocol = ProtocolValidator::load(path, problems);
    if (!protocol)
        return std::nullopt;
    if (m_shippedIds.contains(protocol->id)) {
        problems->append({path, QStringLiteral("id"),
                          tr("\"%1\" is the id of a protocol that comes with Unfold; give yours its own id")
                              .arg(protocol->id)});
        return std::nullopt;
    }
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        problems->append({path, {}, tr("cannot be read: %1").arg(source.errorString())});
        return std::nullopt;
    }
    const QByteArray bytes = source.readAll();
    const QString target =
        QDir(m_importFolder).filePath(QStringLiteral("%1-v%2.json").arg(protocol->id).arg(protocol->version));
    QString error;
    const bool ok = PrivateFiles::ensureDirectory(m_importFolder, &error) &&
                    PrivateFiles::writeAtomically(target, bytes, &error);
    if (!ok) {
        problems->append(
            {path,
             {},
             tr("could not be copied into %1: %2").arg(QDir::toNativeSeparators(m_importFolder), error)});
        return std::nullopt;
    }
    protocol->sourceFile = target;
    reload();
    return protocol;
}

} // namespace unfold
