// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace unfold {

// A ring of the onion (depth). Depth 1 is the outermost, peripheral layer; the highest is the core.
struct Layer
{
    int depth = 1;
    QString name;
    QString description;

    friend bool operator==(const Layer &, const Layer &) = default;
};

inline constexpr int minimumLayerCount = 3;
inline constexpr int maximumLayerCount = 5;

// Peripheral, Intermediate and Core, in the user's language.
QList<Layer> defaultLayers(const QTranslator *language = nullptr); // as defaultTopicNames()

} // namespace unfold
