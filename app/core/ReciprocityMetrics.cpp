// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReciprocityMetrics.h"

#include "Statistics.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace unfold {

ReciprocityMetrics ReciprocityMetrics::compute(QList<Disclosure> disclosures, int layerCount)
{
    std::stable_sort(disclosures.begin(), disclosures.end(),
                     [](const Disclosure &a, const Disclosure &b) { return a.position < b.position; });
    const double span = std::max(1, layerCount - 1);
    ReciprocityMetrics m;
    QList<double> depthsA;
    QList<double> depthsB;
    QSet<qint64> topicsA;
    QSet<qint64> topicsB;
    for (const Disclosure &d : disclosures) {
        if (d.speaker == Speaker::A) {
            depthsA.append(d.depth);
            topicsA.insert(d.topicId);
        } else {
            depthsB.append(d.depth);
            topicsB.insert(d.topicId);
        }
    }
    m.nA = int(depthsA.size());
    m.nB = int(depthsB.size());
    m.topicsA = int(topicsA.size());
    m.topicsB = int(topicsB.size());
    m.depthA = Statistics::mean(depthsA);
    m.depthB = Statistics::mean(depthsB);
    if (m.depthA && m.depthB)
        m.depthBalance = 1.0 - std::abs(*m.depthA - *m.depthB) / span;
    else if (m.depthA || m.depthB)
        m.depthBalance = 0.0; // only one person shared: as unbalanced as depth can be
    if (m.nA + m.nB > 0)
        m.volumeBalance = 1.0 - double(std::abs(m.nA - m.nB)) / double(m.nA + m.nB);
    const QSet<qint64> both = topicsA | topicsB;
    if (!both.isEmpty())
        m.topicOverlap = double((topicsA & topicsB).size()) / double(both.size());
    QList<double> matches;
    for (qsizetype i = 1; i < disclosures.size(); ++i) {
        if (disclosures[i].speaker != disclosures[i - 1].speaker)
            matches.append(1.0 - std::abs(disclosures[i].depth - disclosures[i - 1].depth) / span);
    }
    m.turnMatch = Statistics::mean(matches);
    QList<double> components;
    for (const auto &c : {m.depthBalance, m.volumeBalance, m.topicOverlap, m.turnMatch}) {
        if (c)
            components.append(*c);
    }
    if (const auto mean = Statistics::mean(components))
        m.reciprocityIndex = 100.0 * *mean;
    return m;
}

} // namespace unfold
