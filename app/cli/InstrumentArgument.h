// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerTable.h"
#include "Instrument.h"
#include "Subcommand.h"

#include <QStringList>

namespace unfold::cli {

// `--instrument ID|FILE` of the questionnaire subcommands. On failure prints why and sets
// `exitCode`: UsageError for an unknown id, Failure for a file that is not a valid instrument.
std::optional<Instrument> instrumentArgument(const Invocation &invocation, const QString &idOrFile,
                                             int *exitCode);

// --instrument ID|FILE with --in FILE: the instrument and the administrations of the answers CSV,
// its warnings printed. Nothing, with the exit code to return, after complaining.
struct AnswersRead
{
    std::optional<Instrument> instrument;
    QList<Administration> rows;
    int exitCode = Success;
    explicit operator bool() const { return instrument.has_value(); }
};
AnswersRead readAnswers(const Invocation &invocation, const QString &instrumentIdOrFile,
                        const QString &answersFile);

// Prints problems of a data file, at most a screenful, and returns Failure.
int reportProblems(const Invocation &invocation, const QStringList &problems);

// A score as the CSV files write it: up to four decimals, no trailing zeros, '.' always.
QString formatScore(std::optional<double> value, int decimals = 4);

} // namespace unfold::cli
