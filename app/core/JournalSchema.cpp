// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalSchema.h"

#include "Layer.h"
#include "SqliteDatabase.h"
#include "Topic.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace unfold::JournalSchema {

namespace {

// User-written text of a record (names, notes, descriptions) lives in one JSON `content`
// column per table, so a later encryption layer can wrap exactly that column.
bool createVersion1(SqliteDatabase &db, QString *error)
{
    const bool ok = db.exec(QStringLiteral(R"sql(
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            is_me INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0, 1)),
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE relationships (
            id INTEGER PRIMARY KEY,
            person_a INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
            person_b INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            started TEXT,
            stage TEXT NOT NULL DEFAULT '',
            CHECK (person_a <> person_b)
        );
        CREATE TABLE topics (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE layers (
            depth INTEGER PRIMARY KEY CHECK (depth BETWEEN 1 AND 5),
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            relationship_id INTEGER NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
            start TEXT NOT NULL,
            context TEXT NOT NULL,
            mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE disclosures (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker TEXT NOT NULL CHECK (speaker IN ('a', 'b')),
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE RESTRICT,
            depth INTEGER NOT NULL CHECK (depth BETWEEN 1 AND 5),
            reception TEXT,
            content TEXT NOT NULL DEFAULT '{}'
        );
    )sql"));
    if (!ok) {
        *error = db.lastError();
        return false;
    }

    auto topic = db.prepare(QStringLiteral("INSERT INTO topics (position, content) VALUES (?1, ?2)"));
    int position = 0;
    for (const QString &name : defaultTopicNames()) {
        const QJsonObject content{{QStringLiteral("name"), name}};
        topic.bind(1, position++)
            .bind(2, QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
        if (!topic.exec()) {
            *error = db.lastError();
            return false;
        }
        topic.reset();
    }
    auto layer = db.prepare(QStringLiteral("INSERT INTO layers (depth, content) VALUES (?1, ?2)"));
    for (const Layer &l : defaultLayers()) {
        const QJsonObject content{{QStringLiteral("name"), l.name},
                                  {QStringLiteral("description"), l.description}};
        layer.bind(1, l.depth)
            .bind(2, QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
        if (!layer.exec()) {
            *error = db.lastError();
            return false;
        }
        layer.reset();
    }
    return true;
}

// Version 2: events the user marks on a relationship's timeline ("moved in", "started
// therapy"), and the indexes that keep opening a large journal instant.
bool upgradeToVersion2(SqliteDatabase &db, QString *error)
{
    const bool ok = db.exec(QStringLiteral(R"sql(
        CREATE TABLE timeline_events (
            id INTEGER PRIMARY KEY,
            relationship_id INTEGER NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX sessions_by_relationship ON sessions (relationship_id, start);
        CREATE INDEX disclosures_by_session ON disclosures (session_id, position);
        CREATE INDEX events_by_relationship ON timeline_events (relationship_id, day);
    )sql"));
    if (!ok)
        *error = db.lastError();
    return ok;
}

// Version 3: questionnaires answered about a session. The answers are the
// respondent's own words in effect, so they live in `content`; scores are derived numbers kept
// beside them so histories need no rescoring, and they go with their administration.
bool upgradeToVersion3(SqliteDatabase &db, QString *error)
{
    const bool ok = db.exec(QStringLiteral(R"sql(
        CREATE TABLE questionnaire_administrations (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            respondent TEXT NOT NULL CHECK (respondent IN ('a', 'b')),
            instrument_id TEXT NOT NULL,
            instrument_version INTEGER NOT NULL CHECK (instrument_version >= 1),
            answered_at TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE questionnaire_scores (
            administration_id INTEGER NOT NULL REFERENCES questionnaire_administrations(id) ON DELETE CASCADE,
            subscale TEXT NOT NULL,
            items INTEGER NOT NULL,
            answered INTEGER NOT NULL,
            mean REAL,
            score REAL,
            score_0_100 REAL,
            PRIMARY KEY (administration_id, subscale)
        );
        CREATE INDEX administrations_by_session ON questionnaire_administrations (session_id, answered_at);
    )sql"));
    if (!ok)
        *error = db.lastError();
    return ok;
}

// Version 4: one answer set per person, instrument and session (DESIGN.md §2.1). Earlier
// versions let the check-in be answered twice for a session, and then the charts averaged the
// two sets while the tables showed the latest: the same measure had two numbers. The latest set
// is the one the person meant, so it stays; the upgrade says how many earlier ones it removed.
bool upgradeToVersion4(SqliteDatabase &db, QString *error, QStringList *notes)
{
    const QString superseded = QStringLiteral(R"sql(
        EXISTS (SELECT 1 FROM questionnaire_administrations later
                WHERE later.session_id = questionnaire_administrations.session_id
                  AND later.respondent = questionnaire_administrations.respondent
                  AND later.instrument_id = questionnaire_administrations.instrument_id
                  AND (later.answered_at > questionnaire_administrations.answered_at
                       OR (later.answered_at = questionnaire_administrations.answered_at
                           AND later.id > questionnaire_administrations.id))))sql");
    const std::optional<qint64> removed =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM questionnaire_administrations WHERE ") + superseded);
    const bool ok =
        removed &&
        db.exec(QStringLiteral("DELETE FROM questionnaire_scores WHERE administration_id IN "
                               "(SELECT id FROM questionnaire_administrations WHERE ") +
                superseded + QStringLiteral(");")) &&
        db.exec(QStringLiteral("DELETE FROM questionnaire_administrations WHERE ") + superseded +
                QStringLiteral(";")) &&
        db.exec(QStringLiteral("CREATE UNIQUE INDEX answers_one_per_session ON questionnaire_administrations "
                               "(session_id, respondent, instrument_id);"));
    if (!ok) {
        *error = db.lastError();
        return false;
    }
    if (*removed > 0 && notes) {
        // No %n: English has no plural forms file, and "set(s)" reads badly.
        notes->append(
            QCoreApplication::translate("unfold::JournalSchema",
                                        "Questionnaires answered more than once by the same person for "
                                        "the same session now keep only the latest answers; earlier "
                                        "answer sets removed: %1.")
                .arg(*removed));
    }
    return true;
}

// Version 5: the partner's account of a relationship (DESIGN.md §2.3), kept beside the user's own
// log and never mixed into it: the whole account is the partner's words, so it is one `content`.
// Matches the user made or refused between their sessions and the partner's are kept by session;
// the partner's session ids are those of the partner's journal, so they outlive a newer import.
bool upgradeToVersion5(SqliteDatabase &db, QString *error)
{
    const bool ok = db.exec(QStringLiteral(R"sql(
        CREATE TABLE partner_accounts (
            relationship_id INTEGER PRIMARY KEY REFERENCES relationships(id) ON DELETE CASCADE,
            swapped INTEGER NOT NULL CHECK (swapped IN (0, 1)),
            imported_at TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE session_matches (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            partner_session_id INTEGER NOT NULL,
            paired INTEGER NOT NULL CHECK (paired IN (0, 1)),
            PRIMARY KEY (session_id, partner_session_id)
        );
        CREATE UNIQUE INDEX matches_one_per_session ON session_matches (session_id) WHERE paired = 1;
    )sql"));
    if (!ok)
        *error = db.lastError();
    return ok;
}

// Steps before version 4 have nothing to tell the user.
template <bool (*step)(SqliteDatabase &, QString *)>
bool silently(SqliteDatabase &db, QString *error, QStringList *)
{
    return step(db, error);
}

using Step = bool (*)(SqliteDatabase &, QString *, QStringList *);
// steps[i] brings a journal from version i to version i + 1. Only ever append.
constexpr Step steps[] = {silently<createVersion1>, silently<upgradeToVersion2>, silently<upgradeToVersion3>,
                          upgradeToVersion4, silently<upgradeToVersion5>};
static_assert(std::size(steps) == currentVersion);

} // namespace

bool migrate(SqliteDatabase &db, int targetVersion, QString *error, QStringList *notes)
{
    const std::optional<qint64> version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        *error = db.lastError();
        return false;
    }
    if (*version >= targetVersion)
        return true;
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    for (int v = int(*version); v < targetVersion; ++v) {
        if (!steps[v](db, error, notes))
            return false;
    }
    if (!db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) ||
        !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion))) {
        *error = db.lastError();
        return false;
    }
    if (!transaction.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

bool configureConnection(SqliteDatabase &db, bool readOnly, QString *error)
{
    // Foreign keys keep a journal whole; FULL sync means an edit that returned survives a crash.
    QString sql = QStringLiteral("PRAGMA foreign_keys = ON;");
    if (!readOnly)
        sql += QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
    if (!db.exec(sql)) {
        *error = db.lastError();
        return false;
    }
    return true;
}

} // namespace unfold::JournalSchema
