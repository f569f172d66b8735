// SPDX-License-Identifier: GPL-3.0-or-later
#include "Trends.h"

#include "Statistics.h"

namespace unfold::Trends {

std::optional<double> slopePer30Days(const Series &series)
{
    QList<double> days;
    QList<double> values;
    for (const SeriesPoint &p : series) {
        if (!p.value || !p.start.isValid())
            continue;
        days.append(double(series.first().start.msecsTo(p.start)) / 86'400'000.0);
        values.append(*p.value);
    }
    const auto fit = Statistics::leastSquares(days, values);
    if (!fit)
        return std::nullopt;
    return fit->slope * 30.0;
}

std::optional<double> pearson(const Series &x, const Series &y)
{
    QList<double> xs;
    QList<double> ys;
    for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
        if (x[i].value && y[i].value) {
            xs.append(*x[i].value);
            ys.append(*y[i].value);
        }
    }
    return Statistics::pearson(xs, ys);
}

std::optional<double> lagOne(const Series &leader, const Series &follower)
{
    const qsizetype n = qMin(leader.size(), follower.size());
    if (n < minimumSessionsForLag)
        return std::nullopt;
    QList<double> previous;
    QList<double> next;
    for (qsizetype t = 1; t < n; ++t) {
        if (leader[t - 1].value && follower[t].value) {
            previous.append(*leader[t - 1].value);
            next.append(*follower[t].value);
        }
    }
    return Statistics::pearson(previous, next);
}

} // namespace unfold::Trends
