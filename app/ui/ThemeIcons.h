// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractButton;
class QAction;

namespace unfold::ThemeIcons {

// The desktop's icon for `name`, given to an action or a button once the window has shown its
// first frame (FirstFrame::afterAny). The first lookup of a theme icon reads the desktop's whole
// icon theme, a fifth of the window's making at start; the icons show in menus and beside words,
// so they can come a moment later. (Given at the first turn of the event loop, as they were,
// they came before that frame: the window system's first exposure comes later.)
void give(QAction *action, const QString &name);
void give(QAbstractButton *button, const QString &name);

} // namespace unfold::ThemeIcons
