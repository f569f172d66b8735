// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProtocolValidator.h"

#include <QCoreApplication>

namespace unfold {

// The guided-session protocols Unfold knows: those shipped in its resources (:/protocols) and
// those the user imported, kept as copies in a folder of the app's data.
class ProtocolLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ProtocolLibrary)

public:
    // `importFolder` empty: <AppDataLocation>/protocols.
    explicit ProtocolLibrary(const QString &importFolder = {});

    static QString defaultImportFolder();
    static QStringList shippedFiles();

    // Reads the shipped and imported protocols again; an invalid file is left out whole and
    // its problems kept in problems().
    void reload();
    const QList<Protocol> &protocols() const { return m_protocols; }
    const QList<ProtocolProblem> &problems() const { return m_problems; }
    // The newest version of the protocol with `id`.
    std::optional<Protocol> find(const QString &id) const;

    // Validates the file at `path` and copies it into the import folder (through a temporary
    // file). Refuses an invalid file and the id of a shipped protocol.
    std::optional<Protocol> import(const QString &path, QList<ProtocolProblem> *problems);

private:
    QString m_importFolder;
    QList<Protocol> m_protocols;
    QList<ProtocolProblem> m_problems;
    QStringList m_shippedIds;
};

} // namespace unfold
