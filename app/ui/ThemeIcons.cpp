// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeIcons.h"

#include <QAbstractButton>
#include <QAction>
#include <QIcon>
#include <QTimer>

namespace unfold::ThemeIcons {

void give(QAction *action, const QString &name)
{
    QTimer::singleShot(0, action, [action, name] { action->setIcon(QIcon::fromTheme(name)); });
}

void give(QAbstractButton *button, const QString &name)
{
    QTimer::singleShot(0, button, [button, name] { button->setIcon(QIcon::fromTheme(name)); });
}

} // namespace unfold::ThemeIcons
