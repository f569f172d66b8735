// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentScorer.h"

#include "Statistics.h"

#include <cmath>

namespace unfold::InstrumentScorer {

bool inRange(const Instrument &instrument, const InstrumentItem &item, int value)
{
    return value >= instrument.itemMin(item) && value <= instrument.itemMax(item);
}

int keyed(const Instrument &instrument, const InstrumentItem &item, int value)
{
    return item.reverse ? instrument.itemMin(item) + instrument.itemMax(item) - value : value;
}

// Whole-number arithmetic, so 4 of 5 items is exactly enough and no rounding decides.
bool enoughAnswered(int answered, int items)
{
    return items > 0 && answered * 5 >= items * 4;
}

QList<SubscaleScore> score(const Instrument &instrument, const AnswerSet &answers)
{
    QList<SubscaleScore> result;
    for (const Subscale &subscale : instrument.subscales) {
        const auto members = instrument.itemsOf(subscale.id);
        SubscaleScore s;
        s.subscale = subscale.id;
        s.items = int(members.size());
        QList<double> keyedValues;
        for (const InstrumentItem *item : members) {
            const auto it = answers.constFind(item->id);
            if (it != answers.constEnd() && inRange(instrument, *item, *it))
                keyedValues.append(keyed(instrument, *item, *it));
        }
        s.answered = int(keyedValues.size());
        if (enoughAnswered(s.answered, s.items)) {
            const double m = *Statistics::mean(keyedValues);
            const int min = instrument.itemMin(*members.first());
            const int max = instrument.itemMax(*members.first());
            s.mean = m;
            s.score = subscale.rule == ScoringRule::Sum ? m * s.items : m;
            s.score0to100 = (m - min) / double(max - min) * 100.0;
        }
        result.append(s);
    }
    return result;
}

QStringList itemsBlockingScores(const Instrument &instrument, const AnswerSet &answers)
{
    QStringList blocking;
    const QList<SubscaleScore> scores = score(instrument, answers);
    for (const SubscaleScore &s : scores) {
        if (s.score)
            continue;
        for (const InstrumentItem *item : instrument.itemsOf(s.subscale)) {
            if (!answers.contains(item->id))
                blocking.append(item->id);
        }
    }
    return blocking;
}

QList<SubscaleReliability> reliability(const Instrument &instrument, const QList<AnswerSet> &administrations)
{
    QList<SubscaleReliability> result;
    for (const Subscale &subscale : instrument.subscales) {
        const auto members = instrument.itemsOf(subscale.id);
        QList<QList<double>> cases;
        for (const AnswerSet &answers : administrations) {
            QList<double> row;
            for (const InstrumentItem *item : members) {
                const auto it = answers.constFind(item->id);
                if (it == answers.constEnd() || !inRange(instrument, *item, *it))
                    break;
                row.append(keyed(instrument, *item, *it));
            }
            if (row.size() == members.size())
                cases.append(row);
        }
        result.append(
            {subscale.id, int(members.size()), int(cases.size()), Statistics::cronbachAlpha(cases)});
    }
    return result;
}

std::optional<double> reliableChange(const Subscale &subscale, double before, double after)
{
    if (!subscale.norms)
        return std::nullopt;
    const double standardError = subscale.norms->sd * std::sqrt(1.0 - subscale.norms->reliability);
    const double differenceError = std::sqrt(2.0) * standardError;
    if (differenceError <= 0)
        return std::nullopt;
    return (after - before) / differenceError;
}

} // namespace unfold::InstrumentScorer
