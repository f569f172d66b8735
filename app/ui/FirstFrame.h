// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace unfold::FirstFrame {

// Runs `work` from the event loop once the window of `widget` has shown its first frame: work
// that can wait (a notice about the journal's default names, say) then does not hold that frame
// back. A zero-time timer alone ran before it: the window system's first exposure comes later.
// The work goes with `widget` if it is destroyed first.
void after(QWidget *widget, std::function<void()> work);

} // namespace unfold::FirstFrame
