// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataExport.h"

#include "Csv.h"
#include "Journal.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace unfold {

namespace {

QVariant isoTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant();
}
QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}
QString speakerKey(Speaker speaker)
{
    return speaker == Speaker::A ? QStringLiteral("a") : QStringLiteral("b");
}

QString cell(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

QList<DataTable> DataExport::tables(const Journal &journal, bool includeNotes)
{
    DataTable people{QStringLiteral("people"),
                     {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("is_me")},
                     {}};
    for (const Person &p : journal.people())
        people.rows.append({p.id, p.name, p.isMe});
    DataTable relationships{QStringLiteral("relationships"),
                            {QStringLiteral("id"), QStringLiteral("person_a"), QStringLiteral("person_b"),
                             QStringLiteral("kind"), QStringLiteral("started"), QStringLiteral("stage")},
                            {}};
    DataTable layers{QStringLiteral("layers"), {QStringLiteral("depth"), QStringLiteral("name")}, {}};
    for (const Layer &l : journal.layers())
        layers.rows.append({l.depth, l.name});
    DataTable topics{
        QStringLiteral("topics"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("hidden")},
        {}};
    for (const Topic &t : journal.topics())
        topics.rows.append({t.id, t.name, t.position, t.hidden});
    DataTable sessions{QStringLiteral("sessions"),
                       {QStringLiteral("id"), QStringLiteral("relationship_id"), QStringLiteral("start"),
                        QStringLiteral("context"), QStringLiteral("mood"), QStringLiteral("notes")},
                       {}};
    DataTable disclosures{QStringLiteral("disclosures"),
                          {QStringLiteral("session_id"), QStringLiteral("position"),
                           QStringLiteral("speaker"), QStringLiteral("topic"), QStringLiteral("depth"),
                           QStringLiteral("reception"), QStringLiteral("note")},
                          {}};
    DataTable events{QStringLiteral("timeline_events"),
                     {QStringLiteral("id"), QStringLiteral("relationship_id"), QStringLiteral("day"),
                      QStringLiteral("label")},
                     {}};
    DataTable answers{QStringLiteral("questionnaire_answers"),
                      {QStringLiteral("administration_id"), QStringLiteral("session_id"),
                       QStringLiteral("respondent"), QStringLiteral("instrument_id"),
                       QStringLiteral("instrument_version"), QStringLiteral("answered_at"),
                       QStringLiteral("item"), QStringLiteral("value")},
                      {}};
    DataTable scores{QStringLiteral("questionnaire_scores"),
                     {QStringLiteral("administration_id"), QStringLiteral("session_id"),
                      QStringLiteral("respondent"), QStringLiteral("instrument_id"),
                      QStringLiteral("subscale"), QStringLiteral("items"), QStringLiteral("answered"),
                      QStringLiteral("mean"), QStringLiteral("score"), QStringLiteral("score_0_100")},
                     {}};
    for (const Relationship &r : journal.relationships()) {
        relationships.rows.append(
            {r.id, r.personA, r.personB, relationshipKindKey(r.kind),
             r.started.isValid() ? QVariant(r.started.toString(Qt::ISODate)) : QVariant(),
             stageKey(r.stage)});
        for (const SessionSummary &s : journal.sessionSummaries(r.id))
            sessions.rows.append({s.session.id, r.id, isoTime(s.session.start),
                                  sessionContextKey(s.session.context), optional(s.session.mood),
                                  s.session.notes});
        for (const Disclosure &d : journal.disclosuresOfRelationship(r.id))
            disclosures.rows.append({d.sessionId, d.position, speakerKey(d.speaker), d.topicId, d.depth,
                                     d.reception ? QVariant(receptionKey(*d.reception)) : QVariant(),
                                     d.note});
        for (const TimelineEvent &e : journal.timelineEvents(r.id))
            events.rows.append({e.id, r.id, e.day.toString(Qt::ISODate), e.label});
        for (const QuestionnaireAnswer &a : journal.answersOfRelationship(r.id)) {
            QStringList items = a.answers.keys();
            items.sort();
            for (const QString &item : items)
                answers.rows.append({a.id, a.sessionId, speakerKey(a.respondent), a.instrumentId,
                                     a.instrumentVersion, isoTime(a.answeredAt), item,
                                     a.answers.value(item)});
            for (const SubscaleScore &s : a.scores)
                scores.rows.append({a.id, a.sessionId, speakerKey(a.respondent), a.instrumentId, s.subscale,
                                    s.items, s.answered, optional(s.mean), optional(s.score),
                                    optional(s.score0to100)});
        }
    }
    if (!includeNotes) {
        // The notes are the last column of both tables: dropped whole, so no empty column hints
        // that something was there.
        for (DataTable *table : {&sessions, &disclosures}) {
            table->columns.removeLast();
            for (QVariantList &row : table->rows)
                row.removeLast();
        }
    }
    return {people, relationships, layers, topics, sessions, disclosures, events, answers, scores};
}

QByteArray DataExport::csv(const DataTable &table)
{
    QByteArray bytes = Csv::formatRecord(table.columns);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (const QVariant &value : row)
            fields.append(cell(value));
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

QByteArray DataExport::json(const QList<DataTable> &tables)
{
    QJsonObject document;
    for (const DataTable &table : tables) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.columns.size() && i < row.size(); ++i)
                object.insert(table.columns[i],
                              row[i].isNull() ? QJsonValue() : QJsonValue::fromVariant(row[i]));
            rows.append(object);
        }
        document.insert(table.name, rows);
    }
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool DataExport::writeJson(const QList<DataTable> &tables, const QString &path, QString *error)
{
    return writeFile(path, json(tables), error);
}

} // namespace unfold
