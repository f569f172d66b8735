// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Perception.h"
#include "RelationshipSeries.h"
#include "TimelineEvent.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace unfold {

class Journal;

// The span of time a chart shows. Invalid ends are open.
struct ChartRange
{
    enum class Preset
    {
        FourWeeks,
        ThreeMonths,
        OneYear,
        All,
        Custom
    };
    QDateTime from;
    QDateTime to;

    bool contains(const QDateTime &time) const
    {
        return (!from.isValid() || time >= from) && (!to.isValid() || time <= to);
    }
    // A preset counted back from `latest` (the newest session), so a quiet month still shows data.
    static ChartRange preset(Preset preset, const QDateTime &latest);
};

// One relationship as the charts show it: its series over time, its marked events and the
// names the pictures use. The view and the command line build their charts from it.
class ChartSubject final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ChartSubject)

public:
    ChartSubject() = default;
    ChartSubject(RelationshipSeries series, QList<TimelineEvent> events, QString personA, QString personB,
                 QStringList layerNames);
    static ChartSubject load(const Journal &journal, qint64 relationshipId);

    const RelationshipSeries &series() const { return m_series; }
    const QList<TimelineEvent> &events() const { return m_events; }
    // The matched sessions of my account and the partner's; empty without a partner's account.
    const PerceptionSeries &perception() const { return m_perception; }
    void setPerception(PerceptionSeries perception) { m_perception = std::move(perception); }
    QString personA() const { return m_personA; }
    QString personB() const { return m_personB; }
    QString title() const { return tr("%1 & %2").arg(m_personA, m_personB); }
    const QStringList &layerNames() const { return m_layerNames; }
    QString layerName(int depth) const;
    QDateTime latest() const;
    // "Session 12 · Fri 3 May 2024": how a tooltip or table names a session.
    QString sessionLabel(qint64 sessionId) const;
    // The same words, made only when called; the function keeps what it needs, not the subject.
    std::function<QString()> sessionLabeller(qint64 sessionId) const;
    int sessionNumber(qint64 sessionId) const; // 1-based, 0 when unknown
    // Where a point stands on a time axis: its start in ms since the epoch. A session's start is
    // converted once, here: converting a local time asks the system for its offset each time,
    // and that was a sixth of building a chart.
    double timeOf(const SeriesPoint &point) const;

private:
    RelationshipSeries m_series;
    QList<TimelineEvent> m_events;
    QString m_personA;
    QString m_personB;
    QStringList m_layerNames;
    QHash<qint64, int> m_sessionIndex;
    QList<qint64> m_sessionTimes; // each session's start in ms since the epoch, in the same order
    PerceptionSeries m_perception;
};

} // namespace unfold
