// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentValidator.h"

#include <QCoreApplication>

namespace unfold {

// The instruments Unfold knows: those shipped in its resources (:/instruments) and those the
// user imported, kept as copies in a folder of the app's data so they survive the original.
class InstrumentLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::InstrumentLibrary)

public:
    // `importFolder` empty: <AppDataLocation>/instruments.
    explicit InstrumentLibrary(const QString &importFolder = {});

    static QString defaultImportFolder();
    // Every shipped instrument file, as resource paths.
    static QStringList shippedFiles();

    // Reads the shipped and imported instruments again. A file that fails validation is left
    // out whole, and its problems are kept in problems().
    void reload();
    const QList<Instrument> &instruments() const { return m_instruments; }
    const QList<InstrumentProblem> &problems() const { return m_problems; }
    // The instrument with `id` in `version`, or its newest version when `version` is 0.
    std::optional<Instrument> find(const QString &id, int version = 0) const;
    bool isShipped(const QString &id) const;

    // Validates the file at `path` and copies it into the import folder (through a temporary
    // file). Refuses an invalid file, an id of a shipped instrument, and an id and version that
    // is already imported with different content. On failure `problems` says why.
    std::optional<Instrument> import(const QString &path, QList<InstrumentProblem> *problems);

    // An id or a file, as the command line takes it: an existing file is read, otherwise the
    // library is searched for the id.
    std::optional<Instrument> resolve(const QString &idOrFile, QList<InstrumentProblem> *problems) const;

private:
    QString m_importFolder;
    QList<Instrument> m_instruments;
    QList<InstrumentProblem> m_problems;
    QStringList m_shippedIds;
};

} // namespace unfold
