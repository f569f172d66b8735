// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "PartnerAccount.h"
#include "ReciprocityMetrics.h"
#include "SessionMatching.h"
#include "Topic.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace unfold {

class Journal;

// How one side's sharing in one conversation reads in the two accounts (DESIGN.md §2.3), with
// M = my log and P = the partner's log of the same session.
struct SidePerception
{
    int countMine = 0;                    // n_s(M)
    int countPartner = 0;                 // n_s(P)
    int countGap = 0;                     // n_s(P) − n_s(M)
    std::optional<double> depthGap;       // meanDepth_s(P) − meanDepth_s(M), when both logged s
    std::optional<double> topicAgreement; // Jaccard index of the two topic sets, unless both are empty
};

// The two accounts of one matched conversation side by side.
struct PairPerception
{
    SessionMatch match;
    QDateTime start; // my session's
    SidePerception a;
    SidePerception b;
    std::optional<double> agreementIndex; // 100 × mean of the defined agreement components
    // Beside them: the logged reciprocity index of each account, and each person's felt balance
    // of sharing (the check-in, 0–100) from whichever account holds their answers.
    std::optional<double> loggedMine;
    std::optional<double> loggedPartner;
    std::optional<double> feltBalanceA;
    std::optional<double> feltBalanceB;
};

// Every matched conversation of a relationship and what they add up to.
struct PerceptionSeries
{
    QList<PairPerception> pairs; // in the order of my sessions
    int unmatchedMine = 0;
    int unmatchedPartner = 0;
    // Each person's perception bias: the mean depth_gap of their side over the matched sessions
    // where it is defined (how much deeper the partner's account says they went than mine does).
    std::optional<double> biasA;
    std::optional<double> biasB;
    std::optional<double> meanAgreement;
    QStringList partnerOnlyTopics; // topics the partner logged that this journal has no topic for

    static PerceptionSeries fromJournal(const Journal &journal, qint64 relationshipId);
    // The same from an account and its matches already read (Journal::matchedSessions).
    static PerceptionSeries of(const Journal &journal, const StoredPartnerAccount &partner,
                               const MatchedSessions &matched);
};

namespace Perception {

// Topics are compared by name, ignoring case and surrounding space: the two journals number
// them differently. A name this journal lacks gets an id of its own below zero.
class TopicMap
{
public:
    explicit TopicMap(const QList<Topic> &mine);
    qint64 idOf(const QString &partnerTopic);
    QStringList unknown() const { return m_unknownNames; }

private:
    QHash<QString, qint64> m_ids;
    QStringList m_unknownNames;
};

// The partner's session as disclosures of this journal (topics through `topics`).
QList<Disclosure> disclosuresOf(const PartnerSession &session, TopicMap &topics);

PairPerception compare(const QList<Disclosure> &mine, const QList<Disclosure> &partner, int layers);

} // namespace Perception
} // namespace unfold
