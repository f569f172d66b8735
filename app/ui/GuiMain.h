// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold {

// Starts the window on `journal` (empty: the last journal, or a demo journal on first start).
int runGui(int argc, char **argv, const QString &journal);

// What Unfold gives Qt's application, once made, before its first window: names, icon, language,
// the desktop's colour scheme and the theme chosen in Settings.
void prepareApplication();

// Shows why the journal Unfold was asked to open cannot be opened, for a start without a terminal
// (from a file manager), and returns `exitCode`. Shows nothing without a display.
int showRefusal(int argc, char **argv, const QString &message, int exitCode);

} // namespace unfold
