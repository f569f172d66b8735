// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace unfold::FirstFrame {

// Runs `work` from the event loop once the window of `widget` has shown its first frame: work
// that can wait (a notice about the journal's default names, say) then does not hold that frame
// back. A zero-time timer alone ran before it: the window system's first exposure comes later.
// The work goes with `widget` if it is destroyed first.
void after(QWidget *widget, std::function<void()> work);

// The same for work that belongs to no one window (the desktop's icons for menus and buttons):
// it runs once any window of the application has shown its first frame, from the event loop at
// once if one has. The work goes with `context` if it is destroyed first.
void afterAny(QObject *context, std::function<void()> work);

} // namespace unfold::FirstFrame
