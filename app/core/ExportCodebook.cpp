// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook is in English whatever the user's language: its column names are English
// identifiers, and analysis scripts that read it (or grep it) need it to be the same everywhere.
#include "ExportCodebook.h"

#include <utility>

namespace unfold::ExportCodebook {

namespace {

struct Entry
{
    const DataTable *table = nullptr;
    ExportColumn column;
};

QList<ColumnOf<Entry>> columns()
{
    const auto text = [](const QString &name, const QString &meaning,
                         std::function<QVariant(const Entry &)> value, const QString &allowed = {}) {
        return ColumnOf<Entry>{{name, ColumnType::Text, {}, allowed, meaning}, std::move(value)};
    };
    return {
        text(QStringLiteral("table"),
             QStringLiteral("The table: its CSV file is <table>.csv, its key in the JSON "
                            "document's \"tables\" is <table>."),
             [](const Entry &e) { return e.table->name; }),
        text(QStringLiteral("column"), QStringLiteral("The column's name in that table."),
             [](const Entry &e) { return e.column.name; }),
        text(
            QStringLiteral("type"),
            QStringLiteral(
                "How the column's values are written. integer: whole number. number: decimal number, "
                "always with a decimal point (3.0). boolean: 1 or 0 in CSV, true or false in JSON. "
                "text: UTF-8 text. time: ISO 8601 date and time in UTC (2025-03-01T19:00:00Z). "
                "date: ISO 8601 calendar day (2025-03-01). In every type a missing value is an "
                "empty field in CSV and null in JSON."),
            [](const Entry &e) { return columnTypeKey(e.column.type); },
            QStringLiteral("integer, number, boolean, text, time, date")),
        text(QStringLiteral("unit"),
             QStringLiteral("The unit of the column's values; empty when it has none."),
             [](const Entry &e) { return e.column.unit; }),
        text(QStringLiteral("allowed_values"),
             QStringLiteral("The values the column may hold; empty for free text."),
             [](const Entry &e) { return e.column.allowed; }),
        text(QStringLiteral("meaning"), QStringLiteral("What the column says."),
             [](const Entry &e) { return e.column.meaning; }),
        text(QStringLiteral("table_meaning"), QStringLiteral("What one row of the table is."),
             [](const Entry &e) { return e.table->meaning; }),
    };
}

} // namespace

DataTable describe(const QList<DataTable> &tables)
{
    const QList<ColumnOf<Entry>> own = columns();
    DataTable self{QString::fromLatin1(tableName),
                   QStringLiteral("One column of one table of this export, the codebook's own included."),
                   {},
                   {}};
    for (const ColumnOf<Entry> &c : own)
        self.columns.append(c.column);
    QList<const DataTable *> described;
    for (const DataTable &table : tables)
        described.append(&table);
    described.append(&self);
    QList<Entry> entries;
    for (const DataTable *table : std::as_const(described)) {
        for (const ExportColumn &column : table->columns)
            entries.append({table, column});
    }
    return tableOf(self.name, self.meaning, own, entries);
}

} // namespace unfold::ExportCodebook
