// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire part of Journal.
#include "Journal.h"

#include <algorithm>

namespace unfold {

QList<QuestionnaireAnswer> Journal::answers(qint64 sessionId) const
{
    return m_store->answers(sessionId);
}

QList<QuestionnaireAnswer> Journal::answersOfRelationship(qint64 relationshipId) const
{
    return m_store->answersOfRelationship(relationshipId);
}

bool Journal::saveAnswer(QuestionnaireAnswer &answer)
{
    if (!finish(m_store->save(answer)))
        return false;
    Q_EMIT answersChanged(answer.sessionId);
    return true;
}

bool Journal::saveAnswers(QList<QuestionnaireAnswer> &answers)
{
    return replaceAnswers({}, answers);
}

namespace {
bool sameSet(const QuestionnaireAnswer &a, const QuestionnaireAnswer &b)
{
    return a.sessionId == b.sessionId && a.respondent == b.respondent && a.instrumentId == b.instrumentId;
}

// Each session touched, once.
QList<qint64> sessionsOf(const QList<QuestionnaireAnswer> &a, const QList<QuestionnaireAnswer> &b)
{
    QList<qint64> sessions;
    for (const QList<QuestionnaireAnswer> *list : {&a, &b}) {
        for (const QuestionnaireAnswer &answer : *list) {
            if (!sessions.contains(answer.sessionId))
                sessions.append(answer.sessionId);
        }
    }
    return sessions;
}
} // namespace

QList<QuestionnaireAnswer> Journal::answersReplacedBy(const QList<QuestionnaireAnswer> &answers) const
{
    QList<QuestionnaireAnswer> replaced;
    for (qint64 session : sessionsOf(answers, {})) {
        for (const QuestionnaireAnswer &existing : m_store->answers(session)) {
            const bool replacedByOne = std::any_of(answers.cbegin(), answers.cend(), [&](const auto &a) {
                return sameSet(a, existing) && a.id != existing.id;
            });
            if (replacedByOne)
                replaced.append(existing);
        }
    }
    return replaced;
}

bool Journal::replaceAnswers(const QList<QuestionnaireAnswer> &remove, QList<QuestionnaireAnswer> &save)
{
    QList<QuestionnaireAnswer> saved = save;
    const bool ok = m_store->inTransaction([&] {
        for (const QuestionnaireAnswer &a : remove) {
            if (!m_store->removeAnswer(a.id))
                return false;
        }
        for (QuestionnaireAnswer &a : saved) {
            if (!m_store->save(a))
                return false;
        }
        return true;
    });
    if (!finish(ok))
        return false;
    save = saved; // ids only once all are on disk
    for (qint64 id : sessionsOf(remove, save))
        Q_EMIT answersChanged(id);
    return true;
}

bool Journal::removeAnswer(const QuestionnaireAnswer &answer)
{
    if (!finish(m_store->removeAnswer(answer.id)))
        return false;
    Q_EMIT answersChanged(answer.sessionId);
    return true;
}

bool Journal::removeAnswers(const QList<QuestionnaireAnswer> &answers)
{
    QList<QuestionnaireAnswer> none;
    return replaceAnswers(answers, none);
}

} // namespace unfold
