// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeFile.h"
#include "PartnerAccount.h"

#include <QCoreApplication>

namespace unfold {

class Journal;

// Sending one relationship to the partner and taking in what they sent (DESIGN.md §2.3): the
// steps the window and `unfold exchange` share, so both refuse the same files with the same words.
class PartnerExchange
{
    Q_DECLARE_TR_FUNCTIONS(unfold::PartnerExchange)

public:
    // Writes the account of `relationshipId` sealed with `passphrase` to `path` (0600, whole or
    // not at all). `author`, when given, is the person of the relationship who sends it; by
    // default the journal's "me". False with `error` (nothing written) when neither says who.
    static bool write(const Journal &journal, qint64 relationshipId, const QString &path,
                      const QString &passphrase, bool includeNotes, QString *error,
                      const QString &author = {}, ExchangeFile::Strength strength = {});

    // Reads and checks the exchange file at `path`.
    struct Read
    {
        std::optional<PartnerAccount> account;
        ExchangeFile::Problem problem = ExchangeFile::Problem::None;
        QString error;
    };
    static Read read(const QString &path, const QString &passphrase);

    // The relationship of `journal` the account is about, when it can be told without asking:
    // the one whose two people carry the account's names, or the only relationship there is.
    // 0 with `error` otherwise.
    static qint64 relationshipFor(const PartnerAccount &account, const Journal &journal, QString *error);

    // What importing `account` into `relationshipId` would store: the account in the journal's
    // sides. Refused (nullopt, `error` set, `ambiguous` true when naming the sender would settle
    // it) when the account does not fit or is older than the one already kept.
    static std::optional<StoredPartnerAccount> prepareImport(const PartnerAccount &account,
                                                             const Journal &journal, qint64 relationshipId,
                                                             const QString &partnerName, QString *error,
                                                             bool *ambiguous = nullptr);
};

} // namespace unfold
