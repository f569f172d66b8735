// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace unfold {

// The few colours the onion needs. Person colours stay Okabe–Ito in the light and dark themes so
// that A is orange and B blue everywhere; only the surroundings change. The high-contrast theme
// keeps the roles (A the warm colour, hatched /, B the cool one, hatched \) in yellow and cyan,
// and edges every cell. Exports always use light().
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
    // Each cell's edge, drawn on both sides of the background-coloured line parting the cells,
    // so cells show on black and on their fill alike. Invalid: the background line alone.
    QColor outline;
    // Widens every line (grid, outlines, focus) by this factor.
    double lineScale = 1.0;
    // Each count on a plate of its cell's fill, cutting the hatching: needed where the hatching
    // is as dark as the digits.
    bool countPlates = false;

    static OnionTheme light();
    static OnionTheme dark();
    // On black: yellow and cyan, black hatching, white edges and text, wider lines.
    static OnionTheme highContrast();
    // highContrast() for a high-contrast palette (Contrast::isHighContrast), else light() or
    // dark(), whichever matches the palette's window colour.
    static OnionTheme forPalette(const QPalette &palette);

    bool operator==(const OnionTheme &) const = default;
};

} // namespace unfold
