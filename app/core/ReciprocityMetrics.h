// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"

#include <QList>

#include <optional>

namespace unfold {

// The logged reciprocity of one session, exactly as DESIGN.md §2.1 defines it. A measure that
// the session cannot support stays undefined (nullopt): it is "no data", never 0.
struct ReciprocityMetrics
{
    int nA = 0;
    int nB = 0;
    std::optional<double> depthA; // mean depth of A's disclosures
    std::optional<double> depthB;
    int topicsA = 0; // distinct topics A's disclosures touched
    int topicsB = 0;
    std::optional<double> depthBalance;     // 1 − |depthA − depthB| / (L − 1); 0 when one person spoke
    std::optional<double> volumeBalance;    // 1 − |nA − nB| / (nA + nB)
    std::optional<double> topicOverlap;     // Jaccard index of the two people's topics
    std::optional<double> turnMatch;        // mean depth match over adjacent turns by different people
    std::optional<double> reciprocityIndex; // 100 × mean of the defined components

    // `disclosures` of one session in any order (they are taken by position); `layerCount` ≥ 2.
    static ReciprocityMetrics compute(QList<Disclosure> disclosures, int layerCount);
};

} // namespace unfold
