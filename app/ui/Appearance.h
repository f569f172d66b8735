// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Preferences.h"

#include <QPalette>

namespace unfold::Appearance {

// Gives the running application the theme chosen in Settings: the platform's own style and
// palette for System, otherwise Fusion (with solid focus frames, FocusFrameStyle) and
// lightPalette() or darkPalette(); for HighContrast, Fusion with outlined controls and wide
// focus frames (HighContrastStyle), highContrastPalette() and a focus ring around the focused
// widget (FocusRing). Every widget, the onion and the charts included, follows through its
// palette; no restart is needed.
void apply(Preferences::Theme theme);

// Unfold's own palettes. Their highlight stays clearly apart from windows and fields, because
// Fusion draws keyboard focus frames from it: focus must show in the dark as well.
QPalette lightPalette();
QPalette darkPalette();
// Pure white text on pure black (21:1), yellow selection and focus, cyan links; disabled text
// grey, still above 7:1 yet plainly not white.
QPalette highContrastPalette();

} // namespace unfold::Appearance
