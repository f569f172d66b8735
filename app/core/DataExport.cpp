// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an export's tables: CSV files in a folder, or one JSON document with a header.
#include "DataExport.h"

#include "Csv.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

namespace unfold {

QByteArray DataExport::csv(const DataTable &table)
{
    QByteArray bytes = Csv::formatRecord(table.columnNames());
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        fields.reserve(table.columns.size());
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            fields.append(ExportValue::csvField(table.columns[i].type, row.value(i)));
        bytes += Csv::formatRecord(fields);
    }
    return bytes;
}

bool DataExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    if (PrivateFiles::writeAtomically(path, bytes, &why))
        return true;
    *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}

bool DataExport::writeCsvFolder(const QList<DataTable> &tables, const QString &folder, QString *error)
{
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        *error = tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const bool existed = QFileInfo(folder).isDir();
    QString why;
    if (!PrivateFiles::ensureDirectory(folder, &why)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // All tables replace the folder's earlier ones together or, on any failure (a full disk, a
    // read-only folder), none does.
    QList<PrivateFiles::PendingFile> files;
    for (const DataTable &table : tables)
        files.append({QDir(folder).filePath(table.name + QLatin1String(".csv")), csv(table)});
    if (!PrivateFiles::writeAllAtomically(files, &why)) {
        *error = why;
        if (!existed)
            QDir().rmdir(folder);
        return false;
    }
    return true;
}

QByteArray DataExport::json(const QList<DataTable> &tables, const QDateTime &exportedAt)
{
    // Written by hand rather than through QJsonDocument, which prints a double of 3.0 as 3: each
    // value is written as its column's type says, so a column is one JSON type in every row.
    using ExportValue::jsonString;
    QByteArray out = "{\n  \"header\": {";
    out += "\n    \"format\": \"unfold-data-export\",";
    out += "\n    \"format_version\": " + QByteArray::number(formatVersion) + ',';
    out += "\n    \"app_version\": " + jsonString(QStringLiteral(UNFOLD_VERSION)) + ',';
    out += "\n    \"time_zone\": \"UTC\",";
    out += "\n    \"exported_at\": " + ExportValue::jsonLiteral(ColumnType::Time, exportedAt) +
           "\n  },\n  \"tables\": {";
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const DataTable &table = tables[t];
        out += (t ? ",\n    " : "\n    ") + jsonString(table.name) + ": [";
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            out += r ? ",\n      {" : "\n      {";
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                const ExportColumn &column = table.columns[i];
                out += (i ? ", " : "") + jsonString(column.name) + ": " +
                       ExportValue::jsonLiteral(column.type, table.rows[r].value(i));
            }
            out += '}';
        }
        out += table.rows.isEmpty() ? "]" : "\n    ]";
    }
    out += "\n  }\n}\n";
    return out;
}

bool DataExport::writeJson(const QList<DataTable> &tables, const QString &path, QString *error)
{
    return writeFile(path, json(tables), error);
}

} // namespace unfold
