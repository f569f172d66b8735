// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Layer.h"
#include "Topic.h"

#include <QList>

namespace unfold::DefaultNames {

// A journal keeps the default topics' and layers' names in the language it was made in. These
// are the ones nobody renamed (their name is a default's in one of the languages Unfold ships,
// though not in the language in use), each with the name that default has in the language in use;
// a layer's description goes with its name when it too was left as it was. Names the user chose,
// and defaults already in the language in use, are not among them.
struct Renaming
{
    QList<Topic> topics;
    QList<Layer> layers;
    bool isEmpty() const { return topics.isEmpty() && layers.isEmpty(); }
};
Renaming intoLanguageInUse(const QList<Topic> &topics, const QList<Layer> &layers);

} // namespace unfold::DefaultNames
