// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <QCommandLineParser>

#include <initializer_list>

namespace unfold::cli {

// Parses a subcommand's options. Prints help and returns Success for --help, prints the
// parser's message and returns UsageError for a wrong argument, and returns -1 to go on.
// A command that takes arguments after its options (`unfold log`'s entries) says so with `Allowed`.
enum class Positional
{
    None,
    Allowed
};
int parseOrExit(QCommandLineParser &parser, const Invocation &invocation, const QString &description,
                Positional positional = Positional::None);

// The first of `required` that was not given: "--out FILE is required" and UsageError; -1 when
// all were given.
int requireOptions(const QCommandLineParser &parser, const Invocation &invocation,
                   std::initializer_list<const QCommandLineOption *> required);

// The value of a --format option, lower-cased, when it is `first` or `second`; empty after
// complaining that it is neither (the command then exits with UsageError).
QString chosenFormat(const Invocation &invocation, const QCommandLineParser &parser,
                     const QCommandLineOption &option, const QString &first, const QString &second);

// Prints "unfold <name>: <message>" to standard error and returns `code`.
int complain(const Invocation &invocation, const QString &message, int code);

} // namespace unfold::cli
