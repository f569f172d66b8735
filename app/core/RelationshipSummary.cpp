// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipSummary.h"

#include "RelationshipSeries.h"
#include "Trends.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace unfold {

namespace {

using Measure = RelationshipSeries::Measure;

SummaryBasis basisOf(const QList<QDateTime> &starts)
{
    SummaryBasis basis;
    basis.sessions = int(starts.size());
    if (!starts.isEmpty()) {
        basis.first = starts.first();
        basis.last = starts.last();
    }
    return basis;
}

// The sessions (in order) where the series has a value.
QList<QDateTime> definedStarts(const Series &series)
{
    QList<QDateTime> starts;
    for (const SeriesPoint &p : series) {
        if (p.value)
            starts.append(p.start);
    }
    return starts;
}

QList<QDateTime> bothDefinedStarts(const Series &x, const Series &y)
{
    QList<QDateTime> starts;
    for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
        if (x[i].value && y[i].value)
            starts.append(x[i].start);
    }
    return starts;
}

// The distinct sessions of the pairs (leader at t − 1, follower at t) where both have a value:
// what Trends::lagOne correlates.
QList<QDateTime> lagStarts(const Series &leader, const Series &follower)
{
    QList<QDateTime> starts;
    qsizetype lastAdded = -1;
    for (qsizetype t = 1; t < qMin(leader.size(), follower.size()); ++t) {
        if (!leader[t - 1].value || !follower[t].value)
            continue;
        if (lastAdded != t - 1)
            starts.append(leader[t - 1].start);
        starts.append(follower[t].start);
        lastAdded = t;
    }
    return starts;
}

SummaryMeasure correlation(const QString &name, std::optional<double> value, const QList<QDateTime> &starts)
{
    if (starts.size() < RelationshipSummary::minimumSessionsForCorrelation)
        value.reset();
    return {name, std::nullopt, 0, {}, value, basisOf(starts)};
}

} // namespace

bool SummaryMeasure::isCorrelation() const
{
    return name == QLatin1String("depth_pearson") || name.startsWith(QLatin1String("depth_lag1_"));
}

RelationshipSummary RelationshipSummary::of(const RelationshipSeries &series, int sessionCount)
{
    const int available = int(series.sessions().size());
    const int n = sessionCount < 0 ? available : qMin(sessionCount, available);
    RelationshipSummary summary;
    summary.m_sessionCount = n;
    summary.m_layerCount = series.layerCount();

    QList<QDateTime> inScope;
    for (int i = 0; i < n; ++i)
        inScope.append(series.sessions().at(i).session.start);
    const SummaryBasis all = basisOf(inScope);
    const OnionState state = series.onion().stateAfter(n);
    // In the order DESIGN.md §2.1 names them: breadth_a, breadth_b, penetration_a, penetration_b.
    for (Speaker who : {Speaker::A, Speaker::B}) {
        // With no session there is no onion to count.
        const std::optional<double> breadth =
            n > 0 ? std::optional<double>(state.breadth(who)) : std::nullopt;
        summary.m_measures.append(
            {who == Speaker::A ? QStringLiteral("breadth_a") : QStringLiteral("breadth_b"),
             who,
             0,
             {},
             breadth,
             all});
    }
    for (Speaker who : {Speaker::A, Speaker::B}) {
        // With no visible topic there is no share of the onion to give.
        const std::optional<double> penetration =
            n > 0 && state.topicCount() > 0 ? std::optional<double>(state.penetration(who)) : std::nullopt;
        summary.m_measures.append(
            {who == Speaker::A ? QStringLiteral("penetration_a") : QStringLiteral("penetration_b"),
             who,
             0,
             {},
             penetration,
             all});
    }

    for (int t = 0; t < state.topicCount(); ++t) {
        for (Speaker who : {Speaker::A, Speaker::B}) {
            const int deepest = state.maxDepth(t, who);
            QSet<qint64> sessionIds;
            for (int depth = 1; depth <= deepest; ++depth) {
                for (const Disclosure &d : series.onion().disclosuresAt(n, t, depth, who))
                    sessionIds.insert(d.sessionId);
            }
            QList<QDateTime> starts;
            for (int i = 0; i < n; ++i) {
                if (sessionIds.contains(series.sessions().at(i).session.id))
                    starts.append(series.sessions().at(i).session.start);
            }
            // Layer 0 does not exist: a topic not reached has no deepest layer.
            summary.m_measures.append(
                {QStringLiteral("deepest_layer"), who, state.topics().at(t).id, state.topics().at(t).name,
                 deepest > 0 ? std::optional<double>(deepest) : std::nullopt, basisOf(starts)});
        }
    }

    const Series depthA = series.series(Measure::DepthA).mid(0, n);
    const Series depthB = series.series(Measure::DepthB).mid(0, n);
    summary.m_measures.append({QStringLiteral("depth_slope_a"),
                               Speaker::A,
                               0,
                               {},
                               Trends::slopePer30Days(depthA),
                               basisOf(definedStarts(depthA))});
    summary.m_measures.append({QStringLiteral("depth_slope_b"),
                               Speaker::B,
                               0,
                               {},
                               Trends::slopePer30Days(depthB),
                               basisOf(definedStarts(depthB))});
    summary.m_measures.append(correlation(QStringLiteral("depth_pearson"), Trends::pearson(depthA, depthB),
                                          bothDefinedStarts(depthA, depthB)));
    summary.m_measures.append(correlation(QStringLiteral("depth_lag1_ba"), Trends::lagOne(depthA, depthB),
                                          lagStarts(depthA, depthB)));
    summary.m_measures.append(correlation(QStringLiteral("depth_lag1_ab"), Trends::lagOne(depthB, depthA),
                                          lagStarts(depthB, depthA)));
    return summary;
}

std::optional<RelationshipSummary> RelationshipSummary::upTo(const RelationshipSeries &series,
                                                             qint64 sessionId)
{
    if (sessionId == 0)
        return of(series);
    for (qsizetype i = 0; i < series.sessions().size(); ++i) {
        if (series.sessions().at(i).session.id == sessionId)
            return of(series, int(i) + 1);
    }
    return std::nullopt;
}

const SummaryMeasure *RelationshipSummary::find(const QString &name, qint64 topicId) const
{
    for (const SummaryMeasure &m : m_measures) {
        if (m.name == name && m.topicId == topicId)
            return &m;
    }
    return nullptr;
}

QString RelationshipSummary::label(const SummaryMeasure &measure)
{
    const QString &n = measure.name;
    if (n.startsWith(QLatin1String("breadth_")))
        return tr("Breadth (topics reached)");
    if (n.startsWith(QLatin1String("penetration_")))
        return tr("Penetration (0–1)");
    if (n == QLatin1String("deepest_layer"))
        return tr("Deepest layer");
    if (n.startsWith(QLatin1String("depth_slope_")))
        return tr("Depth trend per 30 days");
    if (n == QLatin1String("depth_pearson"))
        return tr("Depth correlation (descriptive)");
    if (n.startsWith(QLatin1String("depth_lag1_")))
        return tr("Lag-1 depth correlation (descriptive)");
    return n;
}

QString RelationshipSummary::subject(const SummaryMeasure &measure, const QString &personA,
                                     const QString &personB)
{
    if (measure.name == QLatin1String("depth_pearson"))
        return tr("%1 and %2").arg(personA, personB);
    // B at t against A at t − 1: how far B's depth follows A's.
    if (measure.name == QLatin1String("depth_lag1_ba"))
        return tr("%1 after %2").arg(personB, personA);
    if (measure.name == QLatin1String("depth_lag1_ab"))
        return tr("%1 after %2").arg(personA, personB);
    const QString person = measure.person == Speaker::B ? personB : personA;
    if (!measure.topic.isEmpty())
        return tr("%1 · %2").arg(measure.topic, person);
    return person;
}

QString RelationshipSummary::valueText(const SummaryMeasure &measure) const
{
    if (!measure.value)
        return tr("no data");
    const QLocale locale;
    const double v = *measure.value;
    if (measure.name.startsWith(QLatin1String("breadth_")))
        return locale.toString(int(std::lround(v)));
    if (measure.name == QLatin1String("deepest_layer"))
        return tr("%1 of %2").arg(locale.toString(int(std::lround(v))), locale.toString(m_layerCount));
    if (measure.name.startsWith(QLatin1String("depth_slope_"))) {
        // A signed trend reads as a direction; a true minus sign, as in the report's changes.
        const QString magnitude = locale.toString(std::abs(v), 'f', 2);
        if (magnitude == locale.toString(0.0, 'f', 2))
            return QStringLiteral("±") + magnitude;
        return (v > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
    }
    return locale.toString(v, 'f', 2);
}

QString RelationshipSummary::spanText(const SummaryBasis &basis)
{
    if (basis.sessions == 0)
        return QString();
    const QLocale locale;
    const QString first = locale.toString(basis.first.toLocalTime().date(), QLocale::ShortFormat);
    const QString last = locale.toString(basis.last.toLocalTime().date(), QLocale::ShortFormat);
    return first == last ? first : tr("%1 – %2").arg(first, last);
}

QString RelationshipSummary::caveat()
{
    return tr("These figures describe this relationship only; they are not norms and not a diagnosis. "
              "Correlations are descriptive and given only from %1 sessions on; \"no data\" means a "
              "figure cannot be computed yet.")
        .arg(minimumSessionsForCorrelation);
}

QStringList RelationshipSummary::columns()
{
    return {tr("Measure"), tr("About"), tr("Value"), tr("Sessions"), tr("Span")};
}

QList<QStringList> RelationshipSummary::rows(const QString &personA, const QString &personB) const
{
    QList<QStringList> rows;
    rows.reserve(m_measures.size());
    for (const SummaryMeasure &m : m_measures) {
        rows.append({label(m), subject(m, personA, personB), valueText(m),
                     QLocale().toString(m.basis.sessions), spanText(m.basis)});
    }
    return rows;
}

} // namespace unfold
