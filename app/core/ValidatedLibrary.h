// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <optional>

namespace unfold {

// The texts of a library's refusals, whatever kind of file it holds.
class LibraryText final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::LibraryText)
};

// What the instrument and the protocol libraries share: the files shipped in the resources
// (":/<folder>") and the user's imported copies in a folder of the app's data ("<AppData>/<folder>"),
// each validated when read, an invalid one left out whole with its problems kept; imports
// validated and copied in through a temporary file, one file per id and version, an id that
// comes with Unfold refused. `Files` names the kind: folder(), load(path, problems) and
// shippedIdTaken(id), the refusal of a shipped id in the kind's own words.
template <typename Item, typename Problem, typename Files> class ValidatedLibrary
{
public:
    static QString defaultImportFolder()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + Files::folder();
    }
    // Every shipped file, as resource paths.
    static QStringList shippedFiles()
    {
        QStringList files;
        const QDir dir(QStringLiteral(":/") + Files::folder());
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        return files;
    }

    // Reads the shipped and imported files again.
    void reload()
    {
        m_items.clear();
        m_problems.clear();
        m_shippedIds.clear();
        const auto add = [this](const QString &path, bool shipped) {
            QList<Problem> found;
            if (auto item = Files::load(path, &found)) {
                if (shipped)
                    m_shippedIds.append(item->id);
                m_items.append(*item);
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

    const QList<Problem> &problems() const { return m_problems; }

    // The item with `id` in `version`, or its newest version when `version` is 0.
    std::optional<Item> find(const QString &id, int version = 0) const
    {
        std::optional<Item> best;
        for (const Item &item : m_items) {
            if (item.id != id)
                continue;
            if (version != 0 && item.version == version)
                return item;
            if (version == 0 && (!best || item.version > best->version))
                best = item;
        }
        return best;
    }
    bool isShipped(const QString &id) const { return m_shippedIds.contains(id); }

    // Validates the file at `path` and copies it into the import folder. Refuses an invalid file,
    // an id that comes with Unfold, and an id and version already imported with other content
    // (what is stored names both, so a version must never change). `problems` says why.
    std::optional<Item> import(const QString &path, QList<Problem> *problems)
    {
        auto item = Files::load(path, problems);
        if (!item)
            return std::nullopt;
        if (isShipped(item->id)) {
            problems->append({path, QStringLiteral("id"), Files::shippedIdTaken(item->id)});
            return std::nullopt;
        }
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            problems->append({path, {}, LibraryText::tr("cannot be read: %1").arg(source.errorString())});
            return std::nullopt;
        }
        const QByteArray bytes = source.readAll();
        const QString target =
            QDir(m_importFolder).filePath(QStringLiteral("%1-v%2.json").arg(item->id).arg(item->version));
        QFile existing(target);
        if (existing.exists()) {
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
                return item;
            problems->append({path, QStringLiteral("version"),
                              LibraryText::tr("version %1 of \"%2\" is already imported with different "
                                              "content; raise the version number")
                                  .arg(item->version)
                                  .arg(item->id)});
            return std::nullopt;
        }
        QString error;
        if (!PrivateFiles::ensureDirectory(m_importFolder, &error) ||
            !PrivateFiles::writeAtomically(target, bytes, &error)) {
            problems->append({path,
                              {},
                              LibraryText::tr("could not be copied into %1: %2")
                                  .arg(QDir::toNativeSeparators(m_importFolder), error)});
            return std::nullopt;
        }
        item->sourceFile = target;
        reload();
        return item;
    }

protected:
    // `importFolder` empty: defaultImportFolder().
    explicit ValidatedLibrary(const QString &importFolder)
        : m_importFolder(importFolder.isEmpty() ? defaultImportFolder() : importFolder)
    {
        reload();
    }

    QString m_importFolder;
    QList<Item> m_items;
    QList<Problem> m_problems;
    QStringList m_shippedIds;
};

} // namespace unfold
