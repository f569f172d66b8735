// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalBackups.h"

#include "JournalStore.h"
#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace unfold {

JournalBackups::JournalBackups(QString folder, QString journalPath)
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    const QFileInfo info(journalPath);
    // Two journals with the same file name in different folders must not share backups.
    const QByteArray pathHash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8);
    m_baseName = info.completeBaseName();
    m_folder = folder + QLatin1Char('/') + m_baseName + QLatin1Char('-') + QString::fromLatin1(pathHash);
    const QStringList existing = existingBackups();
    if (!existing.isEmpty())
        m_lastBackup = QFileInfo(existing.first()).lastModified().toUTC();
}

QString JournalBackups::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

bool JournalBackups::noteEdit(JournalStore &store)
{
    const QDateTime now = m_clock();
    if (m_lastBackup.isValid() && m_lastBackup.secsTo(now) < minimumSecondsBetween)
        return true;
    return backupNow(store);
}

bool JournalBackups::backupNow(JournalStore &store)
{
    const QDateTime now = m_clock();
    if (!PrivateFiles::ensureDirectory(m_folder, &m_lastError))
        return false;
    const QString target = m_folder + QLatin1Char('/') + m_baseName + QLatin1Char('-') +
                           now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".unfold");
    if (!store.saveCopy(target)) {
        m_lastError = store.lastError();
        return false;
    }
    m_lastBackup = now;
    const QStringList all = existingBackups();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return true;
}

QStringList JournalBackups::existingBackups() const
{
    QDir dir(m_folder);
    QStringList result;
    // Names carry a sortable time stamp; newest first.
    const QStringList names =
        dir.entryList({m_baseName + QStringLiteral("-*.unfold")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        result.append(dir.filePath(name));
    return result;
}

} // namespace unfold
