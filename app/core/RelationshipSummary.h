// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace unfold {

class RelationshipSeries;

// What a summary figure rests on: how many sessions, and the first and last of them.
struct SummaryBasis
{
    int sessions = 0;
    QDateTime first; // invalid when it rests on no session
    QDateTime last;

    friend bool operator==(const SummaryBasis &, const SummaryBasis &) = default;
};

// One figure of the summary, under its DESIGN.md §2.1 name.
struct SummaryMeasure
{
    QString name;                  // "breadth_a", "deepest_layer", "depth_pearson", ...
    std::optional<Speaker> person; // whose figure it is; none for the correlations of the two
    qint64 topicId = 0;            // deepest_layer only
    QString topic;                 // deepest_layer only: the topic's name
    std::optional<double> value;   // undefined: empty, null or "no data", never 0
    SummaryBasis basis;

    bool isCorrelation() const;

    friend bool operator==(const SummaryMeasure &, const SummaryMeasure &) = default;
};

// The measures DESIGN.md §2.1 computes across the sessions of one relationship, up to a
// session: cumulative breadth and penetration, the deepest layer per topic and person, the
// depth trend per 30 days, and the (lag-1) correlations of the two people's depth series.
// Each figure carries the sessions it rests on. The CLI (`unfold metrics --summary`), the
// session report and the Charts view's summary table all print measures() of this one class,
// so they cannot disagree.
//
// What each figure rests on:
// - breadth_*, penetration_*: every session up to the point (the onion as it stood then);
// - deepest_layer: the sessions in which that person disclosed on that topic;
// - depth_slope_*: the sessions in which that person disclosed (two are needed);
// - depth_pearson: the sessions in which both disclosed;
// - depth_lag1_*: the sessions of the pairs (t − 1, t) where both values exist.
// A correlation is given only when it rests on at least minimumSessionsForCorrelation sessions.
class RelationshipSummary final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::RelationshipSummary)

public:
    static constexpr int minimumSessionsForCorrelation = 5;

    // The summary over the first `sessionCount` sessions of `series` (all of them when negative).
    static RelationshipSummary of(const RelationshipSeries &series, int sessionCount = -1);
    // The summary up to and including the session `sessionId` (0: all sessions); nothing when
    // the session is not one of the series.
    static std::optional<RelationshipSummary> upTo(const RelationshipSeries &series, qint64 sessionId);

    const QList<SummaryMeasure> &measures() const { return m_measures; }
    // The figure with `name` (and, for a per-topic figure, `topicId`); nullptr when there is none.
    const SummaryMeasure *find(const QString &name, qint64 topicId = 0) const;
    int sessionCount() const { return m_sessionCount; }
    int layerCount() const { return m_layerCount; }

    // How every view writes a figure: its readable name, the person (or topic and person) it
    // is about, and its value ("no data" when undefined).
    static QString label(const SummaryMeasure &measure);
    static QString subject(const SummaryMeasure &measure, const QString &personA, const QString &personB);
    QString valueText(const SummaryMeasure &measure) const;
    static QString spanText(const SummaryBasis &basis);
    // The one-sentence caveat printed beside the figures wherever they appear.
    static QString caveat();
    // Rows of Measure, About, Value, Sessions, Span, as the report and the Charts view show them.
    static QStringList columns();
    QList<QStringList> rows(const QString &personA, const QString &personB) const;

private:
    QList<SummaryMeasure> m_measures;
    int m_sessionCount = 0;
    int m_layerCount = 0;
};

} // namespace unfold
