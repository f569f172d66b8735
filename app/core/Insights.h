// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"
#include "Relationship.h"
#include "RelationshipSeries.h"

#include <QCoreApplication>
#include <QStringList>

namespace unfold {

class Journal;

// One thing an insight rests on, shown beside it so the user can judge it: "Session 4 (3 May
// 2025)" · "Anna shared 6, Ben 1".
struct InsightEvidence
{
    QString label;
    QString value;
};

// One number an insight rests on, for a machine to read (`unfold insights --format json`):
// `sessionId` is 0 for a value that is not about one session (a mean, a threshold).
struct InsightValue
{
    QString name;
    double value = 0;
    qint64 sessionId = 0;
};

// A gentle observation about one relationship (DESIGN.md §2.2): a suggestion, never a verdict.
struct Insight
{
    enum class Kind
    {
        OneSided,
        EarlyCore,
        BreadthShrinking,
        FeltFalling,              // felt scores fell, whatever the logged sharing did
        FeltFallingWhileBalanced, // … while the logged sharing still looks balanced
    };
    Kind kind = Kind::OneSided;
    // Stable while the data it rests on is the same, so a dismissal can be remembered.
    QString key;
    QString title;
    QString text;
    QList<InsightEvidence> evidence;
    QList<InsightValue> values;
    QList<qint64> sessionIds; // the sessions it rests on, in start order

    // "one-sided", "early-core", …: how the command line and its JSON name the rule.
    static QString ruleId(Kind kind);
    QString ruleId() const { return ruleId(kind); }
};

// What the rules need besides the series: who the two people are, what kind of relationship
// it is and when it began, which session is in view, and the instruments the felt scores came
// from (their scales and norms say how big a change is beyond noise).
struct InsightContext
{
    QString personA;
    QString personB;
    RelationshipKind kind = RelationshipKind::Other;
    QDate started;            // invalid: unknown, so nothing is called early
    qint64 sessionInView = 0; // 0: the latest session
    QList<Instrument> instruments;

    // The relationship's people, kind and start, and every instrument the library knows.
    static InsightContext load(const Journal &journal, qint64 relationshipId, qint64 sessionInView = 0);
};

// The rules of DESIGN.md §2.2 applied to a relationship's series. Each looks only at the
// sessions up to the one in view.
class Insights final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::Insights)

public:
    // One-sided: the same person carried at least this share of the sharing, counted as the sum
    // of the depths of their disclosures (so four peripheral disclosures weigh less than four at
    // the core), in each of the last few sessions where anything was shared, or in the last
    // several taken together while leading in all but one of them.
    static constexpr int oneSidedSessions = 3;
    static constexpr int oneSidedLongWindow = 5;
    static constexpr double oneSidedShare = 2.0 / 3.0;
    // Breadth: the last few sessions where anything was shared reached at least this many fewer
    // distinct topics between them than the same number of sessions before them.
    static constexpr int breadthWindow = 4;
    static constexpr int breadthDrop = 2;
    // Felt scores: over a person's latest answers (at least this many days apart), a steady trend
    // must add up to a fall of at least one point of the instrument's scale (or a reliable change
    // where it gives norms), or the latest answer must lie two points below the usual level
    // before it (or a reliable change), before it is mentioned.
    static constexpr int feltWindow = 8;
    static constexpr int feltMinimumDays = 14;
    static constexpr double feltTrendT = 2;     // |t| of a falling trend's slope at least this
    static constexpr double feltJumpPoints = 2; // a single latest answer: scale points below the usual
    // Logged sharing "looks balanced": the mean reciprocity index of the last few sessions where
    // it is defined is at least this.
    static constexpr int balanceWindow = 3;
    static constexpr double highReciprocity = 60;

    // How long after its start a relationship of `kind` is "very early" for core-layer sharing;
    // nothing for kinds where deep sharing from the start is expected (family, a couple in
    // guided sessions).
    static std::optional<int> earlyDays(RelationshipKind kind);

    // Every rule that fires, never two that contradict each other.
    static QList<Insight> find(const RelationshipSeries &series, const InsightContext &context);

    static std::optional<Insight> oneSided(const RelationshipSeries &series, const InsightContext &context);
    static std::optional<Insight> earlyCore(const RelationshipSeries &series, const InsightContext &context);
    static std::optional<Insight> breadthShrinking(const RelationshipSeries &series,
                                                   const InsightContext &context);
    // One insight per person whose felt scores fell; it says "while the logged sharing still looks
    // balanced" only when that is so and `sharingOneSided` is false.
    static QList<Insight> feltFalling(const RelationshipSeries &series, const InsightContext &context,
                                      bool sharingOneSided);

    // Whether the two cannot both be true, so must not be shown together.
    static bool contradict(Insight::Kind a, Insight::Kind b);
};

} // namespace unfold
