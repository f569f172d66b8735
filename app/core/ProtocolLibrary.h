// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProtocolValidator.h"
#include "ValidatedLibrary.h"

#include <QCoreApplication>

namespace unfold {

// Protocol files, as a ValidatedLibrary reads them.
struct ProtocolFiles
{
    static QString folder() { return QStringLiteral("protocols"); }
    static std::optional<Protocol> load(const QString &path, QList<ProtocolProblem> *problems)
    {
        return ProtocolValidator::load(path, problems);
    }
    static QString shippedIdTaken(const QString &id);
};

// The guided-session protocols Unfold knows: those shipped in its resources (:/protocols) and
// those the user imported, kept as copies in a folder of the app's data.
class ProtocolLibrary final : public ValidatedLibrary<Protocol, ProtocolProblem, ProtocolFiles>
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ProtocolLibrary)

public:
    // `importFolder` empty: <AppDataLocation>/protocols.
    explicit ProtocolLibrary(const QString &importFolder = {}) : ValidatedLibrary(importFolder) {}

    const QList<Protocol> &protocols() const { return m_items; }
};

} // namespace unfold
