// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalBackups.h"
#include "JournalLock.h"
#include "JournalStore.h"
#include "TimelineEvent.h"

#include <QObject>

#include <memory>

namespace unfold {

// A session with its disclosures, as kept by an undo command that removed it.
struct SessionRecord
{
    Session session;
    QList<Disclosure> disclosures;
    QList<QuestionnaireAnswer> answers; // removed with the session, so restored with it
    QList<MatchDecision> matches;       // the same
};

// A relationship with everything logged in it, as kept by an undo command that removed it.
struct RelationshipRecord
{
    Relationship relationship;
    QList<SessionRecord> sessions;
    QList<TimelineEvent> events;                 // removed with the relationship, so restored with it
    std::optional<StoredPartnerAccount> partner; // the same
};

// An open journal: what views read and what edit commands write through. It holds the
// file's lock, makes rotating backups as edits happen, and announces every change so views
// refresh without ever touching the database.
class Journal final : public QObject
{
    Q_OBJECT

public:
    // Opens `path`. Read-write needs the journal's lock: when another instance holds it the
    // problem is InUse and the caller may ask the user and open read-only instead.
    // An encrypted journal needs its key (JournalKey::forJournal).
    static std::unique_ptr<Journal> open(const QString &path, JournalStore::Access access,
                                         const QString &backupFolder, JournalProblem *problem,
                                         std::shared_ptr<const JournalKey> key = {});
    // With a key the new journal is encrypted.
    static std::unique_ptr<Journal> create(const QString &path, const QString &backupFolder,
                                           JournalProblem *problem,
                                           std::shared_ptr<const JournalKey> key = {});
    ~Journal() override;

    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    bool isEncrypted() const { return m_store && m_store->isEncrypted(); }
    QString lastError() const { return m_lastError; }
    JournalStore &store() { return *m_store; }
    JournalBackups *backups() { return m_backups.get(); }
    // Waits for a backup being made (on its own thread) and announces its failure: before a
    // command-line edit ends, say. False when it failed (backups()->lastError() says why).
    bool finishBackups();

    const QList<Person> &people() const { return m_people; }
    const QList<Topic> &topics() const { return m_topics; } // in order, hidden included
    const QList<Layer> &layers() const { return m_layers; }
    QList<Relationship> relationships() const;
    std::optional<Person> person(qint64 id) const;
    std::optional<Topic> topic(qint64 id) const;
    std::optional<Relationship> relationship(qint64 id) const;
    int layerCount() const { return int(m_layers.size()); }
    // "Anna & Ben": how a relationship is named in lists, titles and on the command line.
    QString relationshipTitle(const Relationship &relationship) const;

    QList<SessionSummary> sessionSummaries(qint64 relationshipId) const;
    std::optional<Session> session(qint64 sessionId) const;
    QList<Disclosure> disclosures(qint64 sessionId) const;
    QList<Disclosure> disclosuresOfRelationship(qint64 relationshipId) const;
    RelationshipRecord relationshipRecord(qint64 relationshipId) const;
    SessionRecord sessionRecord(qint64 sessionId) const;

    // Each edit is one transaction, announced by a signal once it is on disk. False leaves the
    // journal as it was and sets lastError(). Views hold a const Journal: in the app only the
    // commands of EditHistory call these, so every edit can be undone.
    bool savePerson(Person &person);
    bool removePerson(qint64 id);
    bool saveRelationship(Relationship &relationship);
    bool removeRelationship(qint64 id);
    bool restoreRelationship(const RelationshipRecord &record);
    bool saveTopic(Topic &topic);
    bool removeTopic(qint64 id);
    bool setTopicOrder(const QList<qint64> &topicIds);
    bool saveLayers(const QList<Layer> &layers);
    bool saveSession(Session &session);
    bool removeSession(qint64 id);
    bool restoreSession(const SessionRecord &record);
    bool saveDisclosure(Disclosure &disclosure);
    bool removeDisclosure(const Disclosure &disclosure);
    // Puts a removed disclosure back where it was: `order` is the session's order with it.
    bool restoreDisclosure(const Disclosure &disclosure, const QList<qint64> &order);
    bool setDisclosureOrder(qint64 sessionId, const QList<qint64> &disclosureIds);

    // --- Questionnaire answers, in JournalAnswers.cpp. Each call is one transaction.
    QList<QuestionnaireAnswer> answers(qint64 sessionId) const;
    QList<QuestionnaireAnswer> answersOfRelationship(qint64 relationshipId) const;
    bool saveAnswer(QuestionnaireAnswer &answer);
    // A couple's hand-over: both people's answers together, so neither is stored alone.
    bool saveAnswers(QList<QuestionnaireAnswer> &answers);
    // The answer sets `answers` would replace: those of the same session, person and instrument
    // (one set each, DESIGN.md §2.1). Empty when the answers are the first of their kind.
    QList<QuestionnaireAnswer> answersReplacedBy(const QList<QuestionnaireAnswer> &answers) const;
    // Takes `remove` out and puts `save` in as one transaction: answering again replaces the
    // earlier set, and undoing that brings it back, with nothing in between on disk.
    bool replaceAnswers(const QList<QuestionnaireAnswer> &remove, QList<QuestionnaireAnswer> &save);
    bool removeAnswer(const QuestionnaireAnswer &answer);
    // Takes back answers given together (a hand-over) together, so neither stays alone.
    bool removeAnswers(const QList<QuestionnaireAnswer> &answers);
    // --- end of questionnaire answers ---

    // --- Timeline events, in JournalEvents.cpp.
    QList<TimelineEvent> timelineEvents(qint64 relationshipId) const;
    bool saveTimelineEvent(TimelineEvent &event);
    bool removeTimelineEvent(const TimelineEvent &event);
    // --- end of timeline events ---

    // --- The partner's account (DESIGN.md §2.3), in JournalPartner.cpp.
    std::optional<StoredPartnerAccount> partnerAccount(qint64 relationshipId) const;
    // This journal's own account of a relationship, as an exchange file carries it to the partner.
    PartnerAccount ownAccount(qint64 relationshipId, bool includeNotes) const;
    // Puts in `account` (or, with nullopt, takes out the account) as one transaction.
    bool setPartnerAccount(qint64 relationshipId, const std::optional<StoredPartnerAccount> &account);
    QList<MatchDecision> matchDecisions(qint64 relationshipId) const;
    bool setMatchDecisions(qint64 relationshipId, const QList<MatchDecision> &decisions);
    // My sessions and the partner's paired as the decisions and the start times say.
    MatchedSessions matchedSessions(qint64 relationshipId) const;
    // The same for an account already read (partnerAccount), so a view reads and parses it once.
    MatchedSessions matchedSessions(qint64 relationshipId,
                                    const std::optional<StoredPartnerAccount> &partner) const;
    // --- end of the partner's account ---

    bool saveCopy(const QString &target);

    // Encrypts a plain journal with `key`, or gives an encrypted one the new key, keeping the
    // journal's lock throughout (JournalEncryption::rewrite). False with lastError(): the file is
    // as it was, and the journal stays open unless isOpen() says it could not be reopened.
    bool changeKey(std::shared_ptr<const JournalKey> key);
    bool isOpen() const { return m_store != nullptr; }

    // changeKey in steps, for a window that does the long one on a thread of its own (a decade's
    // journal takes seconds to rewrite and check): rewriteWithKey touches no Journal and may run on
    // any thread while the journal stays open for reading (nothing may be saved meanwhile);
    // adoptRewritten then takes its outcome on the journal's thread. The journal's backups must be
    // finished first (finishBackups), or a plain copy could land after the journal is encrypted.
    struct Rewritten
    {
        std::unique_ptr<JournalStore> store; // the journal opened again with the new key
        bool rewritten = false;              // whether the file now has the new key
        QString error;
    };
    static Rewritten rewriteWithKey(const QString &path, const std::shared_ptr<const JournalKey> &oldKey,
                                    const std::shared_ptr<const JournalKey> &key);
    bool adoptRewritten(Rewritten outcome);

Q_SIGNALS:
    void peopleChanged();
    void relationshipsChanged();
    void topicsChanged();
    void layersChanged();
    void sessionsChanged(qint64 relationshipId);
    void disclosuresChanged(qint64 sessionId, qint64 relationshipId);
    void answersChanged(qint64 sessionId);
    void eventsChanged(qint64 relationshipId);
    // The partner's account of the relationship, or the matches of its sessions, changed.
    void partnerChanged(qint64 relationshipId);
    // A backup that was due failed; editing goes on, but the user should know.
    void backupFailed(const QString &message);

private:
    Journal(std::unique_ptr<JournalStore> store, std::unique_ptr<JournalLock> lock,
            const QString &backupFolder);
    bool finish(bool ok);
    void waitForBackupsBeforeSaves();
    bool topicsStored(bool stored);
    void reloadPeople();
    void reloadTopics();
    void reloadLayers();
    qint64 relationshipOfSession(qint64 sessionId) const;
    // Writes a removed session back with all it held; inside the caller's transaction.
    bool storeSessionRecord(const SessionRecord &record);

    std::unique_ptr<JournalStore> m_store;
    std::unique_ptr<JournalLock> m_lock;
    std::unique_ptr<JournalBackups> m_backups;
    QList<Person> m_people;
    QList<Topic> m_topics;
    QList<Layer> m_layers;
    QList<Relationship> m_relationships;
    QString m_lastError;
};

} // namespace unfold
