// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire part of Journal.
#include "Journal.h"

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
    QList<QuestionnaireAnswer> saved = answers;
    const bool ok = m_store->inTransaction([&] {
        for (QuestionnaireAnswer &a : saved) {
            if (!m_store->save(a))
                return false;
        }
        return true;
    });
    if (!finish(ok))
        return false;
    answers = saved; // ids only once all are on disk
    QList<qint64> sessions;
    for (const QuestionnaireAnswer &a : answers) {
        if (!sessions.contains(a.sessionId))
            sessions.append(a.sessionId);
    }
    for (qint64 id : sessions)
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
    const bool ok = m_store->inTransaction([&] {
        for (const QuestionnaireAnswer &a : answers) {
            if (!m_store->removeAnswer(a.id))
                return false;
        }
        return true;
    });
    if (!finish(ok))
        return false;
    QList<qint64> sessions;
    for (const QuestionnaireAnswer &a : answers) {
        if (!sessions.contains(a.sessionId))
            sessions.append(a.sessionId);
    }
    for (qint64 id : sessions)
        Q_EMIT answersChanged(id);
    return true;
}

} // namespace unfold
