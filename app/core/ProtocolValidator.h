// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentValidator.h"
#include "Protocol.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace unfold {

// A protocol file's problems are told like an instrument's: file, field, what is wrong.
using ProtocolProblem = InstrumentProblem;

// Checks a protocol file completely before anything of it is used: an invalid protocol is
// refused whole, with every problem found.
class ProtocolValidator final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ProtocolValidator)

public:
    static std::optional<Protocol> parse(const QByteArray &json, const QString &fileName,
                                         QList<ProtocolProblem> *problems);
    static std::optional<Protocol> load(const QString &path, QList<ProtocolProblem> *problems);
};

} // namespace unfold
