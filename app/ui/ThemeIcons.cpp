// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeIcons.h"

#include "FirstFrame.h"

#include <QAbstractButton>
#include <QAction>
#include <QIcon>

namespace unfold::ThemeIcons {

void give(QAction *action, const QString &name)
{
    FirstFrame::afterAny(action, [action, name] { action->setIcon(QIcon::fromTheme(name)); });
}

void give(QAbstractButton *button, const QString &name)
{
    FirstFrame::afterAny(button, [button, name] { button->setIcon(QIcon::fromTheme(name)); });
}

} // namespace unfold::ThemeIcons
