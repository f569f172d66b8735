// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "ExportTable.h"
#include "Relationship.h"

#include <initializer_list>
#include <optional>

namespace unfold {

// What the tables of a data export (DataExportTables.cpp, PartnerExportTables.cpp) share: how a
// column is declared, and how the values that recur in many tables are written.
namespace ExportColumns {

template <typename Record>
ColumnOf<Record> column(const QString &name, ColumnType type, const QString &unit, const QString &allowed,
                        const QString &meaning, std::function<QVariant(const Record &)> value)
{
    return {{name, type, unit, allowed, meaning}, std::move(value)};
}

// The keys an enumeration is written with, from the same functions that store them.
template <typename Enum> QString keysOf(std::initializer_list<Enum> values, QString (*key)(Enum))
{
    QStringList keys;
    for (const Enum value : values)
        keys.append(key(value));
    return keys.join(QLatin1String(", "));
}

// A missing value is a null QVariant: an empty CSV field, a JSON null.
template <typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QString speakerKey(Speaker speaker)
{
    return speaker == Speaker::A ? QStringLiteral("a") : QStringLiteral("b");
}

inline qint64 personOf(const Relationship &r, Speaker speaker)
{
    return speaker == Speaker::A ? r.personA : r.personB;
}

inline const QString idText = QStringLiteral("1 or more");
inline const QString sideText = QStringLiteral("a, b");

} // namespace ExportColumns

} // namespace unfold
