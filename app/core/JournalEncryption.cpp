// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEncryption.h"

#include "JournalBackups.h"
#include "JournalKey.h"
#include "JournalSchema.h"
#include "JournalStore.h"
#include "PrivateFiles.h"
#include "SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace unfold {

namespace {

// SQLCipher's export copies the schema and every row, but not the header's two numbers.
bool exportInto(SqliteDatabase &source, const QString &target, const JournalKey &to, QString *error)
{
    const auto userVersion = source.scalar(QStringLiteral("PRAGMA user_version"));
    const auto applicationId = source.scalar(QStringLiteral("PRAGMA application_id"));
    if (!userVersion || !applicationId) {
        *error = source.lastError();
        return false;
    }
    // The key is bound as a parameter straight from guarded memory; it never becomes SQL text.
    auto attach = source.prepare(QStringLiteral("ATTACH DATABASE ?1 AS rewritten KEY ?2"));
    attach.bind(1, target).bindUnowned(2, to.keySpec(), to.keySpecSize());
    const bool ok =
        attach.exec() && source.exec(QStringLiteral("SELECT sqlcipher_export('rewritten')")) &&
        source.exec(QStringLiteral("PRAGMA rewritten.user_version = %1; PRAGMA rewritten.application_id = %2")
                        .arg(*userVersion)
                        .arg(*applicationId));
    if (!ok)
        *error = source.lastError();
    source.exec(QStringLiteral("DETACH DATABASE rewritten"));
    return ok;
}

} // namespace

bool JournalEncryption::rewrite(const QString &path, const JournalKey *from, const JournalKey &to,
                                QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // An earlier run killed midway left its copy beside the journal: it goes first.
    PrivateFiles::removeLeftovers(QFileInfo(absolute).absolutePath());
    const QString temporary = PrivateFiles::temporaryNameBeside(absolute);
    auto fail = [&](const QString &why) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        *error = tr("%1 was left as it was: %2").arg(QDir::toNativeSeparators(absolute), why);
        return false;
    };
    QString why;
    if (!PrivateFiles::createEmptyFile(temporary, &why))
        return fail(why);
    {
        SqliteDatabase source;
        // Read-write only because SQLite attaches with the main connection's flags; nothing is
        // written to the source.
        if (!source.open(absolute, SqliteDatabase::Mode::ReadWrite, from))
            return fail(SqliteDatabase::isNotADatabase(source.lastErrorCode())
                            ? tr("the passphrase does not open it")
                            : source.lastError());
        if (!exportInto(source, temporary, to, &why))
            return fail(why);
    }
    {
        SqliteDatabase written;
        if (!written.open(temporary, SqliteDatabase::Mode::ReadOnly, &to) ||
            written.scalar(QStringLiteral("PRAGMA application_id")) != JournalSchema::applicationId)
            return fail(tr("the new file could not be read back"));
        auto check = written.prepare(QStringLiteral("PRAGMA quick_check"));
        if (!check.next() || check.text(0) != QLatin1String("ok"))
            return fail(tr("the new file did not pass the integrity check"));
    }
    if (!PrivateFiles::commitTemporary(temporary, absolute, &why))
        return fail(why);
    return true;
}

QStringList JournalEncryption::plainCopies(const QString &journalPath, const QString &backupFolder)
{
    QStringList copies;
    const QFileInfo journal(journalPath);
    if (!backupFolder.isEmpty()) {
        for (const QString &backup :
             JournalBackups(backupFolder, journal.absoluteFilePath()).existingBackups())
            if (!JournalStore::isEncryptedFile(backup))
                copies.append(backup);
    }
    const QDir folder = journal.absoluteDir();
    for (const QString &name :
         folder.entryList({journal.fileName() + QStringLiteral(".format-*.backup")}, QDir::Files))
        if (!JournalStore::isEncryptedFile(folder.filePath(name)))
            copies.append(folder.filePath(name));
    return copies;
}

} // namespace unfold
