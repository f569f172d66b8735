// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalBackups.h"

#include "JournalStore.h"
#include "PrivateFiles.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
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

QString JournalBackups::nameAt(const QDateTime &time) const
{
    return m_folder + QLatin1Char('/') + m_baseName + QLatin1Char('-') +
           time.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".unfold");
}

JournalBackups::~JournalBackups()
{
    waitForCopy();
}

bool JournalBackups::noteEdit(JournalStore &store)
{
    if (!collect())
        return false;
    const QDateTime now = m_clock();
    if (m_copy.valid() || (m_lastBackup.isValid() && m_lastBackup.secsTo(now) < minimumSecondsBetween))
        return true; // one is being made, or one was made in the last hour
    if (!PrivateFiles::ensureDirectory(m_folder, &m_lastError))
        return false;
    m_beforeCopy = m_lastBackup;
    m_lastBackup = now;
    auto readEnded = std::make_shared<std::promise<void>>();
    m_reading = readEnded->get_future().share();
    m_copy = std::async(
        std::launch::async, [this, path = store.path(), key = store.key(), target = nameAt(now), readEnded] {
            Outcome outcome = copy(path, key.get(), target, [readEnded] { readEnded->set_value(); });
            if (m_copyEnded)
                m_copyEnded();
            return outcome;
        });
    return true;
}

bool JournalBackups::backupNow(JournalStore &store)
{
    if (!finish())
        return false;
    if (!PrivateFiles::ensureDirectory(m_folder, &m_lastError))
        return false;
    const QDateTime now = m_clock();
    const Outcome outcome = copy(store.path(), store.key().get(), nameAt(now));
    if (!outcome.ok) {
        m_lastError = outcome.error;
        return false;
    }
    m_lastBackup = now;
    return true;
}

bool JournalBackups::finish()
{
    waitForCopy();
    return collect();
}

void JournalBackups::waitForCopy()
{
    if (m_copy.valid())
        m_copy.wait();
}

void JournalBackups::waitForRead()
{
    if (m_copy.valid() && m_reading.valid())
        m_reading.wait();
}

bool JournalBackups::collect()
{
    if (!m_copy.valid() || m_copy.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return true;
    const Outcome outcome = m_copy.get();
    if (outcome.ok)
        return true;
    m_lastError = outcome.error;
    m_lastBackup = m_beforeCopy; // a failed backup is not counted as made: the next edit tries again
    return false;
}

// The journal's file is copied byte for byte while a connection of the copy's own holds a read
// lock: no save can change the file meanwhile (the journal waits for the copy before it saves), so
// the copy is the journal as its last save left it, encrypted as the journal is. Four times
// quicker than having SQLite rewrite it (VACUUM INTO).
JournalBackups::Outcome JournalBackups::copy(const QString &journalPath, const JournalKey *key,
                                             const QString &target,
                                             const std::function<void()> &readEnded) const
{
    bool toldReadEnded = false;
    const auto tellReadEnded = [&toldReadEnded, &readEnded] {
        if (!toldReadEnded && readEnded)
            readEnded();
        toldReadEnded = true;
    };
    // A copy that fails before or while it reads has ended reading too: told on the way out, after
    // its connection (declared later) has closed.
    const auto readEndedOnReturn = qScopeGuard(tellReadEnded);
    QString error;
    const QString temporary = PrivateFiles::temporaryNameBeside(target);
    if (!PrivateFiles::createEmptyFile(temporary, &error))
        return {false, error};
    const auto failed = [&temporary](const QString &why) {
        QFile::remove(temporary);
        return Outcome{false, why};
    };
    QFile to(temporary);
    if (!to.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return failed(to.errorString());
    {
        SqliteDatabase db;
        if (!db.open(journalPath, SqliteDatabase::Mode::ReadOnly, key) || !db.exec(QStringLiteral("BEGIN")) ||
            !db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
            return failed(db.lastError());
        bool written = true;
        const bool read = db.readFileBytes([&to, &written](const char *bytes, qint64 size) {
            written = to.write(bytes, size) == size;
            return written;
        });
        if (!written)
            return failed(to.errorString());
        if (!read)
            return failed(
                QCoreApplication::translate("unfold::JournalBackups", "the journal could not be read"));
    } // the read lock ends here; syncing the copy to the disk needs none
    tellReadEnded();
    if (!PrivateFiles::writeOutInPieces(to.handle(), &error))
        return failed(error);
    to.close();
    if (!PrivateFiles::commitTemporary(temporary, target, &error))
        return failed(error);
    const QStringList all = existingBackups();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return {true, {}};
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
