// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tests compare journals by: the exact bytes of a file (to prove nothing was written) and
// the rows of every table (to prove content is the same where file bytes may differ).

#include "SqliteDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace unfold::test {

// SHA-256 of a file's bytes; empty when the file cannot be read.
inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every row of every table as "table:value|value|...", tables by name and rows by rowid, read
// through a raw read-only connection so the journal code under test is not involved.
inline QStringList tableRows(const QString &path)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return {};
    QStringList tables;
    auto list =
        db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (list.next())
        tables.append(list.text(0));
    QStringList rows;
    for (const QString &table : tables) {
        QStringList columns;
        auto info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next())
            columns.append(QStringLiteral("quote(%1)").arg(info.text(1)));
        auto select = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                     .arg(columns.join(QStringLiteral(" || '|' || ")), table));
        while (select.next())
            rows.append(table + QLatin1Char(':') + select.text(0));
    }
    return rows;
}

// The schema (tables, indexes) as SQLite keeps it, sorted by name.
inline QStringList schemaOf(const QString &path)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return {};
    QStringList result;
    auto stmt = db.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
    while (stmt.next())
        result.append(stmt.text(0) + QLatin1Char(' ') + stmt.text(1) + QLatin1Char(' ') + stmt.text(2));
    return result;
}

// An integer PRAGMA (user_version, application_id) read from the file; -1 when unreadable.
inline qint64 pragmaOf(const QString &path, const QString &pragma)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return -1;
    return db.scalar(QStringLiteral("PRAGMA %1").arg(pragma)).value_or(-1);
}

// The names in a folder, hidden ones included, so a test sees stray lock or temporary files.
inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// Every file under `folder` (hidden ones too) whose bytes hold `needle`: a plain-text leak.
inline QStringList filesHolding(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace unfold::test
