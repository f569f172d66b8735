// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DesktopColorScheme.h"
#include "Preferences.h"

#include <QPalette>

namespace unfold::Appearance {

// Gives the running application the theme chosen in Settings: the platform's own style and
// palette for System (or Unfold's dark or light one when the desktop prefers what the platform
// does not draw, systemLook()), otherwise Fusion (with solid focus frames, FocusFrameStyle) and
// lightPalette() or darkPalette(); for HighContrast, Fusion with outlined controls and wide
// focus frames (HighContrastStyle), highContrastPalette() and a focus ring around the focused
// widget (FocusRing). Every widget, the onion and the charts included, follows through its
// palette; no restart is needed.
void apply(Preferences::Theme theme);

// System follows the desktop's colour scheme (DesktopColorScheme) from now on, also as it
// changes while Unfold runs. `desktop` stays the caller's (the application's, at start).
void followDesktop(DesktopColorScheme *desktop);

// What System looks like when the desktop prefers `desktop`: the platform's own look unless it
// disagrees (a dark preference on a platform that draws light, say, as Qt does on a desktop
// without a Qt platform theme), and then Unfold's Dark or Light.
Preferences::Theme systemLook(DesktopColorScheme::Scheme desktop, bool platformIsDark);

// Unfold's own palettes. Their highlight stays clearly apart from windows and fields, because
// Fusion draws keyboard focus frames from it: focus must show in the dark as well.
QPalette lightPalette();
QPalette darkPalette();
// Pure white text on pure black (21:1), yellow selection and focus, cyan links; disabled text
// grey, still above 7:1 yet plainly not white.
QPalette highContrastPalette();

} // namespace unfold::Appearance
