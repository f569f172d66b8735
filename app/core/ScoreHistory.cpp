// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreHistory.h"

#include "InstrumentLibrary.h"
#include "Journal.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace unfold {

std::optional<bool> ScoreChange::isReliable(const std::optional<double> &rci)
{
    if (!rci)
        return std::nullopt;
    return std::abs(*rci) > InstrumentScorer::reliableChangeThreshold;
}

QList<ScoreChange> ScoreHistory::compute(const QList<QuestionnaireAnswer> &answers,
                                         const QHash<qint64, QDateTime> &starts,
                                         const InstrumentLibrary &library)
{
    // Where each person stood on each instrument's subscale: the first and the latest score.
    struct Standing
    {
        qint64 baselineSession = 0;
        double baselineScore = 0;
        qint64 previousSession = 0;
        double previousScore = 0;
        double previous0to100 = 0;
    };
    QHash<QString, Standing> standings;
    QHash<QString, std::optional<Instrument>> instruments; // looked up once per id and version
    QList<ScoreChange> result;
    for (const QuestionnaireAnswer &answer : answers) {
        const QString instrumentKey =
            answer.instrumentId + QLatin1Char('@') + QString::number(answer.instrumentVersion);
        if (!instruments.contains(instrumentKey))
            instruments.insert(instrumentKey, library.find(answer.instrumentId, answer.instrumentVersion));
        const std::optional<Instrument> &instrument = instruments[instrumentKey];
        for (const SubscaleScore &score : answer.scores) {
            ScoreChange c;
            c.answerId = answer.id;
            c.sessionId = answer.sessionId;
            c.start = starts.value(answer.sessionId);
            c.respondent = answer.respondent;
            c.instrumentId = answer.instrumentId;
            c.instrumentVersion = answer.instrumentVersion;
            c.subscale = score.subscale;
            c.score = score.score;
            c.score0to100 = score.score0to100;
            const Subscale *subscale = instrument ? instrument->subscale(score.subscale) : nullptr;
            c.hasNorms = subscale && subscale->norms;

            const QString key = answer.instrumentId + QLatin1Char('/') + score.subscale +
                                (answer.respondent == Speaker::A ? u'a' : u'b');
            const auto it = standings.constFind(key);
            if (it != standings.constEnd()) {
                c.previousSessionId = it->previousSession;
                c.baselineSessionId = it->baselineSession;
                if (score.score0to100)
                    c.changeFromPrevious = *score.score0to100 - it->previous0to100;
                if (score.score && subscale) {
                    c.rciFromPrevious =
                        InstrumentScorer::reliableChange(*subscale, it->previousScore, *score.score);
                    c.rciFromBaseline =
                        InstrumentScorer::reliableChange(*subscale, it->baselineScore, *score.score);
                }
            } else if (score.score) {
                c.baselineSessionId = answer.sessionId;
            }
            // An answer set without a score on this subscale moves neither baseline nor previous.
            if (score.score && score.score0to100) {
                Standing &s = standings[key];
                if (s.baselineSession == 0) {
                    s.baselineSession = answer.sessionId;
                    s.baselineScore = *score.score;
                }
                s.previousSession = answer.sessionId;
                s.previousScore = *score.score;
                s.previous0to100 = *score.score0to100;
            }
            result.append(c);
        }
    }
    return result;
}

QList<ScoreChange> ScoreHistory::ofRelationship(const Journal &journal, qint64 relationshipId,
                                                const InstrumentLibrary &library, qint64 upToSessionId)
{
    QHash<qint64, QDateTime> starts;
    QSet<qint64> inScope;
    bool past = false;
    for (const SessionSummary &summary : journal.sessionSummaries(relationshipId)) {
        starts.insert(summary.session.id, summary.session.start);
        if (!past)
            inScope.insert(summary.session.id);
        if (summary.session.id == upToSessionId)
            past = true;
    }
    QList<QuestionnaireAnswer> answers = journal.answersOfRelationship(relationshipId);
    answers.removeIf([&](const QuestionnaireAnswer &a) { return !inScope.contains(a.sessionId); });
    return compute(answers, starts, library);
}

QString ScoreHistory::rciText(const std::optional<double> &rci, const QString &none)
{
    if (!rci)
        return none;
    const QString value = QLocale().toString(*rci, 'f', 2);
    if (!*ScoreChange::isReliable(rci))
        return tr("within noise (RCI %1)").arg(value);
    return *rci > 0 ? tr("\u2191 reliable rise (RCI %1)").arg(value)
                    : tr("\u2193 reliable fall (RCI %1)").arg(value);
}

QString ScoreHistory::rciNote()
{
    return tr("Reliable change (Jacobson–Truax, |RCI| > 1.96) is given only for instruments whose file cites "
              "norms: a published standard deviation and reliability. The shipped instruments have their own "
              "wording and no published norms, so for them it stays empty.");
}

} // namespace unfold
