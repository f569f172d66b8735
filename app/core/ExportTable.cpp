// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTable.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace unfold {

QString columnTypeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Time:
        return QStringLiteral("time");
    case ColumnType::Date:
        return QStringLiteral("date");
    }
    return {};
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    for (const ExportColumn &c : columns)
        names.append(c.name);
    return names;
}

int DataTable::columnIndex(const QString &column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].name == column)
            return int(i);
    }
    return -1;
}

namespace ExportValue {

namespace {

// The shortest text that reads back as the same double, always with a decimal point or an
// exponent: a mean depth of exactly 3 is "3.0", so a reader never types the column as integer
// in one export and as real in the next.
QString number(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QLatin1String(".0");
    return text;
}

QString text(ColumnType type, const QVariant &value)
{
    switch (type) {
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Number:
        return number(value.toDouble());
    case ColumnType::Boolean:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Time:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return {};
}

} // namespace

bool isMissing(ColumnType type, const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (type) {
    case ColumnType::Integer: {
        bool ok = false;
        value.toLongLong(&ok);
        return !ok;
    }
    case ColumnType::Number: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        return !ok || !std::isfinite(v);
    }
    case ColumnType::Boolean:
        return false;
    case ColumnType::Text:
        return value.toString().isEmpty();
    case ColumnType::Time:
        return !value.toDateTime().isValid();
    case ColumnType::Date:
        return !value.toDate().isValid();
    }
    return true;
}

QString csvField(ColumnType type, const QVariant &value)
{
    return isMissing(type, value) ? QString() : text(type, value);
}

QByteArray jsonString(const QString &text)
{
    // Unescaped runs are converted whole, so a surrogate pair is never split.
    QByteArray out = "\"";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        QByteArray escape;
        if (u == u'"')
            escape = "\\\"";
        else if (u == u'\\')
            escape = "\\\\";
        else if (u == u'\n')
            escape = "\\n";
        else if (u == u'\r')
            escape = "\\r";
        else if (u == u'\t')
            escape = "\\t";
        else if (u < 0x20)
            escape = "\\u" + QByteArray::number(int(u), 16).rightJustified(4, '0');
        else
            continue;
        out += QStringView(text).mid(runStart, i - runStart).toUtf8() + escape;
        runStart = i + 1;
    }
    out += QStringView(text).mid(runStart).toUtf8() + '"';
    return out;
}

QByteArray jsonLiteral(ColumnType type, const QVariant &value)
{
    if (isMissing(type, value))
        return "null";
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Number:
        return text(type, value).toLatin1();
    case ColumnType::Boolean:
        return value.toBool() ? "true" : "false";
    case ColumnType::Text:
    case ColumnType::Time:
    case ColumnType::Date:
        return jsonString(text(type, value));
    }
    return "null";
}

} // namespace ExportValue

} // namespace unfold
