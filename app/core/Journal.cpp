// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "JournalEncryption.h"

#include <QCoreApplication>
#include <QDir>

namespace unfold {

namespace {
template <typename Record> std::optional<Record> findById(const QList<Record> &records, qint64 id)
{
    for (const Record &r : records)
        if (r.id == id)
            return r;
    return std::nullopt;
}
} // namespace

std::unique_ptr<Journal> Journal::open(const QString &path, JournalStore::Access access,
                                       const QString &backupFolder, JournalProblem *problem,
                                       std::shared_ptr<const JournalKey> key)
{
    std::unique_ptr<JournalLock> lock;
    if (access == JournalStore::Access::ReadWrite) {
        lock = std::make_unique<JournalLock>(path);
        if (!lock->tryLock()) {
            // A missing or foreign file is reported as such, not as "in use". Only checked here:
            // JournalStore::open checks the file anyway, and the check reads the whole file.
            if (JournalProblem found = JournalStore::inspect(path, nullptr, false, key.get())) {
                *problem = found;
                return nullptr;
            }
            // Only another holder means "in use"; a lock that could not be written (a full disk,
            // a read-only folder) is a failed write, and says why.
            if (!lock->isHeldElsewhere()) {
                *problem = {JournalProblem::Kind::WriteFailed,
                            QCoreApplication::translate("unfold::Journal",
                                                        "%1 cannot be opened for editing: its lock file %2 "
                                                        "cannot be written.")
                                .arg(QDir::toNativeSeparators(path),
                                     QDir::toNativeSeparators(JournalLock::lockPathFor(path)))};
                return nullptr;
            }
            *problem = {JournalProblem::Kind::InUse,
                        QCoreApplication::translate("unfold::Journal",
                                                    "%1 is in use by %2. You can open it read-only.")
                            .arg(QDir::toNativeSeparators(path), lock->holderDescription())};
            return nullptr;
        }
    }
    auto store = JournalStore::open(path, access, problem, std::move(key));
    if (!store)
        return nullptr;
    return std::unique_ptr<Journal>(new Journal(std::move(store), std::move(lock), backupFolder));
}

std::unique_ptr<Journal> Journal::create(const QString &path, const QString &backupFolder,
                                         JournalProblem *problem, std::shared_ptr<const JournalKey> key)
{
    auto store = JournalStore::create(path, problem, std::move(key));
    if (!store)
        return nullptr;
    auto lock = std::make_unique<JournalLock>(path);
    lock->tryLock(); // a journal that did not exist a moment ago is ours
    return std::unique_ptr<Journal>(new Journal(std::move(store), std::move(lock), backupFolder));
}

Journal::Journal(std::unique_ptr<JournalStore> store, std::unique_ptr<JournalLock> lock,
                 const QString &backupFolder)
    : m_store(std::move(store)), m_lock(std::move(lock))
{
    if (!m_store->isReadOnly() && !backupFolder.isEmpty()) {
        m_backups = std::make_unique<JournalBackups>(backupFolder, m_store->path());
        // A copy ends on its own thread; its outcome is taken on this object's (finishing waits
        // only for the copy's thread to hand it over).
        m_backups->setCopyEnded([this] {
            QMetaObject::invokeMethod(
                this, [this] { finishBackups(); }, Qt::QueuedConnection);
        });
    }
    waitForBackupsBeforeSaves();
    reloadPeople();
    reloadTopics();
    reloadLayers();
    m_relationships = m_store->relationships();
}

Journal::~Journal()
{
    // The backups' copy ends first, reading the journal as it is; then the journal closes while
    // its lock is still held, so the file it remembers as whole is the one it left.
    m_backups.reset();
    m_store.reset();
}

bool Journal::changeKey(std::shared_ptr<const JournalKey> key)
{
    if (isReadOnly() || !key) {
        m_lastError = tr("The journal is open read-only.");
        return false;
    }
    finishBackups();
    return adoptRewritten(rewriteWithKey(m_store->path(), m_store->key(), key));
}

Journal::Rewritten Journal::rewriteWithKey(const QString &path,
                                           const std::shared_ptr<const JournalKey> &oldKey,
                                           const std::shared_ptr<const JournalKey> &key)
{
    Rewritten outcome;
    // The new file replaces the journal in one rename; the lock stays ours throughout. The open
    // journal keeps reading the old file until its outcome is adopted.
    if (!JournalEncryption::rewrite(path, oldKey.get(), *key, &outcome.error))
        return outcome;
    outcome.rewritten = true;
    JournalProblem problem;
    outcome.store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem, key);
    if (!outcome.store)
        outcome.error = problem.message;
    return outcome;
}

bool Journal::adoptRewritten(Rewritten outcome)
{
    if (!outcome.rewritten) {
        m_lastError = outcome.error; // the file is as it was, and stays open
        return false;
    }
    // The old connection reads a file no longer there: it goes, whether or not the new one opened.
    m_store = std::move(outcome.store);
    if (!m_store) {
        m_lastError = outcome.error;
        return false;
    }
    waitForBackupsBeforeSaves();
    return true;
}

void Journal::waitForBackupsBeforeSaves()
{
    if (m_backups)
        m_store->setBeforeSave([this] { m_backups->waitForRead(); });
}

void Journal::reloadPeople()
{
    m_people = m_store->people();
}
void Journal::reloadTopics()
{
    m_topics = m_store->topics();
}
void Journal::reloadLayers()
{
    m_layers = m_store->layers();
}

QList<Relationship> Journal::relationships() const
{
    return m_relationships;
}
std::optional<Person> Journal::person(qint64 id) const
{
    return findById(m_people, id);
}
std::optional<Topic> Journal::topic(qint64 id) const
{
    return findById(m_topics, id);
}
std::optional<Relationship> Journal::relationship(qint64 id) const
{
    return findById(m_relationships, id);
}

QString Journal::relationshipTitle(const Relationship &relationship) const
{
    const QString a = person(relationship.personA).value_or(Person{}).name;
    const QString b = person(relationship.personB).value_or(Person{}).name;
    return QCoreApplication::translate("unfold::Journal", "%1 & %2").arg(a, b);
}

QList<SessionSummary> Journal::sessionSummaries(qint64 relationshipId) const
{
    return m_store->sessionSummaries(relationshipId);
}
std::optional<Session> Journal::session(qint64 sessionId) const
{
    return m_store->session(sessionId);
}
QList<Disclosure> Journal::disclosures(qint64 sessionId) const
{
    return m_store->disclosures(sessionId);
}
QList<Disclosure> Journal::disclosuresOfRelationship(qint64 relationshipId) const
{
    return m_store->disclosuresOfRelationship(relationshipId);
}

SessionRecord Journal::sessionRecord(qint64 sessionId) const
{
    SessionRecord record;
    if (auto s = m_store->session(sessionId)) {
        record.session = *s;
        record.disclosures = m_store->disclosures(sessionId);
        record.answers = m_store->answers(sessionId);
        record.matches = m_store->matchDecisionsOfSession(sessionId);
    }
    return record;
}

RelationshipRecord Journal::relationshipRecord(qint64 relationshipId) const
{
    RelationshipRecord record;
    record.relationship = relationship(relationshipId).value_or(Relationship{});
    const QList<Session> sessions = m_store->sessions(relationshipId);
    for (const Session &s : sessions)
        record.sessions.append(sessionRecord(s.id));
    record.events = m_store->timelineEvents(relationshipId);
    record.partner = m_store->partnerAccount(relationshipId);
    return record;
}

qint64 Journal::relationshipOfSession(qint64 sessionId) const
{
    const auto s = m_store->session(sessionId);
    return s ? s->relationshipId : 0;
}

bool Journal::finish(bool ok)
{
    if (!ok) {
        m_lastError = m_store->lastError();
        return false;
    }
    m_lastError.clear();
    if (m_backups && !m_backups->noteEdit(*m_store))
        Q_EMIT backupFailed(m_backups->lastError());
    return true;
}

bool Journal::finishBackups()
{
    if (!m_backups || m_backups->finish())
        return true;
    Q_EMIT backupFailed(m_backups->lastError());
    return false;
}

bool Journal::savePerson(Person &person)
{
    if (!finish(m_store->save(person)))
        return false;
    reloadPeople();
    Q_EMIT peopleChanged();
    Q_EMIT relationshipsChanged(); // titles show people's names
    return true;
}

bool Journal::removePerson(qint64 id)
{
    if (!finish(m_store->removePerson(id)))
        return false;
    reloadPeople();
    Q_EMIT peopleChanged();
    return true;
}

bool Journal::saveRelationship(Relationship &relationship)
{
    if (!finish(m_store->save(relationship)))
        return false;
    m_relationships = m_store->relationships();
    Q_EMIT relationshipsChanged();
    return true;
}

bool Journal::removeRelationship(qint64 id)
{
    if (!finish(m_store->removeRelationship(id)))
        return false;
    m_relationships = m_store->relationships();
    Q_EMIT relationshipsChanged();
    return true;
}

bool Journal::restoreRelationship(const RelationshipRecord &record)
{
    const bool ok = m_store->inTransaction([&] {
        Relationship r = record.relationship;
        if (!m_store->save(r))
            return false;
        for (const SessionRecord &s : record.sessions)
            if (!storeSessionRecord(s))
                return false;
        for (TimelineEvent event : record.events)
            if (!m_store->save(event))
                return false;
        return !record.partner || m_store->savePartnerAccount(r.id, *record.partner);
    });
    if (!finish(ok))
        return false;
    m_relationships = m_store->relationships();
    Q_EMIT relationshipsChanged();
    Q_EMIT eventsChanged(record.relationship.id);
    Q_EMIT partnerChanged(record.relationship.id);
    return true;
}

bool Journal::saveTopic(Topic &topic)
{
    return topicsStored(m_store->save(topic));
}

bool Journal::removeTopic(qint64 id)
{
    return topicsStored(m_store->removeTopic(id));
}

bool Journal::setTopicOrder(const QList<qint64> &topicIds)
{
    return topicsStored(m_store->setTopicOrder(topicIds));
}

// After any change to the topics: once it is stored, the topics are read again and the views told.
bool Journal::topicsStored(bool stored)
{
    if (!finish(stored))
        return false;
    reloadTopics();
    Q_EMIT topicsChanged();
    return true;
}

bool Journal::saveLayers(const QList<Layer> &layers)
{
    if (!finish(m_store->saveLayers(layers)))
        return false;
    reloadLayers();
    Q_EMIT layersChanged();
    return true;
}

bool Journal::saveSession(Session &session)
{
    const qint64 before = session.id ? relationshipOfSession(session.id) : 0;
    if (!finish(m_store->save(session)))
        return false;
    if (before && before != session.relationshipId)
        Q_EMIT sessionsChanged(before);
    Q_EMIT sessionsChanged(session.relationshipId);
    return true;
}

bool Journal::removeSession(qint64 id)
{
    const qint64 relationshipId = relationshipOfSession(id);
    if (!finish(m_store->removeSession(id)))
        return false;
    Q_EMIT sessionsChanged(relationshipId);
    return true;
}

bool Journal::storeSessionRecord(const SessionRecord &record)
{
    Session session = record.session;
    if (!m_store->save(session))
        return false;
    for (Disclosure d : record.disclosures)
        if (!m_store->save(d))
            return false;
    for (QuestionnaireAnswer q : record.answers)
        if (!m_store->save(q))
            return false;
    for (const MatchDecision &m : record.matches)
        if (!m_store->saveMatchDecision(m))
            return false;
    return true;
}

bool Journal::restoreSession(const SessionRecord &record)
{
    if (!finish(m_store->inTransaction([&] { return storeSessionRecord(record); })))
        return false;
    Q_EMIT sessionsChanged(record.session.relationshipId);
    if (!record.matches.isEmpty())
        Q_EMIT partnerChanged(record.session.relationshipId);
    return true;
}

bool Journal::saveDisclosure(Disclosure &disclosure)
{
    if (!finish(m_store->save(disclosure)))
        return false;
    const qint64 relationshipId = relationshipOfSession(disclosure.sessionId);
    Q_EMIT disclosuresChanged(disclosure.sessionId, relationshipId);
    Q_EMIT sessionsChanged(relationshipId); // the timeline shows counts
    return true;
}

bool Journal::removeDisclosure(const Disclosure &disclosure)
{
    // Close the gap so positions stay 0..n-1, in the same transaction as the removal.
    const bool ok = m_store->inTransaction([&] {
        if (!m_store->removeDisclosure(disclosure.id))
            return false;
        QList<qint64> order;
        const QList<Disclosure> rest = m_store->disclosures(disclosure.sessionId);
        for (const Disclosure &d : rest)
            order.append(d.id);
        return m_store->setDisclosureOrder(disclosure.sessionId, order);
    });
    if (!finish(ok))
        return false;
    const qint64 relationshipId = relationshipOfSession(disclosure.sessionId);
    Q_EMIT disclosuresChanged(disclosure.sessionId, relationshipId);
    Q_EMIT sessionsChanged(relationshipId);
    return true;
}

bool Journal::restoreDisclosure(const Disclosure &disclosure, const QList<qint64> &order)
{
    const bool ok = m_store->inTransaction([&] {
        Disclosure d = disclosure;
        return m_store->save(d) && m_store->setDisclosureOrder(disclosure.sessionId, order);
    });
    if (!finish(ok))
        return false;
    const qint64 relationshipId = relationshipOfSession(disclosure.sessionId);
    Q_EMIT disclosuresChanged(disclosure.sessionId, relationshipId);
    Q_EMIT sessionsChanged(relationshipId);
    return true;
}

bool Journal::setDisclosureOrder(qint64 sessionId, const QList<qint64> &disclosureIds)
{
    if (!finish(m_store->setDisclosureOrder(sessionId, disclosureIds)))
        return false;
    Q_EMIT disclosuresChanged(sessionId, relationshipOfSession(sessionId));
    return true;
}

bool Journal::saveCopy(const QString &target)
{
    if (!m_store->saveCopy(target)) {
        m_lastError = m_store->lastError();
        return false;
    }
    return true;
}

} // namespace unfold
