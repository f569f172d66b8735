// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "JournalFileState.h"
#include "JournalProblem.h"
#include "Layer.h"
#include "PartnerAccount.h"
#include "Person.h"
#include "QuestionnaireAnswer.h"
#include "Relationship.h"
#include "Session.h"
#include "SessionMatching.h"
#include "SqliteDatabase.h"
#include "TimelineEvent.h"
#include "Topic.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace unfold {

class JournalKey;

// Summary of a session for the timeline: the session and how many disclosures it holds.
struct SessionSummary
{
    Session session;
    int disclosuresA = 0;
    int disclosuresB = 0;
};

// A journal file on disk: reads records and writes each edit as one transaction.
// The only code that speaks SQL about journal records.
class JournalStore final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::JournalStore)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    // Creates a new journal at `path`; refuses when a file is there. The file is 0600. With a key
    // the journal is encrypted whole from its first byte.
    static std::unique_ptr<JournalStore> create(const QString &path, JournalProblem *problem,
                                                std::shared_ptr<const JournalKey> key = {});
    // Opens an existing journal. Checks that it is a journal, undamaged and not newer than this
    // build, and (read-write only) upgrades an older schema after copying the old file aside.
    // A file Unfold left whole (CheckedJournals) has its header checked, not every page and record
    // again (its schema is among the bytes the record's checksum covers; compared still when the
    // file is in an older format); a journal opened for editing is remembered as whole when it closes,
    // if Unfold alone wrote it meanwhile.
    // An encrypted journal needs its key (NeedsPassphrase / WrongPassphrase otherwise); the key
    // is ignored for a plain one. The store keeps the key for as long as it is open.
    static std::unique_ptr<JournalStore> open(const QString &path, Access access, JournalProblem *problem,
                                              std::shared_ptr<const JournalKey> key = {});
    // Looks at a file without changing it or writing anything beside it: the problem that would
    // stop open(), if any, and its schema version when it is a journal. Every file is untrusted:
    // besides SQLite's own check (quick, or with `fullCheck` the full integrity check), a format
    // out of range, a schema that is not the one Unfold writes for that format (Altered), a
    // dangling reference and a record whose content does not read are each refused.
    static JournalProblem inspect(const QString &path, int *schemaVersion = nullptr, bool fullCheck = false,
                                  const JournalKey *key = nullptr);
    // What inspect() finds from the file's header and schema alone: whether it is a journal this
    // build can open (or which problem says otherwise), without reading every page and record.
    // For telling a journal from another file quickly (`unfold FILE`); opening checks it whole.
    static JournalProblem identify(const QString &path, const JournalKey *key = nullptr);
    // True when the file at `path` begins as an encrypted Unfold journal does.
    static bool isEncryptedFile(const QString &path);
    // True when the header of the plain file at `path` says it is a journal in the current
    // format, with no cut-off save beside it: opening it upgrades nothing. Only the first bytes
    // are read; nothing is checked.
    static bool saysCurrentFormat(const QString &path);

    // Remembers the journal as whole (CheckedJournals) when it may be.
    ~JournalStore();
    Q_DISABLE_COPY_MOVE(JournalStore)

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isEncrypted() const { return m_key != nullptr; }
    // The key the journal was opened with; null for a plain journal.
    std::shared_ptr<const JournalKey> key() const { return m_key; }
    QString lastError() const { return m_lastError; }
    // The copy kept before a schema upgrade during open(), when one was made.
    QString preMigrationCopy() const { return m_preMigrationCopy; }
    // What that upgrade changed in the records themselves, in words for the user; usually empty.
    QStringList upgradeNotes() const { return m_upgradeNotes; }
    // False when opening left out the check of every page and record, the file being known whole.
    bool wasCheckedWhole() const { return m_checkedWhole; }

    QList<Person> people();
    QList<Relationship> relationships();
    QList<Topic> topics();                          // in position order, hidden ones included
    QList<Layer> layers();                          // by depth
    QList<Session> sessions(qint64 relationshipId); // by start time
    QList<SessionSummary> sessionSummaries(qint64 relationshipId);
    std::optional<Session> session(qint64 sessionId);
    QList<Disclosure> disclosures(qint64 sessionId); // by position
    // Every disclosure of a relationship, grouped by session id in start order (for the onion).
    QList<Disclosure> disclosuresOfRelationship(qint64 relationshipId);
    int disclosureCount(qint64 relationshipId);

    // Saving inserts a record whose id is 0 (and sets its id), or writes it under its id,
    // restoring it if it was removed. Each call is one transaction; false leaves the file as it was.
    bool save(Person &person);
    bool save(Relationship &relationship);
    bool save(Topic &topic);
    bool save(Session &session);
    bool save(Disclosure &disclosure);
    bool saveLayers(const QList<Layer> &layers);

    bool removePerson(qint64 id);
    bool removeRelationship(qint64 id); // with its sessions and their disclosures
    bool removeTopic(qint64 id);        // refused while disclosures use it
    bool removeSession(qint64 id);      // with its disclosures
    bool removeDisclosure(qint64 id);
    // Renumbers the disclosures of a session in the given order.
    bool setDisclosureOrder(qint64 sessionId, const QList<qint64> &disclosureIds);
    bool setTopicOrder(const QList<qint64> &topicIds);

    // --- Questionnaire answers, implemented in JournalStoreAnswers.cpp ---
    // Administrations of a session, by time answered, each with its stored scores.
    QList<QuestionnaireAnswer> answers(qint64 sessionId);
    // Every administration in a relationship, in session order: the score history.
    QList<QuestionnaireAnswer> answersOfRelationship(qint64 relationshipId);
    // Inserts (id 0, and sets the id) or replaces an administration and its scores.
    bool save(QuestionnaireAnswer &answer);
    bool removeAnswer(qint64 id);
    // --- end of questionnaire answers ---

    // --- Timeline events, implemented in JournalStoreEvents.cpp ---
    QList<TimelineEvent> timelineEvents(qint64 relationshipId); // by day
    // Inserts (id 0, and sets the id) or replaces an event.
    bool save(TimelineEvent &event);
    bool removeTimelineEvent(qint64 id);
    // --- end of timeline events ---

    // --- The partner's account and session matches, implemented in JournalStorePartner.cpp ---
    // Nullopt when none was imported; `error` (when given) is set if the stored account is unreadable.
    std::optional<StoredPartnerAccount> partnerAccount(qint64 relationshipId, QString *error = nullptr);
    // Puts `account` in place of any earlier account of the relationship.
    bool savePartnerAccount(qint64 relationshipId, const StoredPartnerAccount &account);
    bool removePartnerAccount(qint64 relationshipId);
    QList<MatchDecision> matchDecisions(qint64 relationshipId);
    // The decisions of one session (kept with it when it is removed, so undo brings them back).
    QList<MatchDecision> matchDecisionsOfSession(qint64 sessionId);
    // Replaces every decision of the relationship with `decisions`.
    bool setMatchDecisions(qint64 relationshipId, const QList<MatchDecision> &decisions);
    bool saveMatchDecision(const MatchDecision &decision);
    // --- end of the partner's account ---

    // Runs several saves as one transaction; the saves inside do not open their own.
    bool inTransaction(const std::function<bool()> &work);
    // Called before each save begins: the journal waits there for a backup being copied, whose
    // read lock the save would otherwise wait for, and give up on after the busy timeout.
    void setBeforeSave(std::function<void()> beforeSave) { m_beforeSave = std::move(beforeSave); }

    // Writes a consistent copy of the journal to `target` (0600) through a temporary file,
    // so an existing file at `target` is replaced only by a complete copy.
    bool saveCopy(const QString &target);
    // The same for the journal at `path` (with its key, if encrypted), through a connection of
    // its own: safe on any thread while the journal is open, for a window that must not wait for
    // a large journal's copy. The copy holds no free pages, so nothing deleted lingers in it.
    static bool writeCopy(const QString &path, const JournalKey *key, const QString &target, QString *error);

private:
    // How much of a file inspect() reads: every page and record (SQLite's quick check, or its
    // full integrity check); its header and schema alone (telling a journal from other files); or,
    // for a file known whole, its header alone: the schema is among the bytes its checksum covers.
    enum class Checks
    {
        Header,
        HeaderAndSchema,
        Quick,
        Full
    };
    static JournalProblem inspect(const QString &path, int *schemaVersion, Checks checks,
                                  const JournalKey *key);

    JournalStore() = default;
    bool write(const std::function<bool()> &work);
    bool fail();
    // True while no other program has written the file since this store's last edit (or opening).
    bool writtenOnlyHere();
    // Runs a save, INSERT … ON CONFLICT(id) DO UPDATE with the id bound by bindId, and gives a
    // new record the id SQLite chose.
    bool saveRecord(SqliteStatement &stmt, qint64 &id);

    std::shared_ptr<const JournalKey> m_key; // outlives m_db, declared first
    SqliteDatabase m_db;
    QString m_path;
    QString m_lastError;
    QString m_preMigrationCopy;
    QStringList m_upgradeNotes;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    std::function<void()> m_beforeSave;
    bool m_checkedWhole = true;
    // Whether the file is as its opening found it whole (or Unfold made it), written since by this
    // store alone; and its state after this store's last write.
    bool m_whole = false;
    JournalFileState m_leftAs;
    std::optional<qint64> m_dataVersion;
};

} // namespace unfold
