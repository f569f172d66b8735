// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerTable.h"

#include "Csv.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>

namespace unfold::cli {

namespace {
const QString respondentColumn = QStringLiteral("respondent");
const QString dateColumn = QStringLiteral("date");

bool isDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate).isValid() ||
           QDateTime::fromString(text, Qt::ISODate).isValid();
}
bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

bool AnswerTable::read(const QString &path, const Instrument &instrument, QList<Administration> *rows,
                       QStringList *problems, QStringList *warnings)
{
    rows->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(tr("%1: cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > largestFile) {
        problems->append(tr("%1: the file is larger than %2 MiB; an answers file is far smaller")
                             .arg(path)
                             .arg(largestFile / (1024 * 1024)));
        return false;
    }
    return parse(file.readAll(), path, instrument, rows, problems, warnings);
}

bool AnswerTable::parse(const QByteArray &content, const QString &path, const Instrument &instrument,
                        QList<Administration> *rows, QStringList *problems, QStringList *warnings)
{
    rows->clear();
    QList<CsvRecord> records;
    QString error;
    int errorLine = 0;
    if (!Csv::parse(content, &records, &error, &errorLine)) {
        problems->append(tr("%1:%2: %3").arg(path).arg(errorLine).arg(error));
        return false;
    }
    if (records.isEmpty()) {
        problems->append(tr("%1: the file is empty; it needs a header row").arg(path));
        return false;
    }

    const CsvRecord &header = records.first();
    int respondentAt = -1;
    int dateAt = -1;
    QList<const InstrumentItem *> columns; // per column: the item, or null for respondent/date
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed();
        const InstrumentItem *item = instrument.item(name);
        if (name == respondentColumn && respondentAt < 0)
            respondentAt = int(c);
        else if (name == dateColumn && dateAt < 0)
            dateAt = int(c);
        else if (!item)
            problems->append(tr("%1:%2: column '%3' is not an item of %4")
                                 .arg(path)
                                 .arg(header.line)
                                 .arg(name, instrument.id));
        else if (columns.contains(item))
            problems->append(tr("%1:%2: column '%3' appears twice").arg(path).arg(header.line).arg(name));
        columns.append(item);
    }
    if (respondentAt < 0)
        problems->append(tr("%1:%2: there is no 'respondent' column").arg(path).arg(header.line));
    // A missing column would leave its subscale silently unscored; an empty one says "unanswered".
    QStringList missing;
    for (const InstrumentItem &item : instrument.items)
        if (!columns.contains(&item))
            missing.append(item.id);
    if (!missing.isEmpty() && warnings)
        warnings->append(tr("%1:%2: these items have no column, so their answers count as missing: %3")
                             .arg(path)
                             .arg(header.line)
                             .arg(missing.join(QStringLiteral(", "))));
    if (!problems->isEmpty())
        return false;

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        const auto where = [&] { return tr("%1:%2: ").arg(path).arg(record.line); };
        if (record.fields.size() != header.fields.size()) {
            problems->append(where() + tr("the header has %1 columns, this row %2")
                                           .arg(header.fields.size())
                                           .arg(record.fields.size()));
            continue;
        }
        Administration row;
        row.line = record.line;
        row.respondent = record.fields.at(respondentAt).trimmed();
        if (row.respondent.isEmpty())
            problems->append(where() + tr("the respondent is empty"));
        else if (hasControlCharacter(row.respondent))
            problems->append(where() +
                             tr("the respondent holds a control character (a line break, a tab or a "
                                "NUL byte, say)"));
        if (dateAt >= 0) {
            row.date = record.fields.at(dateAt).trimmed();
            if (!row.date.isEmpty() && !isDate(row.date))
                problems->append(where() + tr("'%1' is not a date like 2024-05-31").arg(row.date));
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const InstrumentItem *item = columns.at(c);
            const QString cell = record.fields.at(c).trimmed();
            if (!item || cell.isEmpty())
                continue;
            bool ok = false;
            const int value = cell.toInt(&ok);
            if (!ok)
                problems->append(where() + tr("item '%1': '%2' is not a whole number").arg(item->id, cell));
            else if (!InstrumentScorer::inRange(instrument, *item, value))
                problems->append(where() + tr("item '%1': %2 is outside %3..%4")
                                               .arg(item->id)
                                               .arg(value)
                                               .arg(instrument.itemMin(*item))
                                               .arg(instrument.itemMax(*item)));
            else
                row.answers.insert(item->id, value);
        }
        rows->append(row);
        if (problems->size() >= mostProblems) {
            // Enough to say the file is wrong; reading on would only fill memory.
            problems->prepend(tr("%1: reading stopped after %2 problems; the first are listed")
                                  .arg(path)
                                  .arg(problems->size()));
            break;
        }
    }
    if (!problems->isEmpty()) {
        rows->clear();
        return false;
    }
    return true;
}

} // namespace unfold::cli
