// SPDX-License-Identifier: GPL-3.0-or-later
// JournalStore: every record type survives a trip to disk and back, edits are whole or
// nothing, removals cascade the way DESIGN.md §2 nests records, and new files are private.

#include "JournalFingerprint.h"
#include "JournalSchema.h"
#include "JournalStore.h"
#include "SqliteDatabase.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace unfold;

namespace {

constexpr auto groupAndOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                               QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Two people, a relationship between them and one session: what most tests write into.
struct Couple
{
    Person a;
    Person b;
    Relationship relationship;
    Session session;
};

} // namespace

class TestJournalStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createdJournalIsMarkedAndVersioned();
    void createdJournalHasDefaultTopicsAndLayers();
    void createdJournalIsPrivate();
    void createRefusesExistingFile_data();
    void createRefusesExistingFile();
    void foreignKeysAreEnforced();

    void personRoundTrip_data();
    void personRoundTrip();
    void relationshipRoundTrip_data();
    void relationshipRoundTrip();
    void relationshipNeedsTwoDifferentPeople();
    void topicRenameHideAddAndReorder();
    void topicInUseCannotBeRemoved();
    void layerCounts_data();
    void layerCounts();
    void layerInUseCannotBeDropped();
    void sessionRoundTrip_data();
    void sessionRoundTrip();
    void sessionsAreOrderedByStart();
    void disclosureRoundTrip_data();
    void disclosureRoundTrip();
    void sessionSummariesCountEachSpeaker();

    void savingExistingIdUpdates();
    void savingRemovedIdRestoresIt();
    void removingRelationshipCascades();
    void removingSessionCascades();
    void setDisclosureOrderRenumbers();
    void failedTransactionLeavesNothing();
    void readOnlyStoreRefusesWrites();

    void saveCopyIsAnOpenableJournal();
    void saveCopyReplacesExistingTarget();
    void beforeSaveRunsOncePerSaveBeforeItBegins();

private:
    QString pathFor(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<JournalStore> createStore(const QString &name = QStringLiteral("journal.unfold"));
    std::unique_ptr<JournalStore> reopen(std::unique_ptr<JournalStore> store);
    bool addCouple(JournalStore &store, Couple *couple);
    Disclosure makeDisclosure(qint64 sessionId, int position, Speaker speaker, qint64 topicId, int depth);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<JournalStore> TestJournalStore::createStore(const QString &name)
{
    JournalProblem problem;
    auto store = JournalStore::create(pathFor(name), &problem);
    if (!store)
        qWarning("create failed: %s", qPrintable(problem.message));
    return store;
}

// Closes the store and opens the file again, so what a test reads comes from disk.
std::unique_ptr<JournalStore> TestJournalStore::reopen(std::unique_ptr<JournalStore> store)
{
    const QString path = store->path();
    store.reset();
    JournalProblem problem;
    auto opened = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
    if (!opened)
        qWarning("reopen failed: %s", qPrintable(problem.message));
    return opened;
}

bool TestJournalStore::addCouple(JournalStore &store, Couple *couple)
{
    couple->a = {0, QStringLiteral("Anna"), {}, true};
    couple->b = {0, QStringLiteral("Ben"), {}, false};
    if (!store.save(couple->a) || !store.save(couple->b))
        return false;
    couple->relationship = {
        0, couple->a.id, couple->b.id, RelationshipKind::Partner, QDate(2025, 3, 1), Stage::Unset};
    if (!store.save(couple->relationship))
        return false;
    couple->session.relationshipId = couple->relationship.id;
    couple->session.start = QDateTime(QDate(2025, 4, 2), QTime(20, 15), QTimeZone::utc());
    return store.save(couple->session);
}

Disclosure TestJournalStore::makeDisclosure(qint64 sessionId, int position, Speaker speaker, qint64 topicId,
                                            int depth)
{
    Disclosure d;
    d.sessionId = sessionId;
    d.position = position;
    d.speaker = speaker;
    d.topicId = topicId;
    d.depth = depth;
    return d;
}

void TestJournalStore::createdJournalIsMarkedAndVersioned()
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(!store->isReadOnly());
    const QString path = store->path();
    QVERIFY(QFileInfo(path).isAbsolute());
    store.reset();

    QCOMPARE(test::pragmaOf(path, QStringLiteral("application_id")), qint64(JournalSchema::applicationId));
    QCOMPARE(test::pragmaOf(path, QStringLiteral("user_version")), qint64(JournalSchema::currentVersion));
    int version = -1;
    const JournalProblem problem = JournalStore::inspect(path, &version, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    QCOMPARE(version, JournalSchema::currentVersion);
}

void TestJournalStore::createdJournalHasDefaultTopicsAndLayers()
{
    auto store = createStore();
    QVERIFY(store);
    const QList<Topic> topics = store->topics();
    const QStringList names = defaultTopicNames();
    QCOMPARE(topics.size(), names.size());
    for (qsizetype i = 0; i < topics.size(); ++i) {
        QCOMPARE(topics.at(i).name, names.at(i));
        QCOMPARE(topics.at(i).position, int(i));
        QVERIFY(!topics.at(i).hidden);
        QVERIFY(topics.at(i).id != 0);
    }
    QCOMPARE(store->layers(), defaultLayers());
    QVERIFY(store->people().isEmpty());
    QVERIFY(store->relationships().isEmpty());
}

void TestJournalStore::createdJournalIsPrivate()
{
    // Folders that do not exist yet are made too, and only their owner may enter them.
    auto store = createStore(QStringLiteral("new folder/inner/journal.unfold"));
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple)); // the file has grown past the empty file create() made
    const QFileInfo file(store->path());
    QVERIFY(file.permissions() & QFileDevice::ReadOwner);
    QVERIFY(file.permissions() & QFileDevice::WriteOwner);
    QCOMPARE(file.permissions() & groupAndOther, QFileDevice::Permissions());
    for (const QString &made : {file.absolutePath(), pathFor(QStringLiteral("new folder"))}) {
        const QFileInfo folder(made);
        QVERIFY(folder.isDir());
        QCOMPARE(folder.permissions() & groupAndOther, QFileDevice::Permissions());
        QVERIFY(folder.permissions() & QFileDevice::ExeOwner);
    }
}

void TestJournalStore::createRefusesExistingFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("journal");
    QTest::newRow("a journal") << QByteArray() << true;
    QTest::newRow("a text file") << QByteArray("my diary, not to be lost\n") << false;
    QTest::newRow("an empty file") << QByteArray() << false;
}

void TestJournalStore::createRefusesExistingFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, journal);
    const QString path = pathFor(QStringLiteral("existing.unfold"));
    if (journal) {
        auto first = createStore(QStringLiteral("existing.unfold"));
        QVERIFY(first);
        Person p{0, QStringLiteral("Keep me"), {}, false};
        QVERIFY(first->save(p));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = test::sha256Of(path);

    JournalProblem problem;
    auto store = JournalStore::create(path, &problem);
    QVERIFY(!store);
    QCOMPARE(problem.kind, JournalProblem::Kind::AlreadyExists);
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(test::sha256Of(path), before);
}

void TestJournalStore::foreignKeysAreEnforced()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));

    Relationship orphan{0, couple.a.id, 9999, RelationshipKind::Friend, {}, Stage::Unset};
    QVERIFY(!store->save(orphan));
    QVERIFY(!store->lastError().isEmpty());
    QCOMPARE(orphan.id, qint64(0));

    Session nowhere;
    nowhere.relationshipId = 9999;
    nowhere.start = QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::utc());
    QVERIFY(!store->save(nowhere));

    Disclosure unknownTopic = makeDisclosure(couple.session.id, 0, Speaker::A, 9999, 1);
    QVERIFY(!store->save(unknownTopic));

    // A person in a relationship stays: removing them would orphan the relationship.
    QVERIFY(!store->removePerson(couple.b.id));
    QCOMPARE(store->people().size(), 2);
    QCOMPARE(store->relationships().size(), 1);
    QCOMPARE(store->relationships().constFirst(), couple.relationship);
}

void TestJournalStore::personRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("isMe");
    QTest::newRow("plain") << QStringLiteral("Sam") << QString() << false;
    QTest::newRow("me with colour") << QStringLiteral("Alex") << QStringLiteral("#e69f00") << true;
    QTest::newRow("quotes and json") << QStringLiteral("O'Brien \"Bo\" {\"name\": 1}") << QString() << false;
    QTest::newRow("non-latin") << QStringLiteral("Zoë 李 💛") << QStringLiteral("#56b4e9") << false;
    QTest::newRow("empty name") << QString() << QString() << false;
}

void TestJournalStore::personRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, colour);
    QFETCH(bool, isMe);
    auto store = createStore();
    QVERIFY(store);
    Person other{0, QStringLiteral("Other"), {}, false};
    QVERIFY(store->save(other));
    Person person{0, name, colour, isMe};
    QVERIFY2(store->save(person), qPrintable(store->lastError()));
    QVERIFY(person.id != 0);
    QVERIFY(person.id != other.id);

    store = reopen(std::move(store));
    QVERIFY(store);
    const QList<Person> people = store->people();
    QCOMPARE(people.size(), 2);
    QVERIFY(people.contains(other));
    QVERIFY(people.contains(person));
}

void TestJournalStore::relationshipRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QDate>("started");
    QTest::newRow("partner, unset stage")
        << int(RelationshipKind::Partner) << int(Stage::Unset) << QDate(2024, 2, 29);
    QTest::newRow("friend, orientation")
        << int(RelationshipKind::Friend) << int(Stage::Orientation) << QDate(2020, 1, 1);
    QTest::newRow("family, exploratory")
        << int(RelationshipKind::Family) << int(Stage::ExploratoryAffective) << QDate(1999, 12, 31);
    QTest::newRow("colleague, affective")
        << int(RelationshipKind::Colleague) << int(Stage::Affective) << QDate(2025, 6, 30);
    QTest::newRow("client couple, stable")
        << int(RelationshipKind::ClientCouple) << int(Stage::Stable) << QDate(2023, 7, 4);
    QTest::newRow("other, depenetration, no date")
        << int(RelationshipKind::Other) << int(Stage::Depenetration) << QDate();
}

void TestJournalStore::relationshipRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(int, stage);
    QFETCH(QDate, started);
    auto store = createStore();
    QVERIFY(store);
    Person a{0, QStringLiteral("A"), {}, true};
    Person b{0, QStringLiteral("B"), {}, false};
    QVERIFY(store->save(a));
    QVERIFY(store->save(b));
    Relationship r{0, a.id, b.id, RelationshipKind(kind), started, Stage(stage)};
    QVERIFY2(store->save(r), qPrintable(store->lastError()));
    QVERIFY(r.id != 0);

    store = reopen(std::move(store));
    QVERIFY(store);
    const QList<Relationship> all = store->relationships();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().kind, RelationshipKind(kind));
    QCOMPARE(all.constFirst().stage, Stage(stage));
    QCOMPARE(all.constFirst().started, started);
    QCOMPARE(all.constFirst(), r);
}

void TestJournalStore::relationshipNeedsTwoDifferentPeople()
{
    auto store = createStore();
    QVERIFY(store);
    Person a{0, QStringLiteral("Solo"), {}, true};
    QVERIFY(store->save(a));
    Relationship self{0, a.id, a.id, RelationshipKind::Other, {}, Stage::Unset};
    QVERIFY(!store->save(self));
    QVERIFY(!store->lastError().isEmpty());
    QVERIFY(store->relationships().isEmpty());
}

void TestJournalStore::topicRenameHideAddAndReorder()
{
    auto store = createStore();
    QVERIFY(store);
    QList<Topic> topics = store->topics();
    QVERIFY(topics.size() >= 3);

    Topic renamed = topics.at(1);
    renamed.name = QStringLiteral("Work, studies & side projects");
    QVERIFY(store->save(renamed));
    Topic hidden = topics.at(2);
    hidden.hidden = true;
    QVERIFY(store->save(hidden));
    Topic added{0, QStringLiteral("Faith"), int(topics.size()), false};
    QVERIFY(store->save(added));
    QVERIFY(added.id != 0);

    store = reopen(std::move(store));
    QVERIFY(store);
    topics = store->topics();
    QCOMPARE(topics.size(), defaultTopicNames().size() + 1);
    QCOMPARE(topics.at(1), renamed);
    QCOMPARE(topics.at(2), hidden); // hidden topics are still listed, in their place
    QCOMPARE(topics.constLast(), added);

    // Reverse the order: the list comes back reversed and renumbered from 0.
    QList<qint64> reversed;
    for (const Topic &t : std::as_const(topics))
        reversed.prepend(t.id);
    QVERIFY(store->setTopicOrder(reversed));
    store = reopen(std::move(store));
    QVERIFY(store);
    const QList<Topic> reordered = store->topics();
    QCOMPARE(reordered.size(), reversed.size());
    for (qsizetype i = 0; i < reordered.size(); ++i) {
        QCOMPARE(reordered.at(i).id, reversed.at(i));
        QCOMPARE(reordered.at(i).position, int(i));
    }
    QCOMPARE(reordered.constFirst().name, QStringLiteral("Faith"));
    QVERIFY(std::any_of(reordered.cbegin(), reordered.cend(),
                        [&](const Topic &t) { return t.id == hidden.id && t.hidden; }));
}

void TestJournalStore::topicInUseCannotBeRemoved()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    const QList<Topic> topics = store->topics();
    Disclosure d = makeDisclosure(couple.session.id, 0, Speaker::A, topics.at(0).id, 1);
    QVERIFY(store->save(d));

    QVERIFY(!store->removeTopic(topics.at(0).id));
    QVERIFY(!store->lastError().isEmpty());
    QCOMPARE(store->topics(), topics);
    QCOMPARE(store->disclosures(couple.session.id), QList<Disclosure>{d});

    QVERIFY(store->removeTopic(topics.at(1).id));
    QCOMPARE(store->topics().size(), topics.size() - 1);
}

void TestJournalStore::layerCounts_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("2") << 2 << false;
    QTest::newRow("3") << 3 << true;
    QTest::newRow("4") << 4 << true;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("6") << 6 << false;
}

void TestJournalStore::layerCounts()
{
    QFETCH(int, count);
    QFETCH(bool, accepted);
    auto store = createStore();
    QVERIFY(store);
    QList<Layer> layers;
    for (int i = 0; i < count; ++i) {
        // Depths given out of order: the store numbers layers by their place in the list.
        layers.append(
            {10 - i, QStringLiteral("Layer %1").arg(i), QStringLiteral("What layer %1 holds").arg(i)});
    }
    QCOMPARE(store->saveLayers(layers), accepted);
    store = reopen(std::move(store));
    QVERIFY(store);
    const QList<Layer> stored = store->layers();
    if (!accepted) {
        QCOMPARE(stored, defaultLayers());
        return;
    }
    QCOMPARE(stored.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(stored.at(i).depth, i + 1);
        QCOMPARE(stored.at(i).name, layers.at(i).name);
        QCOMPARE(stored.at(i).description, layers.at(i).description);
    }
}

void TestJournalStore::layerInUseCannotBeDropped()
{
    auto store = createStore();
    QVERIFY(store);
    QList<Layer> five = defaultLayers();
    five.append({4, QStringLiteral("Inner core"), QString()});
    five.append({5, QStringLiteral("Innermost"), QString()});
    QVERIFY(store->saveLayers(five));
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Disclosure deep = makeDisclosure(couple.session.id, 0, Speaker::B, store->topics().at(0).id, 5);
    QVERIFY(store->save(deep));

    const QList<Layer> four = five.mid(0, 4);
    QVERIFY(!store->saveLayers(four));
    QVERIFY(!store->lastError().isEmpty());
    QCOMPARE(store->layers(), five);

    // Once nothing is that deep any more, the layer can go.
    deep.depth = 4;
    QVERIFY(store->save(deep));
    QVERIFY2(store->saveLayers(four), qPrintable(store->lastError()));
    QCOMPARE(store->layers(), four);
    QVERIFY(!store->saveLayers(defaultLayers())); // depth 4 is still used
    QCOMPARE(store->layers(), four);
}

void TestJournalStore::sessionRoundTrip_data()
{
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("mood"); // 0: none given
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QDateTime>("start");
    const QDateTime utc(QDate(2025, 5, 17), QTime(18, 30), QTimeZone::utc());
    QTest::newRow("in person, no mood, no notes") << int(SessionContext::InPerson) << 0 << QString() << utc;
    QTest::newRow("video, low mood") << int(SessionContext::Video) << minimumMood << QStringLiteral("Tired.")
                                     << utc;
    QTest::newRow("phone, high mood") << int(SessionContext::Phone) << maximumMood
                                      << QStringLiteral("Laughed a lot. \"Finally\" — 😊") << utc;
    QTest::newRow("text, other offset")
        << int(SessionContext::Text) << 3 << QStringLiteral("Line one\nline two")
        << QDateTime(QDate(2025, 12, 31), QTime(23, 45), QTimeZone(-5 * 3600));
    QTest::newRow("with milliseconds")
        << int(SessionContext::InPerson) << 2 << QString()
        << QDateTime(QDate(2025, 1, 2), QTime(8, 9, 10, 123), QTimeZone::utc());
}

void TestJournalStore::sessionRoundTrip()
{
    QFETCH(int, context);
    QFETCH(int, mood);
    QFETCH(QString, notes);
    QFETCH(QDateTime, start);
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Session s;
    s.relationshipId = couple.relationship.id;
    s.start = start;
    s.context = SessionContext(context);
    if (mood)
        s.mood = mood;
    s.notes = notes;
    QVERIFY2(store->save(s), qPrintable(store->lastError()));
    QVERIFY(s.id != 0);

    store = reopen(std::move(store));
    QVERIFY(store);
    const std::optional<Session> read = store->session(s.id);
    QVERIFY(read);
    QCOMPARE(read->relationshipId, s.relationshipId);
    QCOMPARE(read->start.toMSecsSinceEpoch(), start.toMSecsSinceEpoch());
    QCOMPARE(read->context, SessionContext(context));
    QCOMPARE(read->mood.has_value(), mood != 0);
    if (mood)
        QCOMPARE(*read->mood, mood);
    QCOMPARE(read->notes, notes);
    QCOMPARE(*read, s);
    QVERIFY(store->sessions(couple.relationship.id).contains(s));
}

void TestJournalStore::sessionsAreOrderedByStart()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple)); // 2025-04-02
    Session earlier;
    earlier.relationshipId = couple.relationship.id;
    earlier.start = couple.session.start.addDays(-10);
    QVERIFY(store->save(earlier));
    Session later;
    later.relationshipId = couple.relationship.id;
    later.start = couple.session.start.addMSecs(500); // the same second, half a second later
    QVERIFY(store->save(later));

    const QList<Session> sessions = store->sessions(couple.relationship.id);
    QCOMPARE(sessions.size(), 3);
    QCOMPARE(sessions.at(0).id, earlier.id);
    QCOMPARE(sessions.at(1).id, couple.session.id);
    QCOMPARE(sessions.at(2).id, later.id);
}

void TestJournalStore::disclosureRoundTrip_data()
{
    QTest::addColumn<int>("speaker");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("reception"); // -1: not noted
    QTest::newRow("A, peripheral, bare") << int(Speaker::A) << 1 << QString() << -1;
    QTest::newRow("B, intermediate, responsive")
        << int(Speaker::B) << 2 << QString() << int(Reception::Responsive);
    QTest::newRow("A, core, note, neutral")
        << int(Speaker::A) << 3 << QStringLiteral("About her father.") << int(Reception::Neutral);
    QTest::newRow("B, core, note, dismissive")
        << int(Speaker::B) << 3 << QStringLiteral("{\"note\": \"x\"} ’") << int(Reception::Dismissive);
}

void TestJournalStore::disclosureRoundTrip()
{
    QFETCH(int, speaker);
    QFETCH(int, depth);
    QFETCH(QString, note);
    QFETCH(int, reception);
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    const qint64 topic = store->topics().at(4).id;
    Disclosure first = makeDisclosure(couple.session.id, 0, Speaker::A, store->topics().at(0).id, 1);
    QVERIFY(store->save(first));
    Disclosure d = makeDisclosure(couple.session.id, 1, Speaker(speaker), topic, depth);
    d.note = note;
    if (reception >= 0)
        d.reception = Reception(reception);
    QVERIFY2(store->save(d), qPrintable(store->lastError()));
    QVERIFY(d.id != 0);

    store = reopen(std::move(store));
    QVERIFY(store);
    const QList<Disclosure> read = store->disclosures(couple.session.id);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0), first);
    QCOMPARE(read.at(1).speaker, Speaker(speaker));
    QCOMPARE(read.at(1).reception.has_value(), reception >= 0);
    QCOMPARE(read.at(1).note, note);
    QCOMPARE(read.at(1), d);
    QCOMPARE(store->disclosuresOfRelationship(couple.relationship.id), read);
    QCOMPARE(store->disclosureCount(couple.relationship.id), 2);
}

void TestJournalStore::sessionSummariesCountEachSpeaker()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Session empty;
    empty.relationshipId = couple.relationship.id;
    empty.start = couple.session.start.addDays(1);
    QVERIFY(store->save(empty));
    const qint64 topic = store->topics().at(0).id;
    const Speaker speakers[] = {Speaker::A, Speaker::B, Speaker::A, Speaker::A, Speaker::B};
    int position = 0;
    for (Speaker s : speakers) {
        Disclosure d = makeDisclosure(couple.session.id, position++, s, topic, 1);
        QVERIFY(store->save(d));
    }

    const QList<SessionSummary> summaries = store->sessionSummaries(couple.relationship.id);
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries.at(0).session, couple.session);
    QCOMPARE(summaries.at(0).disclosuresA, 3);
    QCOMPARE(summaries.at(0).disclosuresB, 2);
    QCOMPARE(summaries.at(1).session, empty);
    QCOMPARE(summaries.at(1).disclosuresA, 0);
    QCOMPARE(summaries.at(1).disclosuresB, 0);
}

void TestJournalStore::savingExistingIdUpdates()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Disclosure d = makeDisclosure(couple.session.id, 0, Speaker::A, store->topics().at(0).id, 1);
    QVERIFY(store->save(d));
    const qint64 personId = couple.b.id;
    const qint64 relationshipId = couple.relationship.id;
    const qint64 sessionId = couple.session.id;
    const qint64 disclosureId = d.id;

    couple.b.name = QStringLiteral("Benjamin");
    couple.b.colour = QStringLiteral("#009e73");
    QVERIFY(store->save(couple.b));
    couple.relationship.stage = Stage::Stable;
    couple.relationship.kind = RelationshipKind::Friend;
    QVERIFY(store->save(couple.relationship));
    couple.session.mood = 4;
    couple.session.notes = QStringLiteral("Changed my mind about this one.");
    couple.session.context = SessionContext::Phone;
    QVERIFY(store->save(couple.session));
    d.depth = 3;
    d.speaker = Speaker::B;
    d.note = QStringLiteral("Deeper than I first wrote.");
    d.reception = Reception::Responsive;
    QVERIFY(store->save(d));

    QCOMPARE(couple.b.id, personId);
    QCOMPARE(couple.relationship.id, relationshipId);
    QCOMPARE(couple.session.id, sessionId);
    QCOMPARE(d.id, disclosureId);
    store = reopen(std::move(store));
    QVERIFY(store);
    QCOMPARE(store->people().size(), 2);
    QVERIFY(store->people().contains(couple.b));
    QCOMPARE(store->relationships(), QList<Relationship>{couple.relationship});
    QCOMPARE(store->sessions(relationshipId), QList<Session>{couple.session});
    QCOMPARE(store->disclosures(sessionId), QList<Disclosure>{d});

    // A note removed again leaves no trace of the old one.
    d.note.clear();
    d.reception.reset();
    QVERIFY(store->save(d));
    QCOMPARE(store->disclosures(sessionId), QList<Disclosure>{d});
    couple.session.mood.reset();
    couple.session.notes.clear();
    QVERIFY(store->save(couple.session));
    QCOMPARE(store->session(sessionId), std::optional<Session>(couple.session));
}

void TestJournalStore::savingRemovedIdRestoresIt()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    const Session removed = couple.session;
    QVERIFY(store->removeSession(removed.id));
    QVERIFY(!store->session(removed.id));
    Session again = removed;
    QVERIFY(store->save(again));
    QCOMPARE(again.id, removed.id);
    QCOMPARE(store->session(removed.id), std::optional<Session>(removed));
}

void TestJournalStore::removingRelationshipCascades()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Session second;
    second.relationshipId = couple.relationship.id;
    second.start = couple.session.start.addDays(7);
    QVERIFY(store->save(second));
    // A second relationship whose records must survive.
    Person c{0, QStringLiteral("Cleo"), {}, false};
    QVERIFY(store->save(c));
    Relationship other{0, couple.a.id, c.id, RelationshipKind::Friend, {}, Stage::Unset};
    QVERIFY(store->save(other));
    Session otherSession;
    otherSession.relationshipId = other.id;
    otherSession.start = couple.session.start;
    QVERIFY(store->save(otherSession));

    const qint64 topic = store->topics().at(0).id;
    for (qint64 sessionId : {couple.session.id, second.id, otherSession.id}) {
        for (int i = 0; i < 3; ++i) {
            Disclosure d = makeDisclosure(sessionId, i, i % 2 ? Speaker::B : Speaker::A, topic, 1 + i);
            QVERIFY(store->save(d));
        }
    }
    const QList<Disclosure> otherDisclosures = store->disclosures(otherSession.id);
    QCOMPARE(store->disclosureCount(couple.relationship.id), 6);

    QVERIFY(store->removeRelationship(couple.relationship.id));
    store = reopen(std::move(store));
    QVERIFY(store);
    QCOMPARE(store->relationships(), QList<Relationship>{other});
    QVERIFY(store->sessions(couple.relationship.id).isEmpty());
    QVERIFY(!store->session(couple.session.id));
    QVERIFY(!store->session(second.id));
    QVERIFY(store->disclosures(couple.session.id).isEmpty());
    QVERIFY(store->disclosures(second.id).isEmpty());
    QCOMPARE(store->disclosureCount(couple.relationship.id), 0);
    // The people stay: they may be in other relationships, and removing a person is its own edit.
    QCOMPARE(store->people().size(), 3);
    QCOMPARE(store->sessions(other.id), QList<Session>{otherSession});
    QCOMPARE(store->disclosures(otherSession.id), otherDisclosures);

    // Nothing is left behind in the file for a later reader to trip over.
    const QStringList rows = test::tableRows(store->path());
    QCOMPARE(rows.filter(QRegularExpression(QStringLiteral("^disclosures:"))).size(), 3);
    QCOMPARE(rows.filter(QRegularExpression(QStringLiteral("^sessions:"))).size(), 1);
}

void TestJournalStore::removingSessionCascades()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Session kept;
    kept.relationshipId = couple.relationship.id;
    kept.start = couple.session.start.addDays(1);
    QVERIFY(store->save(kept));
    const qint64 topic = store->topics().at(0).id;
    Disclosure gone = makeDisclosure(couple.session.id, 0, Speaker::A, topic, 2);
    Disclosure stays = makeDisclosure(kept.id, 0, Speaker::B, topic, 2);
    QVERIFY(store->save(gone));
    QVERIFY(store->save(stays));

    QVERIFY(store->removeSession(couple.session.id));
    QVERIFY(store->disclosures(couple.session.id).isEmpty());
    QCOMPARE(store->disclosures(kept.id), QList<Disclosure>{stays});
    QCOMPARE(store->sessions(couple.relationship.id), QList<Session>{kept});
    QCOMPARE(store->disclosureCount(couple.relationship.id), 1);
}

void TestJournalStore::setDisclosureOrderRenumbers()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Session other;
    other.relationshipId = couple.relationship.id;
    other.start = couple.session.start.addDays(1);
    QVERIFY(store->save(other));
    const qint64 topic = store->topics().at(0).id;
    QList<Disclosure> ds;
    for (int i = 0; i < 4; ++i) {
        Disclosure d = makeDisclosure(couple.session.id, i, Speaker::A, topic, 1);
        QVERIFY(store->save(d));
        ds.append(d);
    }
    Disclosure elsewhere = makeDisclosure(other.id, 0, Speaker::B, topic, 1);
    QVERIFY(store->save(elsewhere));

    const QList<qint64> order{ds.at(2).id, ds.at(0).id, ds.at(3).id, ds.at(1).id};
    QVERIFY(store->setDisclosureOrder(couple.session.id, order));
    store = reopen(std::move(store));
    QVERIFY(store);
    const QList<Disclosure> read = store->disclosures(couple.session.id);
    QCOMPARE(read.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(read.at(i).id, order.at(i));
        QCOMPARE(read.at(i).position, i);
    }
    // An id from another session in the list does not pull that disclosure over.
    QVERIFY(store->setDisclosureOrder(couple.session.id, {elsewhere.id, ds.at(0).id}));
    QCOMPARE(store->disclosures(other.id), QList<Disclosure>{elsewhere});
}

void TestJournalStore::failedTransactionLeavesNothing()
{
    auto store = createStore();
    QVERIFY(store);
    const QString path = store->path();
    const QStringList before = test::tableRows(path);
    Person p{0, QStringLiteral("Half-made"), {}, false};
    const bool ok = store->inTransaction([&] {
        if (!store->save(p))
            return false;
        Relationship self{0, p.id, p.id, RelationshipKind::Other, {}, Stage::Unset}; // refused by the schema
        return store->save(self);
    });
    QVERIFY(!ok);
    QVERIFY(!store->lastError().isEmpty());
    QVERIFY(store->people().isEmpty());
    QCOMPARE(test::tableRows(path), before);

    // The store is usable afterwards: the failed transaction was rolled back, not left open.
    Person q{0, QStringLiteral("Whole"), {}, false};
    QVERIFY(store->save(q));
    store = reopen(std::move(store));
    QVERIFY(store);
    QCOMPARE(store->people(), QList<Person>{q});
}

void TestJournalStore::readOnlyStoreRefusesWrites()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    const QString path = store->path();
    store.reset();
    const QByteArray before = test::sha256Of(path);

    JournalProblem problem;
    auto readOnly = JournalStore::open(path, JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(readOnly, qPrintable(problem.message));
    QVERIFY(readOnly->isReadOnly());
    QCOMPARE(readOnly->relationships(), QList<Relationship>{couple.relationship});
    Person p{0, QStringLiteral("Nope"), {}, false};
    QVERIFY(!readOnly->save(p));
    QVERIFY(!readOnly->lastError().isEmpty());
    QVERIFY(!readOnly->removeSession(couple.session.id));
    QVERIFY(!readOnly->saveLayers(defaultLayers()));
    QVERIFY(!readOnly->setTopicOrder({}));
    readOnly.reset();
    QCOMPARE(test::sha256Of(path), before);
}

void TestJournalStore::beforeSaveRunsOncePerSaveBeforeItBegins()
{
    // The journal waits there for a backup being copied: before the save takes any lock (the
    // copy's read lock would hold it up), once per save, not again for saves inside a transaction.
    JournalProblem problem;
    auto store = JournalStore::create(pathFor(QStringLiteral("hooked.unfold")), &problem);
    QVERIFY2(store, qPrintable(problem.message));
    int calls = 0;
    bool unlockedWhenCalled = true;
    const QString path = store->path();
    store->setBeforeSave([&] {
        ++calls;
        // Another connection can still begin writing: the save has taken no lock yet.
        SqliteDatabase other;
        unlockedWhenCalled = unlockedWhenCalled && other.open(path, SqliteDatabase::Mode::ReadWrite) &&
                             other.exec(QStringLiteral("PRAGMA busy_timeout = 0")) &&
                             other.exec(QStringLiteral("BEGIN IMMEDIATE; ROLLBACK"));
    });
    Person one{0, QStringLiteral("One"), {}, false};
    QVERIFY(store->save(one));
    QCOMPARE(calls, 1);
    QVERIFY(store->inTransaction([&] {
        Person two{0, QStringLiteral("Two"), {}, false};
        Person three{0, QStringLiteral("Three"), {}, false};
        return store->save(two) && store->save(three);
    }));
    QCOMPARE(calls, 2);
    QVERIFY(unlockedWhenCalled);
    QCOMPARE(store->people().size(), 3);
}

void TestJournalStore::saveCopyIsAnOpenableJournal()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    Disclosure d = makeDisclosure(couple.session.id, 0, Speaker::B, store->topics().at(3).id, 2);
    d.note = QStringLiteral("kept in the copy");
    QVERIFY(store->save(d));

    const QString copy = pathFor(QStringLiteral("copies/copy.unfold"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY2(store->saveCopy(copy), qPrintable(store->lastError()));
    QCOMPARE(test::tableRows(copy), test::tableRows(store->path()));
    QCOMPARE(QFileInfo(copy).permissions() & groupAndOther, QFileDevice::Permissions());
    // Only the copy is there: no temporary file is left beside it.
    QCOMPARE(test::entriesOf(QFileInfo(copy).absolutePath()), QStringList{QStringLiteral("copy.unfold")});

    JournalProblem problem;
    auto opened = JournalStore::open(copy, JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(opened, qPrintable(problem.message));
    QCOMPARE(opened->relationships(), QList<Relationship>{couple.relationship});
    QCOMPARE(opened->disclosures(couple.session.id), QList<Disclosure>{d});
    QCOMPARE(test::pragmaOf(copy, QStringLiteral("user_version")), qint64(JournalSchema::currentVersion));
    QCOMPARE(test::pragmaOf(copy, QStringLiteral("application_id")), qint64(JournalSchema::applicationId));
}

void TestJournalStore::saveCopyReplacesExistingTarget()
{
    auto store = createStore();
    QVERIFY(store);
    Couple couple;
    QVERIFY(addCouple(*store, &couple));
    const QString copy = pathFor(QStringLiteral("copy.unfold"));
    {
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older copy");
    }
    QVERIFY2(store->saveCopy(copy), qPrintable(store->lastError()));
    QVERIFY(!JournalStore::inspect(copy));
    QCOMPARE(test::tableRows(copy), test::tableRows(store->path()));

    // A copy into a folder that does not exist fails and says why.
    QVERIFY(!store->saveCopy(pathFor(QStringLiteral("missing/copy.unfold"))));
    QVERIFY(!store->lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalStore)
#include "test_journalstore.moc"
