// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <QCommandLineParser>

namespace unfold::cli {

// Parses a subcommand's options. Prints help and returns Success for --help, prints the
// parser's message and returns UsageError for a wrong argument, and returns -1 to go on.
int parseOrExit(QCommandLineParser &parser, const Invocation &invocation, const QString &description);

// Prints "unfold <name>: <message>" to standard error and returns `code`.
int complain(const Invocation &invocation, const QString &message, int code);

} // namespace unfold::cli
