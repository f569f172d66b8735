// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace unfold::cli {

// The command line's messages share one translation context, whichever command prints them.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::cli", text);
}

// Exit codes shared by every subcommand.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// What a subcommand gets: its own arguments (argv[0] and the subcommand word removed
// by the dispatcher, then put back as "unfold <name>" for QCommandLineParser) and streams.
struct Invocation
{
    QStringList arguments; // "unfold <name>" followed by the subcommand's options
    QTextStream &out;
    QTextStream &err;
};

// A headless command of the `unfold` binary (`unfold demo`, `unfold check`, ...).
struct Subcommand
{
    const char *name;
    const char *summary; // translated in context "unfold::cli" at run time
    bool needsGui;       // draws pictures: runs under QGuiApplication on the offscreen platform
    int (*run)(const Invocation &invocation);
};

// Every subcommand, in the order `unfold --help` lists them. Defined in Subcommands.cpp.
const QList<Subcommand> &subcommands();

} // namespace unfold::cli
