// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentValidator.h"
#include "ValidatedLibrary.h"

#include <QCoreApplication>

namespace unfold {

// Instrument files, as a ValidatedLibrary reads them.
struct InstrumentFiles
{
    static QString folder() { return QStringLiteral("instruments"); }
    static std::optional<Instrument> load(const QString &path, QList<InstrumentProblem> *problems)
    {
        return InstrumentValidator::load(path, problems);
    }
    static QString shippedIdTaken(const QString &id);
};

// The instruments Unfold knows: those shipped in its resources (:/instruments) and those the
// user imported, kept as copies in a folder of the app's data so they survive the original.
class InstrumentLibrary final : public ValidatedLibrary<Instrument, InstrumentProblem, InstrumentFiles>
{
    Q_DECLARE_TR_FUNCTIONS(unfold::InstrumentLibrary)

public:
    // `importFolder` empty: <AppDataLocation>/instruments.
    explicit InstrumentLibrary(const QString &importFolder = {}) : ValidatedLibrary(importFolder) {}

    const QList<Instrument> &instruments() const { return m_items; }

    // An id or a file, as the command line takes it: an existing file is read, otherwise the
    // library is searched for the id.
    std::optional<Instrument> resolve(const QString &idOrFile, QList<InstrumentProblem> *problems) const;
};

} // namespace unfold
