// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline part of JournalStore: events the user marks on a relationship.
#include "JournalStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace unfold {

QList<TimelineEvent> JournalStore::timelineEvents(qint64 relationshipId)
{
    QList<TimelineEvent> result;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, relationship_id, day, content FROM timeline_events "
                                            "WHERE relationship_id = ?1 ORDER BY day, id"));
    stmt.bind(1, relationshipId);
    while (stmt.next()) {
        TimelineEvent e;
        e.id = stmt.int64(0);
        e.relationshipId = stmt.int64(1);
        e.day = QDate::fromString(stmt.text(2), Qt::ISODate);
        // The label is the user's own words, so it lives in `content` with any later fields.
        e.label =
            QJsonDocument::fromJson(stmt.text(3).toUtf8()).object().value(QLatin1String("label")).toString();
        result.append(e);
    }
    return result;
}

bool JournalStore::save(TimelineEvent &event)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral(
            "INSERT INTO timeline_events (id, relationship_id, day, content) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT(id) DO UPDATE SET relationship_id = excluded.relationship_id, day = excluded.day, "
            "content = excluded.content"));
        stmt.bindId(1, event.id);
        stmt.bind(2, event.relationshipId);
        stmt.bind(3, event.day.toString(Qt::ISODate));
        const QJsonObject content{{QStringLiteral("label"), event.label}};
        stmt.bind(4, QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
        return saveRecord(stmt, event.id);
    });
}

bool JournalStore::removeTimelineEvent(qint64 id)
{
    return write([&] {
        return m_db.prepareCached(QStringLiteral("DELETE FROM timeline_events WHERE id = ?1"))
                   .bind(1, id)
                   .exec() ||
               fail();
    });
}

} // namespace unfold
