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
struct OnionPicture
{
    const OnionState *state = nullptr;
    // Drawn faintly beneath, and what is new since is outlined, so a change is visible.
    const OnionState *previous = nullptr;
    QString title;
    QString subtitle;
    QString personA;
    QString personB;
    QStringList layerNames; // by depth, outermost first
    OnionMode mode = OnionMode::WhoReached;
    OnionTheme theme = OnionTheme::light();
    std::optional<OnionCell> highlighted;
};

} // namespace unfold
