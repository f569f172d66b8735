// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace unfold {

class MainWindow;

// Another language chosen while Unfold runs. Qt's widgets keep the words they were made with, so
// rather than every widget re-reading its words, the window is made again in the new language:
// same journal (not closed, so an encrypted one is not asked for again), same relationship,
// session and tab, same place on the screen. What the old window could undo is not carried over.
namespace WindowLanguage {

// Makes `window` change its language whenever Settings chooses another one. `window` is where the
// caller keeps its window; after a change it holds the new one.
void follow(std::unique_ptr<MainWindow> &window);

// Installs the configured language and puts a new window in `window`'s place at once.
void remake(std::unique_ptr<MainWindow> &window);

} // namespace WindowLanguage
} // namespace unfold
