// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: the window, and subcommands for headless work.
#include "CommandLine.h"
#include "GuiMain.h"

int main(int argc, char *argv[])
{
    int exitCode = 0;
    const auto request = unfold::cli::handleCommandLine(argc, argv, &exitCode);
    if (!request)
        return exitCode;
    return unfold::ui::runGui(argc, argv, request->journal);
}
