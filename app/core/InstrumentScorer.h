// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"

#include <QHash>

namespace unfold {

// One person's raw answers to an instrument: item id -> the value chosen. An item left
// out is missing.
using AnswerSet = QHash<QString, int>;

// A subscale's score from one administration. Scores are missing (nullopt) when fewer than
// 80 % of the subscale's items were answered.
struct SubscaleScore
{
    QString subscale;
    int items = 0;
    int answered = 0;
    std::optional<double> mean;        // of the keyed answered items
    std::optional<double> score;       // the mean, or the prorated sum for a "sum" rule
    std::optional<double> score0to100; // (mean - min) / (max - min) * 100

    friend bool operator==(const SubscaleScore &, const SubscaleScore &) = default;
};

// A subscale's internal consistency across administrations.
struct SubscaleReliability
{
    QString subscale;
    int items = 0;
    int cases = 0; // administrations with every item of the subscale answered
    std::optional<double> alpha;
};

// Scores instruments exactly as DESIGN.md §3 says. Answers must be in range (see inRange).
namespace InstrumentScorer {

bool inRange(const Instrument &instrument, const InstrumentItem &item, int value);
// r' = min + max - r for a reverse-keyed item, r otherwise.
int keyed(const Instrument &instrument, const InstrumentItem &item, int value);
// True when `answered` of `items` meet the 80 % rule.
bool enoughAnswered(int answered, int items);

QList<SubscaleScore> score(const Instrument &instrument, const AnswerSet &answers);
// Items of the subscales that would be missing because too few of their items were answered.
QStringList itemsBlockingScores(const Instrument &instrument, const AnswerSet &answers);

QList<SubscaleReliability> reliability(const Instrument &instrument, const QList<AnswerSet> &administrations);

// Jacobson-Truax reliable change index from `before` to `after` on a subscale's score metric;
// nothing unless the instrument gives the subscale's norms. |RCI| > 1.96 is a reliable change.
std::optional<double> reliableChange(const Subscale &subscale, double before, double after);
inline constexpr double reliableChangeThreshold = 1.96;

} // namespace InstrumentScorer
} // namespace unfold
