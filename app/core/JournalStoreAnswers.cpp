// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire part of JournalStore: administrations and their scores.
#include "JournalStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace unfold {

namespace {

const QString administrationColumns = QStringLiteral(
    "q.id, q.session_id, q.respondent, q.instrument_id, q.instrument_version, q.answered_at, q.content");

QuestionnaireAnswer readAnswer(const SqliteStatement &row)
{
    QuestionnaireAnswer a;
    a.id = row.int64(0);
    a.sessionId = row.int64(1);
    a.respondent = row.text(2) == QLatin1String("b") ? Speaker::B : Speaker::A;
    a.instrumentId = row.text(3);
    a.instrumentVersion = row.integer(4);
    a.answeredAt = QDateTime::fromString(row.text(5), Qt::ISODate).toLocalTime();
    const QJsonObject answers =
        QJsonDocument::fromJson(row.text(6).toUtf8()).object().value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        a.answers.insert(it.key(), it.value().toInt());
    return a;
}

std::optional<double> optionalReal(const SqliteStatement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.real(column);
}

} // namespace

QList<QuestionnaireAnswer> JournalStore::answers(qint64 sessionId)
{
    // Kept prepared: a relationship's answers are read session by session, and preparing these
    // two statements anew each time took half the time of reading a client's answers.
    QList<QuestionnaireAnswer> result;
    auto stmt = m_db.prepareCached(
        QStringLiteral("SELECT %1 FROM questionnaire_administrations q WHERE q.session_id = ?1 "
                       "ORDER BY q.answered_at, q.id")
            .arg(administrationColumns));
    stmt.bind(1, sessionId);
    while (stmt.next())
        result.append(readAnswer(stmt));
    auto scores = m_db.prepareCached(
        QStringLiteral("SELECT subscale, items, answered, mean, score, score_0_100 FROM "
                       "questionnaire_scores WHERE administration_id = ?1 ORDER BY rowid"));
    for (QuestionnaireAnswer &a : result) {
        scores.bind(1, a.id);
        while (scores.next()) {
            a.scores.append({scores.text(0), scores.integer(1), scores.integer(2), optionalReal(scores, 3),
                             optionalReal(scores, 4), optionalReal(scores, 5)});
        }
        scores.reset();
    }
    return result;
}

QList<QuestionnaireAnswer> JournalStore::answersOfRelationship(qint64 relationshipId)
{
    QList<qint64> sessionIds;
    auto stmt = m_db.prepare(QStringLiteral("SELECT DISTINCT s.id, s.start FROM sessions s JOIN "
                                            "questionnaire_administrations q ON q.session_id = s.id "
                                            "WHERE s.relationship_id = ?1 ORDER BY s.start, s.id"));
    stmt.bind(1, relationshipId);
    while (stmt.next())
        sessionIds.append(stmt.int64(0));
    QList<QuestionnaireAnswer> result;
    for (qint64 id : sessionIds)
        result.append(answers(id));
    return result;
}

bool JournalStore::save(QuestionnaireAnswer &answer)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral(
            "INSERT INTO questionnaire_administrations (id, session_id, respondent, instrument_id, "
            "instrument_version, "
            "answered_at, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            "ON CONFLICT(id) DO UPDATE SET session_id = excluded.session_id, respondent = "
            "excluded.respondent, "
            "instrument_id = excluded.instrument_id, instrument_version = excluded.instrument_version, "
            "answered_at = excluded.answered_at, content = excluded.content"));
        stmt.bindId(1, answer.id);
        stmt.bind(2, answer.sessionId);
        stmt.bind(3, answer.respondent == Speaker::B ? QStringLiteral("b") : QStringLiteral("a"));
        stmt.bind(4, answer.instrumentId).bind(5, answer.instrumentVersion);
        stmt.bind(6, answer.answeredAt.toUTC().toString(Qt::ISODate));
        QJsonObject values;
        for (auto it = answer.answers.cbegin(); it != answer.answers.cend(); ++it)
            values.insert(it.key(), it.value());
        const QJsonObject content{{QStringLiteral("answers"), values}};
        stmt.bind(7, QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
        if (!saveRecord(stmt, answer.id))
            return false;
        if (!m_db.prepareCached(
                     QStringLiteral("DELETE FROM questionnaire_scores WHERE administration_id = ?1"))
                 .bind(1, answer.id)
                 .exec())
            return fail();
        auto score = m_db.prepareCached(
            QStringLiteral("INSERT INTO questionnaire_scores (administration_id, subscale, items, "
                           "answered, mean, score, score_0_100) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        for (const SubscaleScore &s : answer.scores) {
            score.bind(1, answer.id).bind(2, s.subscale).bind(3, s.items).bind(4, s.answered);
            const std::optional<double> numbers[] = {s.mean, s.score, s.score0to100};
            for (int i = 0; i < 3; ++i) {
                if (numbers[i])
                    score.bind(5 + i, *numbers[i]);
                else
                    score.bindNull(5 + i);
            }
            if (!score.exec())
                return fail();
            score.reset();
        }
        return true;
    });
}

bool JournalStore::removeAnswer(qint64 id)
{
    return write([&] {
        return m_db.prepareCached(QStringLiteral("DELETE FROM questionnaire_administrations WHERE id = ?1"))
                   .bind(1, id)
                   .exec() ||
               fail();
    });
}

} // namespace unfold
