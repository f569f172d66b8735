// SPDX-License-Identifier: GPL-3.0-or-later
// Telling a journal Unfold wrote from one someone changed: its schema against the schema Unfold
// itself writes for the same format, and every record's content against what Unfold can read.
#include "JournalSchema.h"

#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace unfold::JournalSchema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::JournalSchema", text);
}

// One entry of sqlite_schema: a table, index, trigger or view.
struct SchemaEntry
{
    QString type;
    QString name;
    QString table;
    QString sql;
    friend bool operator==(const SchemaEntry &, const SchemaEntry &) = default;
};

using Schema = QHash<QString, SchemaEntry>; // by type and name

// Runs of white space are one space: the same statement reformatted is the same statement.
QString normalized(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

Schema schemaOf(SqliteDatabase &db, bool *ok)
{
    Schema schema;
    auto stmt = db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
    while (stmt.next()) {
        const SchemaEntry entry{stmt.text(0), stmt.text(1), stmt.text(2), normalized(stmt.text(3))};
        schema.insert(entry.type + QLatin1Char('\n') + entry.name, entry);
    }
    *ok = stmt.isValid() && !stmt.failed();
    return schema;
}

// The schema Unfold writes for `version`, made once per version in memory by the same
// migrations that make every journal.
std::optional<Schema> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> made;
    const QMutexLocker locker(&mutex);
    if (const auto found = made.constFind(version); found != made.cend())
        return *found;
    SqliteDatabase db;
    QString error;
    bool ok = false;
    if (!db.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create) || !migrate(db, version, &error))
        return std::nullopt;
    Schema schema = schemaOf(db, &ok);
    if (!ok)
        return std::nullopt;
    made.insert(version, schema);
    return schema;
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return tr("table");
    if (type == QLatin1String("index"))
        return tr("index");
    if (type == QLatin1String("trigger"))
        return tr("trigger");
    if (type == QLatin1String("view"))
        return tr("view");
    return type;
}

} // namespace

QStringList differences(SqliteDatabase &db, int version)
{
    const std::optional<Schema> expected = expectedSchema(version);
    bool ok = false;
    const Schema found = schemaOf(db, &ok);
    if (!expected || !ok)
        return {tr("its list of tables cannot be read")};
    QStringList findings;
    for (const SchemaEntry &entry : found) {
        const auto mine = expected->constFind(entry.type + QLatin1Char('\n') + entry.name);
        if (mine == expected->cend())
            findings.append(
                entry.type == QLatin1String("table") || entry.name == entry.table
                    ? tr("an added %1 “%2”").arg(kindName(entry.type), entry.name)
                    : tr("an added %1 “%2” on %3").arg(kindName(entry.type), entry.name, entry.table));
        else if (!(*mine == entry))
            findings.append(tr("a changed %1 “%2”").arg(kindName(entry.type), entry.name));
    }
    for (const SchemaEntry &entry : *expected) {
        if (!found.contains(entry.type + QLatin1Char('\n') + entry.name))
            findings.append(tr("a missing %1 “%2”").arg(kindName(entry.type), entry.name));
    }
    // Triggers and views first: they are what could act on the journal when it is edited.
    std::stable_sort(findings.begin(), findings.end());
    return findings;
}

QStringList unreadableContent(SqliteDatabase &db, int version)
{
    // Every table that keeps a record's own words keeps them as one JSON object in `content`.
    QStringList tablesWithContent = {QStringLiteral("people"), QStringLiteral("topics"),
                                     QStringLiteral("layers"), QStringLiteral("sessions"),
                                     QStringLiteral("disclosures")};
    if (version >= 2)
        tablesWithContent.append(QStringLiteral("timeline_events"));
    if (version >= 3)
        tablesWithContent.append(QStringLiteral("questionnaire_administrations"));
    if (version >= 5)
        tablesWithContent.append(QStringLiteral("partner_accounts"));
    QStringList findings;
    for (const QString &table : tablesWithContent) {
        // json_type() fails on text that is not JSON at all, so json_valid() guards it. Valid JSON
        // that begins with '{' is an object: only other text (leading spaces, say) is parsed again
        // to see its type, a quarter of this check's time on a large journal. Most records hold
        // nothing but the empty object '{}', which is compared, not parsed: half the time left.
        auto stmt = db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE content IS NOT '{}' AND "
                                              "(json_valid(content) IS NOT 1 OR "
                                              "((content < '{' OR content >= '|') AND "
                                              "json_type(content) IS NOT 'object')) LIMIT 1")
                                   .arg(table));
        if (stmt.next())
            findings.append(tr("the record %1 in %2 cannot be read").arg(stmt.int64(0)).arg(table));
        else if (stmt.failed() || !stmt.isValid())
            findings.append(tr("the records in %1 cannot be read").arg(table));
    }
    return findings;
}

} // namespace unfold::JournalSchema
