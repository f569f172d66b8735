// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's account comes from another machine (inside an exchange file whose passphrase the
// sender knows, so its content can be anything they wrote). Any bytes give either an account or a
// reason, never both; an account read is within its own bounds, reads back the same after being
// written, and lays out as an onion and as perception measures without a fault.

#include "FuzzInput.h"
#include "PartnerAccount.h"
#include "PartnerOnion.h"
#include "Perception.h"

#include <QCoreApplication>
#include <QSet>

using namespace unfold;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<PartnerAccount> account = PartnerAccount::fromJson(fuzz::bytesOf(data, size), &error);
    fuzz::require(account.has_value() == error.isEmpty());
    if (!account)
        return 0;
    fuzz::require(account->layers >= 1);
    QSet<qint64> ids;
    for (qsizetype i = 0; i < account->sessions.size(); ++i) {
        const PartnerSession &s = account->sessions.at(i);
        fuzz::require(s.start.isValid());
        fuzz::require(i == 0 || account->sessions.at(i - 1).start <= s.start);
        fuzz::require(!ids.contains(s.id));
        ids.insert(s.id);
        for (const PartnerDisclosure &d : s.disclosures)
            fuzz::require(d.depth >= 1 && d.depth <= account->layers);
    }
    // What the receiver keeps is what it writes again later (a re-export, a backup).
    QString again;
    const std::optional<PartnerAccount> reread = PartnerAccount::fromJson(account->toJson(), &again);
    fuzz::require(reread.has_value() && *reread == *account);
    fuzz::require(account->swapped().swapped() == *account);

    const QList<Topic> mine{{1, QStringLiteral("Work"), 0, false}, {2, QStringLiteral("Family"), 1, false}};
    const OnionHistory onion = PartnerOnion::history(*account, mine, account->layers);
    fuzz::require(onion.sessionCount() == account->sessions.size());
    fuzz::require(onion.totalDisclosures() == account->disclosureCount());
    const OnionState state = onion.stateAfter(onion.sessionCount());
    fuzz::require(state.penetration(Speaker::A) >= 0.0 && state.penetration(Speaker::A) <= 1.0);
    Perception::TopicMap topics(mine);
    for (const PartnerSession &s : account->sessions) {
        const QList<Disclosure> log = Perception::disclosuresOf(s, topics);
        const PairPerception self = Perception::compare(log, log, account->layers);
        fuzz::require(!self.agreementIndex || qAbs(*self.agreementIndex - 100.0) < 1e-9);
    }
    return 0;
}
