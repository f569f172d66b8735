// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiMain.h"

#include <QApplication>

namespace unfold::ui {

int runGui(int argc, char **argv, const QString &)
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace unfold::ui
