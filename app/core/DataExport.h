// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

#include <QCoreApplication>
#include <QDateTime>

namespace unfold {

class Journal;

// A journal's content as plain tables for a spreadsheet or R (DESIGN.md §1): people,
// relationships, layers, topics, sessions, disclosures, timeline events, questionnaire answers
// (one row per item) and scores, the long dyadic table (DyadicSessions.h), the partners' accounts
// and their matches (PartnerExportTables.h), and the codebook that describes every column of them
// all (ExportCodebook.h). Times are ISO 8601 in UTC.
class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::DataExport)

public:
    // The version of the export's layout, in the JSON header; raised whenever a table or column
    // is renamed or removed or changes type, so a script can tell which layout it reads.
    // 1: the unversioned first layout; 2: typed columns, person ids, dyadic table, codebook.
    static constexpr int formatVersion = 2;

    // Session notes and disclosure notes are private (a therapist's notes among them): they
    // are in the tables only when `includeNotes` is asked for, never by default.
    static QList<DataTable> tables(const Journal &journal, bool includeNotes = false);

    // One UTF-8 RFC 4180 file per table in `folder` (created 0700 when missing). Every file is
    // written aside first, so on failure nothing is left half-written.
    static bool writeCsvFolder(const QList<DataTable> &tables, const QString &folder, QString *error);
    // One JSON document: {"header": {format, format_version, app_version, time_zone, exported_at},
    // "tables": {"<table>": [row objects]}}.
    static QByteArray json(const QList<DataTable> &tables,
                           const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());
    static bool writeJson(const QList<DataTable> &tables, const QString &path, QString *error);
    // Writes `bytes` to `path` through a temporary file beside it.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    static QByteArray csv(const DataTable &table);
};

} // namespace unfold
