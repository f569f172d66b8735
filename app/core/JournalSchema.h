// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace unfold {

class SqliteDatabase;

// The journal file format: an SQLite file marked by PRAGMA application_id whose
// PRAGMA user_version is the schema version, upgraded by ordered migrations.
namespace JournalSchema {

// "Unfl" in ASCII: lets `file` and Unfold itself tell a journal from any other SQLite file.
inline constexpr qint32 applicationId = 0x556E666C;
inline constexpr int currentVersion = 5;

// Brings the database from its current user_version up to `targetVersion` in one
// transaction, so a failure leaves the file as it was. Version 0 is an empty file. What an
// upgrade changed in the user's records (not only in the format) is added to `notes`, in words
// for the user.
bool migrate(SqliteDatabase &db, int targetVersion, QString *error, QStringList *notes = nullptr);

// Connection settings every journal connection uses.
bool configureConnection(SqliteDatabase &db, bool readOnly, QString *error);

// What differs between the journal's schema and the one Unfold writes for format `version`: an
// added trigger, a changed table, a missing index, one finding each. Empty when they are the same.
QStringList differences(SqliteDatabase &db, int version);

// Records whose content (the person's own words, as JSON) Unfold cannot read: one finding per
// table, naming the first such record. Empty when every record reads.
QStringList unreadableContent(SqliteDatabase &db, int version);

} // namespace JournalSchema
} // namespace unfold
