// SPDX-License-Identifier: GPL-3.0-or-later
// Guided-session protocols are imported files: any bytes give either a valid protocol or the
// problems found, never both, never neither, and a valid one asks for depths inside the journal.

#include "FuzzInput.h"
#include "ProtocolValidator.h"

#include <QCoreApplication>

using namespace unfold;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<ProtocolProblem> problems;
    const auto protocol =
        ProtocolValidator::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"), &problems);
    fuzz::require(protocol.has_value() == problems.isEmpty());
    if (!protocol)
        return 0;
    fuzz::require(!protocol->id.isEmpty());
    for (const ProtocolRound &round : protocol->rounds)
        for (const int layers : {1, 4, 9}) {
            const int depth = protocolDepth(round.layer, layers);
            fuzz::require(depth >= 1 && depth <= layers);
        }
    return 0;
}
