// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentLibrary.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace unfold {

InstrumentLibrary::InstrumentLibrary(const QString &importFolder)
    : m_importFolder(importFolder.isEmpty() ? defaultImportFolder() : importFolder)
{
    reload();
}

QString InstrumentLibrary::defaultImportFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/instruments");
}

QStringList InstrumentLibrary::shippedFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/instruments"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void InstrumentLibrary::reload()
{
    m_instruments.clear();
    m_problems.clear();
    m_shippedIds.clear();
    auto add = [this](const QString &path, bool shipped) {
        QList<InstrumentProblem> found;
        if (auto instrument = InstrumentValidator::load(path, &found)) {
            if (shipped)
                m_shippedIds.append(instrument->id);
            m_instruments.append(*instrument);
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

std::optional<Instrument> InstrumentLibrary::find(const QString &id, int version) const
{
    std::optional<Instrument> best;
    for (const Instrument &instrument : m_instruments) {
        if (instrument.id != id)
            continue;
        if (version != 0 && instrument.version == version)
            return instrument;
        if (version == 0 && (!best || instrument.version > best->version))
            best = instrument;
    }
    return best;
}

bool InstrumentLibrary::isShipped(const QString &id) const
{
    return m_shippedIds.contains(id);
}

std::optional<Instrument> InstrumentLibrary::import(const QString &path, QList<InstrumentProblem> *problems)
{
    auto instrument = InstrumentValidator::load(path, problems);
    if (!instrument)
        return std::nullopt;
    if (isShipped(instrument->id)) {
        problems->append(
            {path, QStringLiteral("id"),
             tr("\"%1\" is the id of an instrument that comes with Unfold; give yours its own id")
                 .arg(instrument->id)});
        return std::nullopt;
    }
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        problems->append({path, {}, tr("cannot be read: %1").arg(source.errorString())});
        return std::nullopt;
    }
    const QByteArray bytes = source.readAll();
    // One file per id and version: stored answers name both, so a version must never change.
    const QString target =
        QDir(m_importFolder)
            .filePath(QStringLiteral("%1-v%2.json").arg(instrument->id).arg(instrument->version));
    QFile existing(target);
    if (existing.exists()) {
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return instrument;
        problems->append({path, QStringLiteral("version"),
                          tr("version %1 of \"%2\" is already imported with different content; "
                             "raise the version number")
                              .arg(instrument->version)
                              .arg(instrument->id)});
        return std::nullopt;
    }
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
    instrument->sourceFile = target;
    reload();
    return instrument;
}

std::optional<Instrument> InstrumentLibrary::resolve(const QString &idOrFile,
                                                     QList<InstrumentProblem> *problems) const
{
    problems->clear();
    if (QFileInfo(idOrFile).isFile())
        return InstrumentValidator::load(idOrFile, problems);
    if (auto found = find(idOrFile))
        return found;
    QStringList known;
    for (const Instrument &i : m_instruments)
        known.append(i.id);
    known.removeDuplicates();
    problems->append({idOrFile,
                      {},
                      tr("is neither a file nor the id of a known instrument (known: %1)")
                          .arg(known.join(QStringLiteral(", ")))});
    return std::nullopt;
}

} // namespace unfold
