// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

// Small descriptive statistics shared by questionnaire scoring and trends. Each returns
// nothing where the statistic is undefined (too few values, no variance), never a made-up 0.
namespace unfold::Statistics {

std::optional<double> mean(const QList<double> &values);
// Sample variance and standard deviation (n - 1 in the denominator).
std::optional<double> sampleVariance(const QList<double> &values);
std::optional<double> sampleSd(const QList<double> &values);
// Pearson's r of paired values; nothing when the lists differ in length, n < 2 or either is constant.
std::optional<double> pearson(const QList<double> &x, const QList<double> &y);

struct LinearFit
{
    double slope = 0;
    double intercept = 0;
};
// Least squares y = intercept + slope * x; nothing when n < 2 or x is constant.
std::optional<LinearFit> leastSquares(const QList<double> &x, const QList<double> &y);

// Cronbach's alpha of `cases` (one row per case, one column per item, complete cases only):
// k/(k-1) * (1 - sum of item variances / variance of the totals), sample variances.
// Nothing when k < 2, fewer than 2 cases, rows of different length or constant totals.
std::optional<double> cronbachAlpha(const QList<QList<double>> &cases);

// The trailing rolling mean: at each place, the mean of the values defined among the last
// `window` places up to it (itself included); nothing where none of them is defined. A window
// below 2 gives the values back as they are.
QList<std::optional<double>> rollingMean(const QList<std::optional<double>> &values, int window);

} // namespace unfold::Statistics
