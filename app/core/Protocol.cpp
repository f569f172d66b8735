// SPDX-License-Identifier: GPL-3.0-or-later
#include "Protocol.h"

namespace unfold {

QStringList protocolTopicKeys()
{
    // In the order of defaultTopicNames(): the file names a topic by meaning, not by position.
    return {QStringLiteral("interests"), QStringLiteral("work"),   QStringLiteral("background"),
            QStringLiteral("opinions"),  QStringLiteral("family"), QStringLiteral("money"),
            QStringLiteral("body"),      QStringLiteral("love"),   QStringLiteral("feelings"),
            QStringLiteral("values")};
}

int protocolDepth(ProtocolLayer layer, int layerCount)
{
    switch (layer) {
    case ProtocolLayer::Peripheral:
        return 1;
    case ProtocolLayer::Intermediate:
        return (layerCount + 1) / 2;
    case ProtocolLayer::Core:
        break;
    }
    return layerCount;
}

} // namespace unfold
