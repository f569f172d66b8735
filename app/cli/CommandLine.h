// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace unfold::cli {

// What the command line asks for when it is not a subcommand.
struct GuiRequest
{
    QString journal; // empty: the default journal
    // `unfold FILE` named no journal, and no terminal shows the message printed for it (a file
    // manager started Unfold): the window is to say it instead, and the exit code is Failure.
    QString refusal;
};

// Reads the command line. Runs a subcommand (`unfold demo ...`) or answers --help/--version
// or a wrong argument, and then returns the exit code in `exitCode`; otherwise returns what
// the GUI should open. Needs no display.
std::optional<GuiRequest> handleCommandLine(int argc, char **argv, int *exitCode);

} // namespace unfold::cli
