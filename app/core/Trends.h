// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelationshipSeries.h"

#include <optional>

// Descriptive trends of one relationship's series (DESIGN.md §2.1). They describe; they are
// never norms. Undefined points are left out, and each returns nothing where it cannot say.
namespace unfold::Trends {

// Least-squares slope of the defined values against time, in units per 30 days.
std::optional<double> slopePer30Days(const Series &series);
// Pearson r of two series of the same sessions, over sessions where both are defined.
std::optional<double> pearson(const Series &x, const Series &y);
// Pearson r of `follower` at session t against `leader` at session t − 1, over pairs where
// both are defined; nothing before minimumSessionsForLag sessions.
std::optional<double> lagOne(const Series &leader, const Series &follower);
inline constexpr int minimumSessionsForLag = 5;

} // namespace unfold::Trends
