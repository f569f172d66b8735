// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace unfold {

// One record of a CSV file and the line it starts on (1-based), for messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 comma-separated values in UTF-8: quoted fields may hold commas, quotes ("") and
// line breaks; CRLF and LF both end a record; a UTF-8 byte order mark is skipped.
class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::Csv)

public:
    // Bounds that keep a hostile file from taking unbounded time and memory; far beyond any
    // honest table Unfold reads (an answers file has a column per item and a row per answer set).
    static constexpr qsizetype longestField = 64 * 1024;
    static constexpr qsizetype mostFields = 4096;
    static constexpr qsizetype mostRecords = 1'000'000;

    // Splits `utf8` into records; blank lines are skipped. On malformed input, or input beyond
    // the bounds above, returns false with `error` and the 1-based `errorLine`.
    static bool parse(const QByteArray &utf8, QList<CsvRecord> *records, QString *error, int *errorLine);
    // One record with the line end, quoting fields only where needed.
    static QByteArray formatRecord(const QStringList &fields);
    static QString quote(const QString &field);
};

} // namespace unfold
