// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace unfold {

class Journal;

// One table of an export: a null QVariant is an empty CSV field and a JSON null.
struct DataTable
{
    QString name; // "people": people.csv, or the key in the JSON document
    QStringList columns;
    QList<QVariantList> rows;
};

// A journal's content as plain tables for a spreadsheet or R (DESIGN.md §1): people,
// relationships, layers, topics, sessions, disclosures, timeline events, questionnaire
// answers (one row per item) and scores. Times are ISO 8601 in UTC.
class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::DataExport)

public:
    // Session notes and disclosure notes are private (a therapist's notes among them): they
    // are in the tables only when `includeNotes` is asked for, never by default.
    static QList<DataTable> tables(const Journal &journal, bool includeNotes = false);

    // One UTF-8 RFC 4180 file per table in `folder` (created 0700 when missing). Every file is
    // written aside first, so on failure nothing is left half-written.
    static bool writeCsvFolder(const QList<DataTable> &tables, const QString &folder, QString *error);
    // One JSON document: an object with an array of row objects per table.
    static QByteArray json(const QList<DataTable> &tables);
    static bool writeJson(const QList<DataTable> &tables, const QString &path, QString *error);
    // Writes `bytes` to `path` through a temporary file beside it.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    static QByteArray csv(const DataTable &table);
};

} // namespace unfold
