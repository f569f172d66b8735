// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "QuestionnaireAnswer.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace unfold {

class Journal;
class JournalStore;
struct Relationship;

// One thing shared, as the partner logged it. The topic is the partner's own name for it: two
// journals number their topics differently, and may have renamed them.
struct PartnerDisclosure
{
    Speaker speaker = Speaker::A;
    QString topic;
    int depth = 1;
    std::optional<Reception> reception;
    QString note; // only when the partner chose to share notes

    friend bool operator==(const PartnerDisclosure &, const PartnerDisclosure &) = default;
};

// One session as the partner logged it. `id` is the session's id in the partner's journal: it
// stays the same in every later file, so matches made by hand survive a newer import.
struct PartnerSession
{
    qint64 id = 0;
    QDateTime start;
    SessionContext context = SessionContext::InPerson;
    std::optional<int> mood;
    QString notes;
    QList<PartnerDisclosure> disclosures; // in the order they were shared
    QList<QuestionnaireAnswer> answers;   // ids and session ids are 0: they are not this journal's

    friend bool operator==(const PartnerSession &, const PartnerSession &) = default;
};

// A relationship as the other person's journal tells it (DESIGN.md §2.3): what an exchange file
// carries and what the receiving journal keeps beside, never inside, its own log. Speakers and
// respondents are A or B of the journal the account is in: the sender's own sides in the file
// they write, the receiver's after import (PartnerAccount::mappedTo).
struct PartnerAccount
{
    Q_DECLARE_TR_FUNCTIONS(unfold::PartnerAccount)

public:
    static constexpr int currentFormat = 1;

    QString nameA; // the people as the account names them
    QString nameB;
    std::optional<Speaker> author; // who wrote the account (the sender's "me"), when marked
    int layers = 3;
    QStringList topics; // the author's topic names, in their order
    bool includesNotes = false;
    QDateTime exportedAt;
    QList<PartnerSession> sessions; // by start time

    friend bool operator==(const PartnerAccount &, const PartnerAccount &) = default;

    // The account of one relationship of a journal, as its owner sends it (Journal::ownAccount).
    static PartnerAccount fromStore(JournalStore &store, qint64 relationshipId, bool includeNotes);

    QByteArray toJson() const;
    // Reads and checks an account: every field of the right type and in range (a depth within
    // the layers, a known speaker, a start time), sessions in order. Nullopt with `error` naming
    // the first thing wrong. Content comes from another machine, so nothing is taken on trust.
    static std::optional<PartnerAccount> fromJson(const QByteArray &json, QString *error);

    // The same account with A and B exchanged, for a receiver whose A is the sender's B.
    PartnerAccount swapped() const;

    int disclosureCount() const;
    const PartnerSession *session(qint64 id) const;
};

// How an account's sides meet a relationship of the receiving journal.
struct PartnerSides
{
    Q_DECLARE_TR_FUNCTIONS(unfold::PartnerSides)

public:
    enum class Fit
    {
        Same,      // the account's A is the relationship's A
        Swapped,   // the account's A is the relationship's B
        Ambiguous, // no "me" and no names settle it: ask which person the sender is
        Misfit,    // cannot be this relationship's account (`reason` says why)
    };
    Fit fit = Fit::Ambiguous;
    QString reason;

    // Sides are mapped by person: the sender's "me" is the receiver's other person. Without a
    // "me" on both ends, names that agree decide. `partnerName`, when given, is the person of
    // the relationship who sent the file, and settles any doubt.
    static PartnerSides of(const PartnerAccount &account, const Journal &journal,
                           const Relationship &relationship, const QString &partnerName = {});
};

// A partner's account as a journal keeps it: the account in this journal's sides, how the file's
// sides were mapped (so a newer file from the same partner maps the same way), and when.
struct StoredPartnerAccount
{
    PartnerAccount account;
    bool swapped = false;
    QDateTime importedAt;

    friend bool operator==(const StoredPartnerAccount &, const StoredPartnerAccount &) = default;

    // The name of the person who wrote the account, given the relationship's two names; empty
    // when the file did not say which of the two its author is.
    QString authorName(const QString &nameA, const QString &nameB) const
    {
        if (!account.author)
            return {};
        return *account.author == Speaker::A ? nameA : nameB;
    }
};

} // namespace unfold
