// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: the window, and subcommands for headless work.
#include "CommandLine.h"
#include "GuiMain.h"

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Whatever the user's umask, nothing Unfold or Qt creates (settings, lock files, exports,
    // reports) is readable by other accounts. Unfold's own writes also set 0600/0700 explicitly;
    // this covers the files Qt and SQLite create on their own.
    ::umask(S_IRWXG | S_IRWXO);
    int exitCode = 0;
    const auto request = unfold::cli::handleCommandLine(argc, argv, &exitCode);
    if (!request)
        return exitCode;
    if (!request->refusal.isEmpty())
        return unfold::showRefusal(argc, argv, request->refusal, exitCode);
    return unfold::runGui(argc, argv, request->journal);
}
