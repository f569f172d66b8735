// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

namespace unfold {

bool Csv::parse(const QByteArray &utf8, QList<CsvRecord> *records, QString *error, int *errorLine)
{
    records->clear();
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        int line = 1;
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        line += int(text.left(bad).count(QLatin1Char('\n')));
        *error = tr("the file is not UTF-8 text");
        *errorLine = line;
        return false;
    }

    int line = 1;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    bool recordHasData = false;
    QString tooMuch; // set when a bound is passed: parsing stops there
    auto endField = [&] {
        if (record.fields.size() == mostFields)
            tooMuch = tr("a row has more than %1 fields").arg(mostFields);
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        if (recordHasData || !record.fields.isEmpty() || !field.isEmpty() || wasQuoted) {
            endField();
            if (records->size() == mostRecords)
                tooMuch = tr("the file has more than %1 rows").arg(mostRecords);
            records->append(record);
        }
        record = CsvRecord{line, {}};
        recordHasData = false;
    };
    auto stop = [&] {
        *error = tooMuch;
        *errorLine = record.line;
        records->clear();
        return false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        if (field.size() > longestField)
            tooMuch = tr("a field is longer than %1 characters").arg(longestField);
        if (!tooMuch.isEmpty())
            return stop();
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordHasData = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *error = tr("a quote inside an unquoted field (quote the whole field and double the quote)");
                *errorLine = line;
                return false;
            }
            quoted = true;
            recordHasData = true;
        } else {
            if (wasQuoted) {
                *error = tr("text after the closing quote of a field");
                *errorLine = line;
                return false;
            }
            field.append(c);
        }
    }
    if (quoted) {
        *error = tr("a quoted field is never closed");
        *errorLine = record.line;
        return false;
    }
    endRecord();
    if (!tooMuch.isEmpty())
        return stop();
    return true;
}

QString Csv::quote(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needs = false;
    for (const QChar c : field)
        needs = needs || special.contains(c);
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray Csv::formatRecord(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(quote(f));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace unfold
