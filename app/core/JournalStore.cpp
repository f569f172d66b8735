// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalStore.h"

#include "CheckedJournals.h"
#include "JournalSchema.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace unfold {

namespace {

QString toContent(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromContent(const QString &text)
{
    if (text.size() <= 2) // "{}": most disclosures carry no note
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// With milliseconds, so a session reads back as exactly the moment that was saved; the fixed
// width keeps ORDER BY start chronological.
QString isoDateTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromIsoDateTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toLocalTime();
}

Person readPerson(const SqliteStatement &row)
{
    const QJsonObject content = fromContent(row.text(2));
    return {row.int64(0), content.value(QLatin1String("name")).toString(),
            content.value(QLatin1String("colour")).toString(), row.integer(1) != 0};
}

Session readSession(const SqliteStatement &row)
{
    Session s;
    s.id = row.int64(0);
    s.relationshipId = row.int64(1);
    s.start = fromIsoDateTime(row.text(2));
    s.context = sessionContextFromKey(row.text(3));
    if (!row.isNull(4))
        s.mood = row.integer(4);
    s.notes = fromContent(row.text(5)).value(QLatin1String("notes")).toString();
    return s;
}

const QString sessionColumns = QStringLiteral("id, relationship_id, start, context, mood, content");
const QString disclosureColumns =
    QStringLiteral("d.id, d.session_id, d.position, d.speaker, d.topic_id, d.depth, d.reception, d.content");

Disclosure readDisclosure(const SqliteStatement &row)
{
    Disclosure d;
    d.id = row.int64(0);
    d.sessionId = row.int64(1);
    d.position = row.integer(2);
    d.speaker = row.text(3) == QLatin1String("b") ? Speaker::B : Speaker::A;
    d.topicId = row.int64(4);
    d.depth = row.integer(5);
    if (!row.isNull(6))
        d.reception = receptionFromKey(row.text(6));
    d.note = fromContent(row.text(7)).value(QLatin1String("note")).toString();
    return d;
}

} // namespace

JournalStore::~JournalStore()
{
    // Closed first: the file is then as it stays.
    if (m_whole && writtenOnlyHere()) {
        m_db.close();
        CheckedJournals::rememberWhole(m_path, m_leftAs);
    }
}

bool JournalStore::fail()
{
    m_lastError = m_db.lastError();
    return false;
}

bool JournalStore::write(const std::function<bool()> &work)
{
    if (m_readOnly) {
        m_lastError = tr("This journal is open read-only.");
        return false;
    }
    if (m_transactionDepth > 0)
        return work();
    if (m_beforeSave)
        m_beforeSave();
    // Each edit reports its own failure, never one left over from an earlier edit.
    m_lastError.clear();
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        m_whole = false;
        return fail();
    }
    // With the write lock held, no other writer can commit until this edit ends: a file written
    // by another program since this store's last edit is no longer known whole.
    if (m_whole && !writtenOnlyHere())
        m_whole = false;
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok) {
        // Rolled back; but a failed write (a full disk) may leave the file other than SQLite says.
        m_whole = false;
        if (m_lastError.isEmpty())
            m_lastError = m_db.lastError();
        return false;
    }
    if (!transaction.commit()) {
        m_whole = false;
        return fail();
    }
    if (m_whole)
        m_leftAs = JournalFileState::of(m_path);
    return true;
}

bool JournalStore::writtenOnlyHere()
{
    // SQLite's data version changes with each commit another connection makes, however close in
    // time to this store's own; the file's state, with any other write to it.
    return JournalFileState::of(m_path) == m_leftAs &&
           m_db.scalar(QStringLiteral("PRAGMA data_version")) == m_dataVersion;
}

bool JournalStore::inTransaction(const std::function<bool()> &work)
{
    return write(work);
}

QList<Person> JournalStore::people()
{
    QList<Person> result;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, is_me, content FROM people ORDER BY id"));
    while (stmt.next())
        result.append(readPerson(stmt));
    return result;
}

QList<Relationship> JournalStore::relationships()
{
    QList<Relationship> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, person_a, person_b, kind, started, stage FROM relationships ORDER BY id"));
    while (stmt.next()) {
        result.append({stmt.int64(0), stmt.int64(1), stmt.int64(2), relationshipKindFromKey(stmt.text(3)),
                       QDate::fromString(stmt.text(4), Qt::ISODate), stageFromKey(stmt.text(5))});
    }
    return result;
}

QList<Topic> JournalStore::topics()
{
    QList<Topic> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, position, hidden, content FROM topics ORDER BY position, id"));
    while (stmt.next()) {
        result.append({stmt.int64(0), fromContent(stmt.text(3)).value(QLatin1String("name")).toString(),
                       stmt.integer(1), stmt.integer(2) != 0});
    }
    return result;
}

QList<Layer> JournalStore::layers()
{
    QList<Layer> result;
    auto stmt = m_db.prepare(QStringLiteral("SELECT depth, content FROM layers ORDER BY depth"));
    while (stmt.next()) {
        const QJsonObject content = fromContent(stmt.text(1));
        result.append({stmt.integer(0), content.value(QLatin1String("name")).toString(),
                       content.value(QLatin1String("description")).toString()});
    }
    return result;
}

QList<Session> JournalStore::sessions(qint64 relationshipId)
{
    QList<Session> result;
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE relationship_id = ?1 ORDER BY start, id")
                         .arg(sessionColumns));
    stmt.bind(1, relationshipId);
    while (stmt.next())
        result.append(readSession(stmt));
    return result;
}

QList<SessionSummary> JournalStore::sessionSummaries(qint64 relationshipId)
{
    QList<SessionSummary> result;
    // Each session's disclosures are read once for both counts, not once for each side (a third of
    // the time, which the window's start waits for): A's count 1 each and B's 2^32 each, so the
    // sum holds A's in its lower 32 bits and B's above.
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT s.id, s.relationship_id, s.start, s.context, s.mood, s.content, "
                       "  (SELECT coalesce(sum(iif(d.speaker = 'a', 1, 4294967296)), 0) FROM disclosures d "
                       "   WHERE d.session_id = s.id) "
                       "FROM sessions s WHERE s.relationship_id = ?1 ORDER BY s.start, s.id"));
    stmt.bind(1, relationshipId);
    while (stmt.next()) {
        const quint64 counts = quint64(stmt.int64(6));
        result.append({readSession(stmt), int(counts & 0xffffffffU), int(counts >> 32)});
    }
    return result;
}

std::optional<Session> JournalStore::session(qint64 sessionId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?1").arg(sessionColumns));
    stmt.bind(1, sessionId);
    if (stmt.next())
        return readSession(stmt);
    return std::nullopt;
}

QList<Disclosure> JournalStore::disclosures(qint64 sessionId)
{
    QList<Disclosure> result;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM disclosures d WHERE d.session_id = ?1 ORDER BY d.position, d.id")
            .arg(disclosureColumns));
    stmt.bind(1, sessionId);
    while (stmt.next())
        result.append(readDisclosure(stmt));
    return result;
}

QList<Disclosure> JournalStore::disclosuresOfRelationship(qint64 relationshipId)
{
    QList<Disclosure> result;
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT %1 FROM disclosures d JOIN sessions s ON s.id = d.session_id "
                                    "WHERE s.relationship_id = ?1 ORDER BY s.start, s.id, d.position, d.id")
                         .arg(disclosureColumns));
    stmt.bind(1, relationshipId);
    while (stmt.next())
        result.append(readDisclosure(stmt));
    return result;
}

int JournalStore::disclosureCount(qint64 relationshipId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM disclosures d JOIN sessions s ON s.id = "
                                            "d.session_id WHERE s.relationship_id = ?1"));
    stmt.bind(1, relationshipId);
    return stmt.next() ? stmt.integer(0) : 0;
}

bool JournalStore::save(Person &person)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral(
            "INSERT INTO people (id, is_me, content) VALUES (?1, ?2, ?3) "
            "ON CONFLICT(id) DO UPDATE SET is_me = excluded.is_me, content = excluded.content"));
        stmt.bindId(1, person.id);
        QJsonObject content{{QStringLiteral("name"), person.name}};
        if (!person.colour.isEmpty())
            content.insert(QStringLiteral("colour"), person.colour);
        stmt.bind(2, person.isMe ? 1 : 0).bind(3, toContent(content));
        return saveRecord(stmt, person.id);
    });
}

bool JournalStore::saveRecord(SqliteStatement &stmt, qint64 &id)
{
    if (!stmt.exec())
        return fail();
    if (id == 0)
        id = m_db.lastInsertId();
    return true;
}

bool JournalStore::save(Relationship &relationship)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral(
            "INSERT INTO relationships (id, person_a, person_b, kind, started, stage) VALUES (?1, ?2, ?3, "
            "?4, ?5, ?6) "
            "ON CONFLICT(id) DO UPDATE SET person_a = excluded.person_a, person_b = excluded.person_b, "
            "kind = excluded.kind, started = excluded.started, stage = excluded.stage"));
        stmt.bindId(1, relationship.id);
        stmt.bind(2, relationship.personA)
            .bind(3, relationship.personB)
            .bind(4, relationshipKindKey(relationship.kind));
        if (relationship.started.isValid())
            stmt.bind(5, relationship.started.toString(Qt::ISODate));
        else
            stmt.bindNull(5);
        stmt.bind(6, stageKey(relationship.stage));
        return saveRecord(stmt, relationship.id);
    });
}

bool JournalStore::save(Topic &topic)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral(
            "INSERT INTO topics (id, position, hidden, content) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT(id) DO UPDATE SET position = excluded.position, hidden = excluded.hidden, "
            "content = excluded.content"));
        stmt.bindId(1, topic.id);
        stmt.bind(2, topic.position).bind(3, topic.hidden ? 1 : 0);
        stmt.bind(4, toContent(QJsonObject{{QStringLiteral("name"), topic.name}}));
        return saveRecord(stmt, topic.id);
    });
}

bool JournalStore::save(Session &session)
{
    return write([&] {
        auto stmt = m_db.prepareCached(
            QStringLiteral("INSERT INTO sessions (id, relationship_id, start, context, mood, content) VALUES "
                           "(?1, ?2, ?3, ?4, ?5, ?6) "
                           "ON CONFLICT(id) DO UPDATE SET relationship_id = excluded.relationship_id, start "
                           "= excluded.start, "
                           "context = excluded.context, mood = excluded.mood, content = excluded.content"));
        stmt.bindId(1, session.id);
        stmt.bind(2, session.relationshipId).bind(3, isoDateTime(session.start));
        stmt.bind(4, sessionContextKey(session.context));
        stmt.bindOptional(5, session.mood);
        QJsonObject content;
        if (!session.notes.isEmpty())
            content.insert(QStringLiteral("notes"), session.notes);
        stmt.bind(6, toContent(content));
        return saveRecord(stmt, session.id);
    });
}

bool JournalStore::save(Disclosure &disclosure)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral(
            "INSERT INTO disclosures (id, session_id, position, speaker, topic_id, depth, reception, "
            "content) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
            "ON CONFLICT(id) DO UPDATE SET session_id = excluded.session_id, position = excluded.position, "
            "speaker = excluded.speaker, topic_id = excluded.topic_id, depth = excluded.depth, "
            "reception = excluded.reception, content = excluded.content"));
        stmt.bindId(1, disclosure.id);
        stmt.bind(2, disclosure.sessionId).bind(3, disclosure.position);
        stmt.bind(4, disclosure.speaker == Speaker::B ? QStringLiteral("b") : QStringLiteral("a"));
        stmt.bind(5, disclosure.topicId).bind(6, disclosure.depth);
        if (disclosure.reception)
            stmt.bind(7, receptionKey(*disclosure.reception));
        else
            stmt.bindNull(7);
        QJsonObject content;
        if (!disclosure.note.isEmpty())
            content.insert(QStringLiteral("note"), disclosure.note);
        stmt.bind(8, toContent(content));
        return saveRecord(stmt, disclosure.id);
    });
}

bool JournalStore::saveLayers(const QList<Layer> &layers)
{
    if (layers.size() < minimumLayerCount || layers.size() > maximumLayerCount) {
        m_lastError =
            tr("A journal has between %1 and %2 layers.").arg(minimumLayerCount).arg(maximumLayerCount);
        return false;
    }
    return write([&] {
        auto deepest = m_db.prepareCached(QStringLiteral("SELECT coalesce(max(depth), 0) FROM disclosures"));
        if (deepest.next() && deepest.integer(0) > layers.size()) {
            m_lastError =
                tr("Disclosures at depth %1 exist; remove or change them before removing that layer.")
                    .arg(deepest.integer(0));
            return false;
        }
        if (!m_db.exec(QStringLiteral("DELETE FROM layers")))
            return fail();
        auto stmt = m_db.prepareCached(QStringLiteral("INSERT INTO layers (depth, content) VALUES (?1, ?2)"));
        int depth = 1;
        for (const Layer &layer : layers) {
            stmt.bind(1, depth++)
                .bind(2, toContent(QJsonObject{{QStringLiteral("name"), layer.name},
                                               {QStringLiteral("description"), layer.description}}));
            if (!stmt.exec())
                return fail();
            stmt.reset();
        }
        return true;
    });
}

namespace {
QString deleteById(const char *table)
{
    return QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(QLatin1String(table));
}
} // namespace

bool JournalStore::removePerson(qint64 id)
{
    return write([&] { return m_db.prepareCached(deleteById("people")).bind(1, id).exec() || fail(); });
}

bool JournalStore::removeRelationship(qint64 id)
{
    return write(
        [&] { return m_db.prepareCached(deleteById("relationships")).bind(1, id).exec() || fail(); });
}

bool JournalStore::removeTopic(qint64 id)
{
    return write([&] { return m_db.prepareCached(deleteById("topics")).bind(1, id).exec() || fail(); });
}

bool JournalStore::removeSession(qint64 id)
{
    return write([&] { return m_db.prepareCached(deleteById("sessions")).bind(1, id).exec() || fail(); });
}

bool JournalStore::removeDisclosure(qint64 id)
{
    return write([&] { return m_db.prepareCached(deleteById("disclosures")).bind(1, id).exec() || fail(); });
}

bool JournalStore::setDisclosureOrder(qint64 sessionId, const QList<qint64> &disclosureIds)
{
    return write([&] {
        auto stmt = m_db.prepareCached(
            QStringLiteral("UPDATE disclosures SET position = ?1 WHERE id = ?2 AND session_id = ?3"));
        for (qsizetype i = 0; i < disclosureIds.size(); ++i) {
            stmt.bind(1, qint64(i)).bind(2, disclosureIds.at(i)).bind(3, sessionId);
            if (!stmt.exec())
                return fail();
            stmt.reset();
        }
        return true;
    });
}

bool JournalStore::setTopicOrder(const QList<qint64> &topicIds)
{
    return write([&] {
        auto stmt = m_db.prepareCached(QStringLiteral("UPDATE topics SET position = ?1 WHERE id = ?2"));
        for (qsizetype i = 0; i < topicIds.size(); ++i) {
            stmt.bind(1, qint64(i)).bind(2, topicIds.at(i));
            if (!stmt.exec())
                return fail();
            stmt.reset();
        }
        return true;
    });
}

bool JournalStore::saveCopy(const QString &target)
{
    return writeCopy(m_path, m_key.get(), target, &m_lastError);
}

bool JournalStore::writeCopy(const QString &path, const JournalKey *key, const QString &target,
                             QString *error)
{
    const QString temporary = PrivateFiles::temporaryNameBeside(target);
    if (!PrivateFiles::createEmptyFile(temporary, error))
        return false;
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly, key)) {
        *error = db.lastError();
        QFile::remove(temporary);
        return false;
    }
    auto stmt = db.prepare(QStringLiteral("VACUUM INTO ?1"));
    stmt.bind(1, temporary);
    if (!stmt.exec()) {
        *error = db.lastError();
        QFile::remove(temporary);
        return false;
    }
    if (!PrivateFiles::commitTemporary(temporary, target, error)) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace unfold
