// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace unfold {

// The few colours the onion needs. Person colours stay Okabe–Ito in both themes so that A is
// orange and B blue everywhere; only the surroundings change. Exports always use light().
struct OnionTheme
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor emptyCell;
    QColor personA;
    QColor personB;
    QColor even;     // balance mode: both shared about as much
    QColor hatchOnA; // hatching drawn over A's colour
    QColor hatchOnB; // hatching drawn over B's colour
    QColor textOnA;
    QColor textOnB;
    QColor focus;

    static OnionTheme light();
    static OnionTheme dark();
    // light() or dark(), whichever matches the palette's window colour.
    static OnionTheme forPalette(const QPalette &palette);
};

} // namespace unfold
