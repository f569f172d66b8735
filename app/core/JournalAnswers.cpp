// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire part of Journal (issue #4).
#include "Journal.h"

namespace unfold {

QList<QuestionnaireAnswer> Journal::answers(qint64 sessionId)
{
    return m_store->answers(sessionId);
}

QList<QuestionnaireAnswer> Journal::answersOfRelationship(qint64 relationshipId)
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

} // namespace unfold
