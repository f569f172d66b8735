// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace unfold {

class JournalKey;

// Encrypting a plain journal and changing an encrypted journal's passphrase. Both write the whole
// journal anew, encrypted with the new key, to a temporary file beside it, check that the new
// file opens with the new key, and only then rename it over the old one: after a crash at any
// moment the journal is whole and opens with either the old passphrase (or none) or the new one.
// The caller holds the journal's lock and has no connection open to it.
class JournalEncryption final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::JournalEncryption)

public:
    // `from` is the journal's current key, null for a plain journal; `to` the new one.
    static bool rewrite(const QString &path, const JournalKey *from, const JournalKey &to, QString *error);

    // The plain copies of a journal that Unfold made and knows of: its rotating backups and the
    // copies kept before format upgrades. Offered for removal once the journal is encrypted.
    static QStringList plainCopies(const QString &journalPath, const QString &backupFolder);
};

} // namespace unfold
