// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include <cmath>

namespace unfold::Statistics {

std::optional<double> mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

std::optional<double> sampleVariance(const QList<double> &values)
{
    if (values.size() < 2)
        return std::nullopt;
    const double m = *mean(values);
    double squares = 0;
    for (double v : values)
        squares += (v - m) * (v - m);
    return squares / double(values.size() - 1);
}

std::optional<double> sampleSd(const QList<double> &values)
{
    const auto variance = sampleVariance(values);
    if (!variance)
        return std::nullopt;
    return std::sqrt(*variance);
}

namespace {
// Sums of squares and cross-products about the means.
struct Moments
{
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    double meanX = 0;
    double meanY = 0;
};

std::optional<Moments> moments(const QList<double> &x, const QList<double> &y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    Moments m;
    m.meanX = *mean(x);
    m.meanY = *mean(y);
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double dx = x.at(i) - m.meanX;
        const double dy = y.at(i) - m.meanY;
        m.sxx += dx * dx;
        m.syy += dy * dy;
        m.sxy += dx * dy;
    }
    return m;
}
} // namespace

std::optional<double> pearson(const QList<double> &x, const QList<double> &y)
{
    const auto m = moments(x, y);
    if (!m || m->sxx <= 0 || m->syy <= 0)
        return std::nullopt;
    return m->sxy / std::sqrt(m->sxx * m->syy);
}

std::optional<LinearFit> leastSquares(const QList<double> &x, const QList<double> &y)
{
    const auto m = moments(x, y);
    if (!m || m->sxx <= 0)
        return std::nullopt;
    const double slope = m->sxy / m->sxx;
    return LinearFit{slope, m->meanY - slope * m->meanX};
}

std::optional<double> cronbachAlpha(const QList<QList<double>> &cases)
{
    if (cases.size() < 2)
        return std::nullopt;
    const qsizetype k = cases.first().size();
    if (k < 2)
        return std::nullopt;
    QList<double> totals;
    QList<QList<double>> columns(k);
    for (const QList<double> &row : cases) {
        if (row.size() != k)
            return std::nullopt;
        double total = 0;
        for (qsizetype i = 0; i < k; ++i) {
            columns[i].append(row.at(i));
            total += row.at(i);
        }
        totals.append(total);
    }
    const double totalVariance = *sampleVariance(totals);
    if (totalVariance <= 0)
        return std::nullopt;
    double itemVariances = 0;
    for (const QList<double> &column : columns)
        itemVariances += *sampleVariance(column);
    return double(k) / double(k - 1) * (1.0 - itemVariances / totalVariance);
}

QList<std::optional<double>> rollingMean(const QList<std::optional<double>> &values, int window)
{
    if (window < 2)
        return values;
    QList<std::optional<double>> result;
    result.reserve(values.size());
    // A running sum and count over the window, so a long series costs O(n), not O(n × window).
    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i)) {
            sum += *values.at(i);
            ++count;
        }
        if (i >= window && values.at(i - window)) {
            sum -= *values.at(i - window);
            --count;
        }
        result.append(count > 0 ? std::optional<double>(sum / count) : std::nullopt);
    }
    return result;
}

} // namespace unfold::Statistics
