// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartnerAccount.h"

#include <QCoreApplication>

namespace unfold {

// The other side of a demo relationship: how the partner would have logged the same months, so
// the two accounts can be compared at once (DESIGN.md §2.3) without two people and two computers.
class DemoPartner final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::DemoPartner)

public:
    // The partner's retelling of `mine` (an account written by its author): the same conversations
    // logged a little later, a few of them not at all and a call or two only they logged; each
    // remembering their own sharing as a little deeper and the other's a little shallower, now and
    // then a topic named differently; with their own check-in answers only. Deterministic per seed.
    static PartnerAccount retold(const PartnerAccount &mine, quint64 seed);

    // Writes the partner's own journal of the partner relationship of the journal at `source`
    // (the first relationship of kind partner, else the first): the partner is its "me".
    // Refuses an existing `path` unless `overwrite`.
    static bool writeJournal(const QString &source, const QString &path, quint64 seed, bool overwrite,
                             QString *error);
};

} // namespace unfold
