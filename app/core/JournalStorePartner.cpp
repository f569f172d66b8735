// SPDX-License-Identifier: GPL-3.0-or-later
// The partner part of JournalStore: the partner's account of a relationship, and the matches
// between its sessions and this journal's.
#include "JournalStore.h"

namespace unfold {

std::optional<StoredPartnerAccount> JournalStore::partnerAccount(qint64 relationshipId, QString *error)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT swapped, imported_at, content FROM partner_accounts WHERE relationship_id = ?1"));
    stmt.bind(1, relationshipId);
    if (!stmt.next())
        return std::nullopt;
    QString problem;
    std::optional<PartnerAccount> account = PartnerAccount::fromJson(stmt.text(2).toUtf8(), &problem);
    if (!account) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return StoredPartnerAccount{*account, stmt.integer(0) != 0,
                                QDateTime::fromString(stmt.text(1), Qt::ISODate).toLocalTime()};
}

bool JournalStore::savePartnerAccount(qint64 relationshipId, const StoredPartnerAccount &account)
{
    return write([&] {
        return m_db
                   .prepare(QStringLiteral(
                       "INSERT INTO partner_accounts (relationship_id, swapped, imported_at, content) "
                       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(relationship_id) DO UPDATE SET "
                       "swapped = excluded.swapped, imported_at = excluded.imported_at, content = "
                       "excluded.content"))
                   .bind(1, relationshipId)
                   .bind(2, account.swapped ? 1 : 0)
                   .bind(3, account.importedAt.toUTC().toString(Qt::ISODate))
                   .bind(4, QString::fromUtf8(account.account.toJson()))
                   .exec() ||
               fail();
    });
}

bool JournalStore::removePartnerAccount(qint64 relationshipId)
{
    return write([&] {
        return m_db.prepare(QStringLiteral("DELETE FROM partner_accounts WHERE relationship_id = ?1"))
                   .bind(1, relationshipId)
                   .exec() ||
               fail();
    });
}

namespace {

QList<MatchDecision> readDecisions(SqliteStatement &stmt)
{
    QList<MatchDecision> result;
    while (stmt.next())
        result.append({stmt.int64(0), stmt.int64(1), stmt.integer(2) != 0});
    return result;
}

} // namespace

QList<MatchDecision> JournalStore::matchDecisions(qint64 relationshipId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT m.session_id, m.partner_session_id, m.paired FROM session_matches m JOIN sessions s "
        "ON s.id = m.session_id WHERE s.relationship_id = ?1 ORDER BY s.start, m.session_id, "
        "m.partner_session_id"));
    stmt.bind(1, relationshipId);
    return readDecisions(stmt);
}

QList<MatchDecision> JournalStore::matchDecisionsOfSession(qint64 sessionId)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT session_id, partner_session_id, paired FROM session_matches "
                                    "WHERE session_id = ?1 ORDER BY partner_session_id"));
    stmt.bind(1, sessionId);
    return readDecisions(stmt);
}

bool JournalStore::saveMatchDecision(const MatchDecision &decision)
{
    return write([&] {
        // Pairing is one to one: a new pair ends any other pair of either session.
        if (decision.paired) {
            const bool cleared =
                m_db.prepare(
                        QStringLiteral("DELETE FROM session_matches WHERE paired = 1 AND (session_id = ?1 OR "
                                       "(partner_session_id = ?2 AND session_id IN (SELECT id FROM sessions "
                                       "WHERE relationship_id = (SELECT relationship_id FROM sessions "
                                       "WHERE id = ?1))))"))
                    .bind(1, decision.sessionId)
                    .bind(2, decision.partnerSessionId)
                    .exec();
            if (!cleared)
                return fail();
        }
        return m_db.prepare(
                       QStringLiteral("INSERT INTO session_matches (session_id, partner_session_id, paired) "
                                      "VALUES (?1, ?2, ?3) ON CONFLICT(session_id, partner_session_id) "
                                      "DO UPDATE SET paired = excluded.paired"))
                   .bind(1, decision.sessionId)
                   .bind(2, decision.partnerSessionId)
                   .bind(3, decision.paired ? 1 : 0)
                   .exec() ||
               fail();
    });
}

bool JournalStore::setMatchDecisions(qint64 relationshipId, const QList<MatchDecision> &decisions)
{
    return write([&] {
        if (!m_db.prepare(QStringLiteral("DELETE FROM session_matches WHERE session_id IN "
                                         "(SELECT id FROM sessions WHERE relationship_id = ?1)"))
                 .bind(1, relationshipId)
                 .exec())
            return fail();
        for (const MatchDecision &d : decisions) {
            if (!saveMatchDecision(d))
                return false;
        }
        return true;
    });
}

} // namespace unfold
