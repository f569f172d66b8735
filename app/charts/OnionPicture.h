// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionGeometry.h"
#include "OnionTheme.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace unfold {

class OnionState;

enum class OnionMode
{
    WhoReached, // each sector split into A's half and B's half, filled as deep as each has gone
    Balance,    // each cell coloured by whose disclosures there outnumber the other's
};

// Everything one onion picture shows. The states are borrowed: they must outlive the painting.
// Who shared more at one cell, in Balance mode.
enum class OnionLean
{
    A,
    Even,
    B
};

// "Even" when neither shares more than twice what the other does at that cell.
inline OnionLean onionLeanOf(int a, int b)
{
    if (a > 2 * b)
        return OnionLean::A;
    if (b > 2 * a)
        return OnionLean::B;
    return OnionLean::Even;
}

struct OnionPicture
{
    const OnionState *state = nullptr;
    // The state a session before: what is new since is outlined, so a change is visible.
    const OnionState *previous = nullptr;
    // When `state` is a window over the latest sessions: everything up to its end. What was
    // reached then and not within the window is drawn faintly, so pulling back shows.
    const OnionState *earlier = nullptr;
    QString title;
    QString subtitle;
    QString personA;
    QString personB;
    QStringList layerNames; // by depth, outermost first
    OnionMode mode = OnionMode::WhoReached;
    OnionTheme theme = OnionTheme::light();
    std::optional<OnionCell> highlighted;
    // The legend keeps its row for the keys (what outlined and faint cells mean) even where this
    // picture has none to show: a view scrubbing through the sessions sets it, so the onion keeps
    // its size and place as the slider passes the first session or a window's first session.
    bool keysRowKept = false;
};

} // namespace unfold
