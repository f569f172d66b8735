// SPDX-License-Identifier: GPL-3.0-or-later
// Journal, the facade views read and edit commands write through: each edit is announced
// once it is on disk, the cached lists follow, undo can bring removed records back under
// their old ids, and a failed edit changes and announces nothing.

#include "Journal.h"
#include "JournalFingerprint.h"
#include "PrivateFiles.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cerrno>

using namespace unfold;

class TestJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createRefusesExistingFile();
    void peopleEditsAreAnnounced();
    void relationshipEditsAreAnnounced();
    void topicAndLayerEditsAreAnnounced();
    void sessionEditsAreAnnounced();
    void movingASessionAnnouncesBothRelationships();
    void disclosureEditsAreAnnounced();
    void failedEditChangesAndAnnouncesNothing();
    void restoreRelationshipBringsBackTheSubtree();
    void restoreSessionBringsBackItsDisclosures();
    void removeDisclosureRenumbers_data();
    void removeDisclosureRenumbers();
    void setDisclosureOrderIsAnnounced();
    void editsMakeABackup();
    void failedBackupIsAnnouncedButTheEditStands();
    void aCopyFailingOnItsThreadIsAnnounced();
    void reopenedJournalShowsTheSameData();

private:
    // Anna & Ben with `sessions` sessions of `perSession` disclosures each, alternating speakers.
    bool populate(int sessions, int perSession);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    Person m_a;
    Person m_b;
    Relationship m_relationship;
    QList<Session> m_sessions;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    JournalProblem problem;
    m_journal = Journal::create(m_dir->filePath(QStringLiteral("journal.unfold")),
                                m_dir->filePath(QStringLiteral("backups")), &problem);
    QVERIFY2(m_journal, qPrintable(problem.message));
    m_sessions.clear();
}

void TestJournal::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

bool TestJournal::populate(int sessions, int perSession)
{
    m_a = {0, QStringLiteral("Anna"), {}, true};
    m_b = {0, QStringLiteral("Ben"), QStringLiteral("#0072b2"), false};
    if (!m_journal->savePerson(m_a) || !m_journal->savePerson(m_b))
        return false;
    m_relationship = {0, m_a.id, m_b.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Orientation};
    if (!m_journal->saveRelationship(m_relationship))
        return false;
    const QList<Topic> topics = m_journal->topics();
    for (int s = 0; s < sessions; ++s) {
        Session session;
        session.relationshipId = m_relationship.id;
        session.start = QDateTime(QDate(2024, 2, 1 + s), QTime(19, 0), QTimeZone::utc());
        session.notes = QStringLiteral("Session %1").arg(s);
        if (!m_journal->saveSession(session))
            return false;
        m_sessions.append(session);
        for (int i = 0; i < perSession; ++i) {
            Disclosure d;
            d.sessionId = session.id;
            d.position = i;
            d.speaker = i % 2 ? Speaker::B : Speaker::A;
            d.topicId = topics.at((s + i) % topics.size()).id;
            d.depth = 1 + (i % 3);
            d.note = i == 0 ? QStringLiteral("first of session %1").arg(s) : QString();
            if (!m_journal->saveDisclosure(d))
                return false;
        }
    }
    return true;
}

void TestJournal::createRefusesExistingFile()
{
    JournalProblem problem;
    auto second = Journal::create(m_journal->path(), QString(), &problem);
    QVERIFY(!second);
    QCOMPARE(problem.kind, JournalProblem::Kind::AlreadyExists);
    QVERIFY(!problem.message.isEmpty());
}

void TestJournal::peopleEditsAreAnnounced()
{
    QSignalSpy people(m_journal.get(), &Journal::peopleChanged);
    QSignalSpy relationships(m_journal.get(), &Journal::relationshipsChanged);
    Person p{0, QStringLiteral("Cleo"), {}, false};
    QVERIFY(m_journal->savePerson(p));
    QCOMPARE(people.size(), 1);
    QCOMPARE(relationships.size(), 1); // relationship titles show names
    QCOMPARE(m_journal->people(), QList<Person>{p});
    QCOMPARE(m_journal->person(p.id), std::optional<Person>(p));

    p.name = QStringLiteral("Cleopatra");
    QVERIFY(m_journal->savePerson(p));
    QCOMPARE(people.size(), 2);
    QCOMPARE(m_journal->person(p.id)->name, QStringLiteral("Cleopatra"));

    QVERIFY(m_journal->removePerson(p.id));
    QCOMPARE(people.size(), 3);
    QVERIFY(m_journal->people().isEmpty());
    QVERIFY(!m_journal->person(p.id));
}

void TestJournal::relationshipEditsAreAnnounced()
{
    QVERIFY(populate(0, 0));
    QSignalSpy relationships(m_journal.get(), &Journal::relationshipsChanged);
    QCOMPARE(m_journal->relationships(), QList<Relationship>{m_relationship});
    QCOMPARE(m_journal->relationshipTitle(m_relationship), QStringLiteral("Anna & Ben"));

    m_relationship.stage = Stage::Affective;
    QVERIFY(m_journal->saveRelationship(m_relationship));
    QCOMPARE(relationships.size(), 1);
    QCOMPARE(m_journal->relationship(m_relationship.id)->stage, Stage::Affective);

    // Renaming a person changes the title the next time it is asked for.
    m_b.name = QStringLiteral("Benedict");
    QVERIFY(m_journal->savePerson(m_b));
    QCOMPARE(relationships.size(), 2);
    QCOMPARE(m_journal->relationshipTitle(m_relationship), QStringLiteral("Anna & Benedict"));

    QVERIFY(m_journal->removeRelationship(m_relationship.id));
    QCOMPARE(relationships.size(), 3);
    QVERIFY(m_journal->relationships().isEmpty());
    QVERIFY(!m_journal->relationship(m_relationship.id));
}

void TestJournal::topicAndLayerEditsAreAnnounced()
{
    QSignalSpy topics(m_journal.get(), &Journal::topicsChanged);
    QSignalSpy layers(m_journal.get(), &Journal::layersChanged);
    Topic added{0, QStringLiteral("Dreams"), int(m_journal->topics().size()), false};
    QVERIFY(m_journal->saveTopic(added));
    QCOMPARE(topics.size(), 1);
    QCOMPARE(m_journal->topics().constLast(), added);
    QCOMPARE(m_journal->topic(added.id), std::optional<Topic>(added));

    QList<qint64> order;
    for (const Topic &t : m_journal->topics())
        order.prepend(t.id);
    QVERIFY(m_journal->setTopicOrder(order));
    QCOMPARE(topics.size(), 2);
    QCOMPARE(m_journal->topics().constFirst().id, added.id);

    QVERIFY(m_journal->removeTopic(added.id));
    QCOMPARE(topics.size(), 3);
    QVERIFY(!m_journal->topic(added.id));

    QList<Layer> four = m_journal->layers();
    four.append({4, QStringLiteral("Innermost"), QStringLiteral("What is rarely said")});
    QVERIFY(m_journal->saveLayers(four));
    QCOMPARE(layers.size(), 1);
    QCOMPARE(m_journal->layerCount(), 4);
    QCOMPARE(m_journal->layers(), four);
}

void TestJournal::sessionEditsAreAnnounced()
{
    QVERIFY(populate(0, 0));
    QSignalSpy sessions(m_journal.get(), &Journal::sessionsChanged);
    Session s;
    s.relationshipId = m_relationship.id;
    s.start = QDateTime(QDate(2024, 3, 3), QTime(12, 0), QTimeZone::utc());
    QVERIFY(m_journal->saveSession(s));
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.at(0).at(0).toLongLong(), m_relationship.id);
    QCOMPARE(m_journal->session(s.id), std::optional<Session>(s));
    QCOMPARE(m_journal->sessionSummaries(m_relationship.id).size(), 1);

    QVERIFY(m_journal->removeSession(s.id));
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(1).at(0).toLongLong(), m_relationship.id);
    QVERIFY(!m_journal->session(s.id));
}

void TestJournal::movingASessionAnnouncesBothRelationships()
{
    QVERIFY(populate(1, 0));
    Person c{0, QStringLiteral("Cleo"), {}, false};
    QVERIFY(m_journal->savePerson(c));
    Relationship other{0, m_a.id, c.id, RelationshipKind::Friend, {}, Stage::Unset};
    QVERIFY(m_journal->saveRelationship(other));

    QSignalSpy sessions(m_journal.get(), &Journal::sessionsChanged);
    Session moved = m_sessions.at(0);
    moved.relationshipId = other.id;
    QVERIFY(m_journal->saveSession(moved));
    QSet<qint64> announced;
    for (const QList<QVariant> &args : std::as_const(sessions))
        announced.insert(args.at(0).toLongLong());
    QCOMPARE(announced, (QSet<qint64>{m_relationship.id, other.id}));
    QVERIFY(m_journal->sessionSummaries(m_relationship.id).isEmpty());
    QCOMPARE(m_journal->sessionSummaries(other.id).size(), 1);
}

void TestJournal::disclosureEditsAreAnnounced()
{
    QVERIFY(populate(1, 0));
    QSignalSpy disclosures(m_journal.get(), &Journal::disclosuresChanged);
    QSignalSpy sessions(m_journal.get(), &Journal::sessionsChanged);
    Disclosure d;
    d.sessionId = m_sessions.at(0).id;
    d.topicId = m_journal->topics().at(0).id;
    d.depth = 2;
    QVERIFY(m_journal->saveDisclosure(d));
    QCOMPARE(disclosures.size(), 1);
    QCOMPARE(disclosures.at(0).at(0).toLongLong(), m_sessions.at(0).id);
    QCOMPARE(disclosures.at(0).at(1).toLongLong(), m_relationship.id);
    QCOMPARE(sessions.size(), 1); // the timeline shows counts per session
    QCOMPARE(sessions.at(0).at(0).toLongLong(), m_relationship.id);
    QCOMPARE(m_journal->disclosures(m_sessions.at(0).id), QList<Disclosure>{d});
    QCOMPARE(m_journal->sessionSummaries(m_relationship.id).at(0).disclosuresA, 1);

    QVERIFY(m_journal->removeDisclosure(d));
    QCOMPARE(disclosures.size(), 2);
    QCOMPARE(disclosures.at(1).at(1).toLongLong(), m_relationship.id);
    QVERIFY(m_journal->disclosures(m_sessions.at(0).id).isEmpty());
}

void TestJournal::failedEditChangesAndAnnouncesNothing()
{
    QVERIFY(populate(1, 1));
    const QStringList before = test::tableRows(m_journal->path());
    QSignalSpy people(m_journal.get(), &Journal::peopleChanged);
    QSignalSpy relationships(m_journal.get(), &Journal::relationshipsChanged);
    QSignalSpy topics(m_journal.get(), &Journal::topicsChanged);
    QSignalSpy layers(m_journal.get(), &Journal::layersChanged);
    QSignalSpy sessions(m_journal.get(), &Journal::sessionsChanged);

    QVERIFY(!m_journal->removePerson(m_a.id)); // still in a relationship
    QVERIFY(!m_journal->lastError().isEmpty());
    Relationship self{0, m_a.id, m_a.id, RelationshipKind::Other, {}, Stage::Unset};
    QVERIFY(!m_journal->saveRelationship(self));
    const qint64 usedTopic = m_journal->disclosures(m_sessions.at(0).id).at(0).topicId;
    QVERIFY(!m_journal->removeTopic(usedTopic));
    QVERIFY(!m_journal->saveLayers(m_journal->layers().mid(0, 2)));
    Session nowhere;
    nowhere.relationshipId = 424242;
    nowhere.start = QDateTime(QDate(2024, 1, 1), QTime(), QTimeZone::utc());
    QVERIFY(!m_journal->saveSession(nowhere));

    QCOMPARE(people.size(), 0);
    QCOMPARE(relationships.size(), 0);
    QCOMPARE(topics.size(), 0);
    QCOMPARE(layers.size(), 0);
    QCOMPARE(sessions.size(), 0);
    QCOMPARE(test::tableRows(m_journal->path()), before);
    QCOMPARE(m_journal->people().size(), 2);
    QCOMPARE(m_journal->layerCount(), 3);

    // A successful edit afterwards clears the error.
    Person c{0, QStringLiteral("Cleo"), {}, false};
    QVERIFY(m_journal->savePerson(c));
    QVERIFY(m_journal->lastError().isEmpty());
}

void TestJournal::restoreRelationshipBringsBackTheSubtree()
{
    QVERIFY(populate(3, 4));
    // Marked events go with the relationship and must come back with it.
    TimelineEvent movedIn{0, m_relationship.id, QDate(2024, 5, 1), QStringLiteral("moved in")};
    QVERIFY(m_journal->saveTimelineEvent(movedIn));
    const RelationshipRecord record = m_journal->relationshipRecord(m_relationship.id);
    QCOMPARE(record.relationship, m_relationship);
    QCOMPARE(record.events, QList<TimelineEvent>{movedIn});
    QCOMPARE(record.sessions.size(), 3);
    for (const SessionRecord &s : record.sessions)
        QCOMPARE(s.disclosures.size(), 4);
    const QStringList before = test::tableRows(m_journal->path());

    QVERIFY(m_journal->removeRelationship(m_relationship.id));
    QVERIFY(m_journal->sessionSummaries(m_relationship.id).isEmpty());
    QVERIFY(m_journal->disclosuresOfRelationship(m_relationship.id).isEmpty());

    QSignalSpy relationships(m_journal.get(), &Journal::relationshipsChanged);
    QVERIFY2(m_journal->restoreRelationship(record), qPrintable(m_journal->lastError()));
    QCOMPARE(relationships.size(), 1);
    QCOMPARE(m_journal->relationships(), QList<Relationship>{m_relationship});
    const RelationshipRecord restored = m_journal->relationshipRecord(m_relationship.id);
    QCOMPARE(restored.relationship, record.relationship);
    QCOMPARE(restored.sessions.size(), record.sessions.size());
    for (qsizetype i = 0; i < record.sessions.size(); ++i) {
        QCOMPARE(restored.sessions.at(i).session, record.sessions.at(i).session); // same ids, same fields
        QCOMPARE(restored.sessions.at(i).disclosures, record.sessions.at(i).disclosures);
    }
    QCOMPARE(m_journal->timelineEvents(m_relationship.id), QList<TimelineEvent>{movedIn});
    // Row for row what was there before the removal.
    QCOMPARE(test::tableRows(m_journal->path()), before);

    // New records after a restore get fresh ids, not ones the restored records hold.
    Session next;
    next.relationshipId = m_relationship.id;
    next.start = QDateTime(QDate(2024, 6, 1), QTime(10, 0), QTimeZone::utc());
    QVERIFY(m_journal->saveSession(next));
    for (const Session &s : std::as_const(m_sessions))
        QVERIFY(next.id != s.id);
}

void TestJournal::restoreSessionBringsBackItsDisclosures()
{
    QVERIFY(populate(2, 5));
    const Session removed = m_sessions.at(0);
    const SessionRecord record = m_journal->sessionRecord(removed.id);
    QCOMPARE(record.session, removed);
    QCOMPARE(record.disclosures.size(), 5);
    const QList<Disclosure> kept = m_journal->disclosures(m_sessions.at(1).id);

    QVERIFY(m_journal->removeSession(removed.id));
    QVERIFY(!m_journal->session(removed.id));
    QVERIFY(m_journal->disclosures(removed.id).isEmpty());

    QSignalSpy sessions(m_journal.get(), &Journal::sessionsChanged);
    QVERIFY2(m_journal->restoreSession(record), qPrintable(m_journal->lastError()));
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.at(0).at(0).toLongLong(), m_relationship.id);
    QCOMPARE(m_journal->session(removed.id), std::optional<Session>(removed));
    QCOMPARE(m_journal->disclosures(removed.id), record.disclosures);
    QCOMPARE(m_journal->disclosures(m_sessions.at(1).id), kept);
    const QList<SessionSummary> summaries = m_journal->sessionSummaries(m_relationship.id);
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries.at(0).session.id, removed.id);
}

void TestJournal::removeDisclosureRenumbers_data()
{
    QTest::addColumn<QList<int>>("removeAt"); // positions, removed one after the other
    QTest::newRow("first") << QList<int>{0};
    QTest::newRow("middle") << QList<int>{2};
    QTest::newRow("last") << QList<int>{4};
    QTest::newRow("two in a row") << QList<int>{1, 1};
    QTest::newRow("all") << QList<int>{0, 0, 0, 0, 0};
}

void TestJournal::removeDisclosureRenumbers()
{
    QFETCH(QList<int>, removeAt);
    QVERIFY(populate(2, 5));
    const qint64 sessionId = m_sessions.at(0).id;
    const QList<Disclosure> other = m_journal->disclosures(m_sessions.at(1).id);
    QList<Disclosure> expected = m_journal->disclosures(sessionId);
    for (int position : removeAt) {
        const QList<Disclosure> current = m_journal->disclosures(sessionId);
        QVERIFY(m_journal->removeDisclosure(current.at(position)));
        expected.removeAt(position);
    }
    const QList<Disclosure> left = m_journal->disclosures(sessionId);
    QCOMPARE(left.size(), expected.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        QCOMPARE(left.at(i).id, expected.at(i).id); // the order is kept
        QCOMPARE(left.at(i).position, int(i));      // and the gap closed
    }
    QCOMPARE(m_journal->disclosures(m_sessions.at(1).id), other);
}

void TestJournal::setDisclosureOrderIsAnnounced()
{
    QVERIFY(populate(1, 3));
    const qint64 sessionId = m_sessions.at(0).id;
    const QList<Disclosure> before = m_journal->disclosures(sessionId);
    QSignalSpy disclosures(m_journal.get(), &Journal::disclosuresChanged);
    const QList<qint64> order{before.at(2).id, before.at(0).id, before.at(1).id};
    QVERIFY(m_journal->setDisclosureOrder(sessionId, order));
    QCOMPARE(disclosures.size(), 1);
    QCOMPARE(disclosures.at(0).at(0).toLongLong(), sessionId);
    QCOMPARE(disclosures.at(0).at(1).toLongLong(), m_relationship.id);
    const QList<Disclosure> after = m_journal->disclosures(sessionId);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(after.at(i).id, order.at(i));
        QCOMPARE(after.at(i).position, i);
    }
}

void TestJournal::editsMakeABackup()
{
    QVERIFY(m_journal->backups());
    QVERIFY(m_journal->backups()->existingBackups().isEmpty());
    QVERIFY(populate(1, 2));
    m_journal->finishBackups(); // made on a thread of its own
    // Editing began: one backup, and not one per edit.
    const QStringList made = m_journal->backups()->existingBackups();
    QCOMPARE(made.size(), 1);
    JournalProblem problem;
    auto backup = JournalStore::open(made.constFirst(), JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(backup, qPrintable(problem.message));
    QVERIFY(!backup->people().isEmpty()); // taken after the first edit, which it holds
}

void TestJournal::failedBackupIsAnnouncedButTheEditStands()
{
    m_journal.reset();
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("journal.unfold"))));
    // A file where the backup folder should be.
    const QString blocked = m_dir->filePath(QStringLiteral("not a folder"));
    {
        QFile blocker(blocked);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    JournalProblem problem;
    m_journal = Journal::create(m_dir->filePath(QStringLiteral("journal.unfold")), blocked, &problem);
    QVERIFY2(m_journal, qPrintable(problem.message));
    QSignalSpy failed(m_journal.get(), &Journal::backupFailed);
    QSignalSpy people(m_journal.get(), &Journal::peopleChanged);
    Person p{0, QStringLiteral("Kept"), {}, false};
    QVERIFY(m_journal->savePerson(p));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(people.size(), 1);
    QCOMPARE(m_journal->people(), QList<Person>{p});
}

void TestJournal::aCopyFailingOnItsThreadIsAnnounced()
{
    QSignalSpy failed(m_journal.get(), &Journal::backupFailed);
    PrivateFiles::failNextAt(PrivateFiles::Step::Rename, ENOSPC);
    Person p{0, QStringLiteral("Kept"), {}, false};
    QVERIFY(m_journal->savePerson(p)); // the edit does not wait for its backup
    // The copy's end is announced on the journal's thread, once.
    QTRY_COMPARE(failed.size(), 1);
    PrivateFiles::clearFaults();
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    m_journal->finishBackups();
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_journal->backups()->existingBackups().isEmpty());
    QCOMPARE(m_journal->people(), QList<Person>{p});
}

void TestJournal::reopenedJournalShowsTheSameData()
{
    QVERIFY(populate(2, 3));
    const QString path = m_journal->path();
    const QList<Topic> topics = m_journal->topics();
    const RelationshipRecord record = m_journal->relationshipRecord(m_relationship.id);
    m_journal.reset();

    JournalProblem problem;
    auto reopened = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
    QVERIFY2(reopened, qPrintable(problem.message));
    QCOMPARE(reopened->people(), (QList<Person>{m_a, m_b}));
    QCOMPARE(reopened->relationships(), QList<Relationship>{m_relationship});
    QCOMPARE(reopened->topics(), topics);
    QCOMPARE(reopened->layers(), defaultLayers());
    const RelationshipRecord again = reopened->relationshipRecord(m_relationship.id);
    QCOMPARE(again.sessions.size(), record.sessions.size());
    for (qsizetype i = 0; i < again.sessions.size(); ++i) {
        QCOMPARE(again.sessions.at(i).session, record.sessions.at(i).session);
        QCOMPARE(again.sessions.at(i).disclosures, record.sessions.at(i).disclosures);
    }
    // Without a backup folder there are no backups, and editing still works.
    QVERIFY(!reopened->backups());
    Person c{0, QStringLiteral("Cleo"), {}, false};
    QVERIFY(reopened->savePerson(c));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "test_journal.moc"
