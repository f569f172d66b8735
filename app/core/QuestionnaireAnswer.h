// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "InstrumentScorer.h"

#include <QDateTime>

namespace unfold {

// One administration of a questionnaire: what one person of a session's relationship answered,
// with the instrument id and version it was given with, and the scores it earned then.
struct QuestionnaireAnswer
{
    qint64 id = 0;
    qint64 sessionId = 0;
    Speaker respondent = Speaker::A;
    QString instrumentId;
    int instrumentVersion = 1;
    QDateTime answeredAt;
    AnswerSet answers;
    QList<SubscaleScore> scores;

    friend bool operator==(const QuestionnaireAnswer &, const QuestionnaireAnswer &) = default;
};

} // namespace unfold
