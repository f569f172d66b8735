// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"
#include "Subcommand.h"

#include <QStringList>

namespace unfold::cli {

// `--instrument ID|FILE` of the questionnaire subcommands. On failure prints why and sets
// `exitCode`: UsageError for an unknown id, Failure for a file that is not a valid instrument.
std::optional<Instrument> instrumentArgument(const Invocation &invocation, const QString &idOrFile,
                                             int *exitCode);

// Prints problems of a data file, at most a screenful, and returns Failure.
int reportProblems(const Invocation &invocation, const QStringList &problems);

// A score as the CSV files write it: up to four decimals, no trailing zeros, '.' always.
QString formatScore(std::optional<double> value, int decimals = 4);

} // namespace unfold::cli
