// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreHistoryOutput.h"

#include "Csv.h"
#include "Journal.h"
#include "ScoreHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace unfold::cli {

namespace {

const QStringList historyColumns{QStringLiteral("answer_id"),
                                 QStringLiteral("session_id"),
                                 QStringLiteral("session_start"),
                                 QStringLiteral("respondent"),
                                 QStringLiteral("person_id"),
                                 QStringLiteral("instrument"),
                                 QStringLiteral("instrument_version"),
                                 QStringLiteral("subscale"),
                                 QStringLiteral("score"),
                                 QStringLiteral("score_0_100"),
                                 QStringLiteral("previous_session_id"),
                                 QStringLiteral("change_0_100"),
                                 QStringLiteral("has_norms"),
                                 QStringLiteral("rci_previous"),
                                 QStringLiteral("reliable_previous"),
                                 QStringLiteral("baseline_session_id"),
                                 QStringLiteral("rci_baseline"),
                                 QStringLiteral("reliable_baseline")};

// Every value of a row as JSON, in the order of historyColumns: numbers, booleans, or null.
QList<QJsonValue> values(const ScoreChange &c, const Relationship &relationship)
{
    auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    auto id = [](qint64 v) { return v != 0 ? QJsonValue(v) : QJsonValue(); };
    auto flag = [](const std::optional<bool> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    const bool isA = c.respondent == Speaker::A;
    return {id(c.answerId),
            c.sessionId,
            c.start.isValid() ? QJsonValue(c.start.toUTC().toString(Qt::ISODate)) : QJsonValue(),
            isA ? QStringLiteral("a") : QStringLiteral("b"),
            id(isA ? relationship.personA : relationship.personB),
            c.instrumentId,
            c.instrumentVersion,
            c.subscale,
            number(c.score),
            number(c.score0to100),
            id(c.previousSessionId),
            number(c.changeFromPrevious),
            c.hasNorms,
            number(c.rciFromPrevious),
            flag(ScoreChange::isReliable(c.rciFromPrevious)),
            id(c.baselineSessionId),
            number(c.rciFromBaseline),
            flag(ScoreChange::isReliable(c.rciFromBaseline))};
}

// CSV for R's read.csv: numbers in full, booleans as 1/0, missing as an empty field.
QString csvField(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

} // namespace

void printScoreHistory(const Invocation &invocation, const Journal &journal, qint64 relationshipId,
                       const QList<ScoreChange> &history, bool json)
{
    const Relationship relationship = journal.relationship(relationshipId).value_or(Relationship{});
    if (!json) {
        invocation.out << QString::fromUtf8(Csv::formatRecord(historyColumns));
        for (const ScoreChange &c : history) {
            QStringList fields;
            for (const QJsonValue &v : values(c, relationship))
                fields.append(csvField(v));
            invocation.out << QString::fromUtf8(Csv::formatRecord(fields));
        }
        invocation.out.flush();
        return;
    }
    QJsonArray rows;
    for (const ScoreChange &c : history) {
        const QList<QJsonValue> row = values(c, relationship);
        QJsonObject object;
        for (qsizetype i = 0; i < historyColumns.size(); ++i)
            object.insert(historyColumns[i], row[i]);
        rows.append(object);
    }
    const QJsonObject document{{QStringLiteral("relationship_id"), relationshipId},
                               {QStringLiteral("relationship"), journal.relationshipTitle(relationship)},
                               {QStringLiteral("note"), ScoreHistory::rciNote()},
                               {QStringLiteral("scores"), rows}};
    invocation.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    invocation.out.flush();
}

} // namespace unfold::cli
