// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold::ui {

// Starts the window on `journal` (empty: the last journal, or a demo journal on first start).
int runGui(int argc, char **argv, const QString &journal);

} // namespace unfold::ui
