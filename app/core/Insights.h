// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelationshipSeries.h"

#include <QCoreApplication>
#include <QStringList>

namespace unfold {

// One number an insight rests on, shown beside it so the user can judge it.
struct InsightEvidence
{
    QString label;
    QString value;
};

// A gentle observation about one relationship (DESIGN.md §2.2): a suggestion, never a verdict.
struct Insight
{
    enum class Kind
    {
        OneSided,
        EarlyCore,
        BreadthShrinking,
        FeltResponsivenessFalling
    };
    Kind kind = Kind::OneSided;
    // Stable while the data it rests on is the same, so a dismissal can be remembered.
    QString key;
    QString title;
    QString text;
    QList<InsightEvidence> evidence;
    QList<qint64> sessionIds; // the sessions it rests on
};

// The rules of DESIGN.md §2.2 applied to a relationship's series.
class Insights final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::Insights)

public:
    static constexpr int oneSidedSessions = 3;      // in a row, each with one person sharing most
    static constexpr double oneSidedBalance = 0.5;  // volume balance at or below this
    static constexpr int earlySessions = 3;         // "very early": among the first sessions
    static constexpr int breadthWindow = 3;         // recent sessions compared with the ones before
    static constexpr double responsivenessDrop = 5; // points of 0–100 per 30 days
    static constexpr double highReciprocity = 60;   // recent mean reciprocity index

    static QList<Insight> find(const RelationshipSeries &series, const QString &personA,
                               const QString &personB);

    static std::optional<Insight> oneSided(const RelationshipSeries &series, const QString &personA,
                                           const QString &personB);
    static std::optional<Insight> earlyCore(const RelationshipSeries &series);
    static std::optional<Insight> breadthShrinking(const RelationshipSeries &series);
    static std::optional<Insight> feltResponsivenessFalling(const RelationshipSeries &series,
                                                            const QString &personA, const QString &personB);
};

} // namespace unfold
