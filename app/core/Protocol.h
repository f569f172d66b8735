// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"

#include <QList>
#include <QString>

namespace unfold {

// The part of the onion a round works in. Journals have 3 to 5 layers, so a protocol names
// the ring by its role and the journal maps it to a depth.
enum class ProtocolLayer
{
    Peripheral,
    Intermediate,
    Core
};

// One question both partners answer, about one of the default topics.
struct ProtocolPrompt
{
    QString id;
    int topicIndex = 0; // 0-based, in the order of defaultTopicNames()
    LocalizedText text;
};

// A timed round of a guided session; every prompt of it is answered by both partners.
struct ProtocolRound
{
    QString id;
    LocalizedText title;
    ProtocolLayer layer = ProtocolLayer::Peripheral;
    int minutes = 10;
    QList<ProtocolPrompt> prompts;
};

// A guided session as data: read from a JSON file (see resources/protocols/), never code.
struct Protocol
{
    QString id;
    int version = 1;
    LocalizedText title;
    LocalizedText instructions;
    QString checkinInstrument; // answered by each partner afterwards; empty: none
    QList<ProtocolRound> rounds;
    QString sourceFile;
};

// "interests", "work", ... "values": the keys a protocol file names the default topics by.
QStringList protocolTopicKeys();
// The depth of `layer` in a journal of `layerCount` layers.
int protocolDepth(ProtocolLayer layer, int layerCount);

} // namespace unfold
