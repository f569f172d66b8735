// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline part of Journal.
#include "Journal.h"

namespace unfold {

QList<TimelineEvent> Journal::timelineEvents(qint64 relationshipId) const
{
    return m_store->timelineEvents(relationshipId);
}

bool Journal::saveTimelineEvent(TimelineEvent &event)
{
    if (!finish(m_store->save(event)))
        return false;
    Q_EMIT eventsChanged(event.relationshipId);
    return true;
}

bool Journal::removeTimelineEvent(const TimelineEvent &event)
{
    if (!finish(m_store->removeTimelineEvent(event.id)))
        return false;
    Q_EMIT eventsChanged(event.relationshipId);
    return true;
}

} // namespace unfold
