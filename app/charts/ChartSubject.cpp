// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSubject.h"

#include "Journal.h"

#include <QLocale>

namespace unfold {

ChartRange ChartRange::preset(Preset preset, const QDateTime &latest)
{
    if (!latest.isValid())
        return {};
    // Ends at the close of the latest session's day, so that day's sessions are all inside.
    const QDateTime end = latest.addSecs(1);
    switch (preset) {
    case Preset::FourWeeks:
        return {latest.addDays(-28), end};
    case Preset::ThreeMonths:
        return {latest.addMonths(-3), end};
    case Preset::OneYear:
        return {latest.addYears(-1), end};
    case Preset::All:
    case Preset::Custom:
        break;
    }
    return {};
}

ChartSubject::ChartSubject(RelationshipSeries series, QList<TimelineEvent> events, QString personA,
                           QString personB, QStringList layerNames)
    : m_series(std::move(series)), m_events(std::move(events)), m_personA(std::move(personA)),
      m_personB(std::move(personB)), m_layerNames(std::move(layerNames))
{
    m_sessionTimes.reserve(m_series.sessions().size());
    for (qsizetype i = 0; i < m_series.sessions().size(); ++i) {
        const Session &session = m_series.sessions()[i].session;
        m_sessionIndex.insert(session.id, int(i));
        m_sessionTimes.append(session.start.toMSecsSinceEpoch());
    }
}

double ChartSubject::timeOf(const SeriesPoint &point) const
{
    // A point at its session's start (most are) takes the time converted already; comparing two
    // local times of the same offset needs no conversion.
    const int index = m_sessionIndex.value(point.sessionId, -1);
    if (index >= 0 && m_series.sessions()[index].session.start == point.start)
        return double(m_sessionTimes[index]);
    return double(point.start.toMSecsSinceEpoch());
}

ChartSubject ChartSubject::load(const Journal &journal, qint64 relationshipId)
{
    const auto relationship = journal.relationship(relationshipId);
    QString a;
    QString b;
    if (relationship) {
        a = journal.person(relationship->personA).value_or(Person{}).name;
        b = journal.person(relationship->personB).value_or(Person{}).name;
    }
    QStringList layers;
    for (const Layer &l : journal.layers())
        layers.append(l.name);
    ChartSubject subject(RelationshipSeries::fromJournal(journal, relationshipId),
                         journal.timelineEvents(relationshipId), a, b, layers);
    subject.setPerception(PerceptionSeries::fromJournal(journal, relationshipId));
    return subject;
}

QString ChartSubject::layerName(int depth) const
{
    return m_layerNames.value(depth - 1, tr("Layer %1").arg(depth));
}

QDateTime ChartSubject::latest() const
{
    return m_series.sessions().isEmpty() ? QDateTime() : m_series.sessions().last().session.start;
}

int ChartSubject::sessionNumber(qint64 sessionId) const
{
    return m_sessionIndex.value(sessionId, -1) + 1;
}

QString ChartSubject::sessionLabel(qint64 sessionId) const
{
    return sessionLabeller(sessionId)();
}

std::function<QString()> ChartSubject::sessionLabeller(qint64 sessionId) const
{
    const int index = m_sessionIndex.value(sessionId, -1);
    if (index < 0)
        return [] { return QString(); };
    return [number = index + 1, start = m_series.sessions()[index].session.start] {
        return tr("Session %1 · %2")
            .arg(number)
            .arg(QLocale().toString(start.toLocalTime().date(), QLocale::ShortFormat));
    };
}

} // namespace unfold
