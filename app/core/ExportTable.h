// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace unfold {

// What kind of value a column of an export holds, and so how it is written. Every kind has one
// spelling in CSV and one JSON type, so R, Python or a spreadsheet types a column the same way in
// every row and every export.
enum class ColumnType
{
    Integer, // CSV 12, JSON integer
    Number,  // CSV 3.0 or 2.5 (always with a decimal point), JSON number likewise
    Boolean, // CSV 1 or 0, JSON true or false
    Text,    // CSV text, JSON string
    Time,    // ISO 8601 in UTC, 2025-03-01T19:00:00Z; CSV text, JSON string
    Date,    // ISO 8601 calendar day, 2025-03-01; CSV text, JSON string
};

QString columnTypeKey(ColumnType type); // "integer", "number", … as the codebook names them

// One column of an export, described once: its name, how its values are written, and what the
// codebook says about it.
struct ExportColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
    QString unit;    // "" when the column has none (ids, names)
    QString allowed; // the values it may hold, e.g. "1..L (layers.depth)", "a, b"
    QString meaning;
};

// One table of an export. Each row holds one value per column, in column order; a missing value
// (a null QVariant, an invalid time or day, an empty text) is an empty CSV field and a JSON null.
struct DataTable
{
    QString name;    // "people": people.csv, or the key in the JSON document
    QString meaning; // what one row is
    QList<ExportColumn> columns;
    QList<QVariantList> rows;

    QStringList columnNames() const;
    int columnIndex(const QString &column) const; // -1 when there is none
};

// A column together with how to read its value from one record: tables are built from a list of
// these, so a column's description and its values are defined in one place and cannot drift.
template <typename Record> struct ColumnOf
{
    ExportColumn column;
    std::function<QVariant(const Record &)> value;
};

template <typename Record>
DataTable tableOf(const QString &name, const QString &meaning, const QList<ColumnOf<Record>> &columns,
                  const QList<Record> &records)
{
    DataTable table{name, meaning, {}, {}};
    for (const ColumnOf<Record> &c : columns)
        table.columns.append(c.column);
    table.rows.reserve(records.size());
    for (const Record &record : records) {
        QVariantList row;
        row.reserve(columns.size());
        for (const ColumnOf<Record> &c : columns)
            row.append(c.value(record));
        table.rows.append(row);
    }
    return table;
}

// How one value of a column is written. Both give a missing value as nothing (CSV) or null (JSON).
namespace ExportValue {
bool isMissing(ColumnType type, const QVariant &value);
QString csvField(ColumnType type, const QVariant &value);
QByteArray jsonLiteral(ColumnType type, const QVariant &value);
QByteArray jsonString(const QString &text);
} // namespace ExportValue

} // namespace unfold
