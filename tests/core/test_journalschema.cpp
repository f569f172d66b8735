// SPDX-License-Identifier: GPL-3.0-or-later
// JournalSchema: old journals keep opening. A version-1 file is upgraded on a read-write open,
// with its data intact and a copy of the old file kept; a read-only open never upgrades.

#include "JournalFingerprint.h"
#include "JournalSchema.h"
#include "JournalStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

class TestJournalSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migrateStopsAtTheTargetVersion();
    void migrateIsIdempotent();
    void upgradedJournalMatchesANewOne();
    void readWriteOpenUpgradesVersion1();
    void readOnlyOpenRefusesVersion1();
    void failedUpgradeChangesNothing();
    void inspectReportsVersion_data();
    void inspectReportsVersion();

private:
    // A version-1 journal with one couple, one session and three disclosures, written with SQL
    // as a version-1 build of Unfold would have left it.
    QString writeVersion1(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalSchema::cleanup()
{
    m_dir.reset();
}

QString TestJournalSchema::writeVersion1(const QString &name)
{
    const QString path = m_dir->filePath(name);
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::Create))
        return {};
    QString error;
    if (!JournalSchema::migrate(db, 1, &error)) {
        qWarning("migrate to 1 failed: %s", qPrintable(error));
        return {};
    }
    const bool ok = db.exec(QStringLiteral(R"sql(
        INSERT INTO people (id, is_me, content) VALUES (1, 1, '{"name":"Ada"}'), (2, 0, '{"name":"Grace","colour":"#cc79a7"}');
        INSERT INTO relationships (id, person_a, person_b, kind, started, stage)
            VALUES (1, 1, 2, 'friend', '2019-05-01', 'affective');
        INSERT INTO sessions (id, relationship_id, start, context, mood, content)
            VALUES (1, 1, '2019-06-01T18:00:00Z', 'phone', 4, '{"notes":"First long call."}');
        INSERT INTO disclosures (id, session_id, position, speaker, topic_id, depth, reception, content) VALUES
            (1, 1, 0, 'a', (SELECT id FROM topics WHERE position = 0), 1, NULL, '{}'),
            (2, 1, 1, 'b', (SELECT id FROM topics WHERE position = 4), 2, 'responsive', '{"note":"Her brother."}'),
            (3, 1, 2, 'a', (SELECT id FROM topics WHERE position = 8), 3, 'neutral', '{}');
    )sql"));
    if (!ok) {
        qWarning("inserting version-1 rows failed: %s", qPrintable(db.lastError()));
        return {};
    }
    return path;
}

void TestJournalSchema::migrateStopsAtTheTargetVersion()
{
    const QString path = writeVersion1(QStringLiteral("v1.unfold"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pragmaOf(path, QStringLiteral("user_version")), qint64(1));
    QCOMPARE(test::pragmaOf(path, QStringLiteral("application_id")), qint64(JournalSchema::applicationId));
    // Version 2 added timeline events: a version-1 file must not have them yet.
    const QStringList schema = test::schemaOf(path);
    QVERIFY(schema.filter(QStringLiteral("timeline_events")).isEmpty());
    QVERIFY(!schema.filter(QStringLiteral("disclosures")).isEmpty());
}

void TestJournalSchema::migrateIsIdempotent()
{
    const QString path = m_dir->filePath(QStringLiteral("current.unfold"));
    SqliteDatabase db;
    QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
    QString error;
    QVERIFY2(JournalSchema::migrate(db, JournalSchema::currentVersion, &error), qPrintable(error));
    const QStringList rows = test::tableRows(path);
    const QStringList schema = test::schemaOf(path);
    QVERIFY(!rows.isEmpty()); // default topics and layers
    // Running it again, or asking for an older version, changes nothing.
    QVERIFY2(JournalSchema::migrate(db, JournalSchema::currentVersion, &error), qPrintable(error));
    QVERIFY2(JournalSchema::migrate(db, 1, &error), qPrintable(error));
    QCOMPARE(test::tableRows(path), rows);
    QCOMPARE(test::schemaOf(path), schema);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")),
             std::optional<qint64>(JournalSchema::currentVersion));
}

void TestJournalSchema::upgradedJournalMatchesANewOne()
{
    const QString old = writeVersion1(QStringLiteral("old.unfold"));
    QVERIFY(!old.isEmpty());
    {
        SqliteDatabase db;
        QVERIFY(db.open(old, SqliteDatabase::Mode::ReadWrite));
        QString error;
        QVERIFY2(JournalSchema::migrate(db, JournalSchema::currentVersion, &error), qPrintable(error));
    }
    JournalProblem problem;
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.unfold"));
    QVERIFY(JournalStore::create(fresh, &problem));
    // Every migration path ends in the same schema, so code never has to ask how a file got here.
    QCOMPARE(test::schemaOf(old), test::schemaOf(fresh));
    QCOMPARE(test::pragmaOf(old, QStringLiteral("user_version")), qint64(JournalSchema::currentVersion));
}

void TestJournalSchema::readWriteOpenUpgradesVersion1()
{
    const QString path = writeVersion1(QStringLiteral("journal.unfold"));
    QVERIFY(!path.isEmpty());
    const QStringList oldRows = test::tableRows(path);
    const QByteArray oldBytes = test::sha256Of(path);

    JournalProblem problem;
    auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
    QVERIFY2(store, qPrintable(problem.message));
    QCOMPARE(test::pragmaOf(path, QStringLiteral("user_version")), qint64(JournalSchema::currentVersion));
    QVERIFY(test::sha256Of(path) != oldBytes);

    // The copy kept aside is the old file, as it was: version 1, same rows.
    const QString copy = store->preMigrationCopy();
    QVERIFY(!copy.isEmpty());
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY(copy != path);
    QCOMPARE(test::pragmaOf(copy, QStringLiteral("user_version")), qint64(1));
    QCOMPARE(test::pragmaOf(copy, QStringLiteral("application_id")), qint64(JournalSchema::applicationId));
    QCOMPARE(test::tableRows(copy), oldRows);
    int copyVersion = -1;
    QVERIFY(!JournalStore::inspect(copy, &copyVersion, true));
    QCOMPARE(copyVersion, 1);
    constexpr auto groupAndOther =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(copy).permissions() & groupAndOther, QFileDevice::Permissions());

    // The data came through the upgrade.
    const QList<Person> people = store->people();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0), (Person{1, QStringLiteral("Ada"), QString(), true}));
    QCOMPARE(people.at(1), (Person{2, QStringLiteral("Grace"), QStringLiteral("#cc79a7"), false}));
    const QList<Relationship> relationships = store->relationships();
    QCOMPARE(relationships.size(), 1);
    QCOMPARE(relationships.constFirst(),
             (Relationship{1, 1, 2, RelationshipKind::Friend, QDate(2019, 5, 1), Stage::Affective}));
    const QList<Session> sessions = store->sessions(1);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().start, QDateTime(QDate(2019, 6, 1), QTime(18, 0), QTimeZone::utc()));
    QCOMPARE(sessions.constFirst().context, SessionContext::Phone);
    QCOMPARE(sessions.constFirst().mood, std::optional<int>(4));
    QCOMPARE(sessions.constFirst().notes, QStringLiteral("First long call."));
    const QList<Topic> topics = store->topics();
    const QList<Disclosure> disclosures = store->disclosures(1);
    QCOMPARE(disclosures.size(), 3);
    QCOMPARE(disclosures.at(0).topicId, topics.at(0).id);
    QCOMPARE(disclosures.at(1).speaker, Speaker::B);
    QCOMPARE(disclosures.at(1).topicId, topics.at(4).id);
    QCOMPARE(disclosures.at(1).depth, 2);
    QCOMPARE(disclosures.at(1).reception, std::optional<Reception>(Reception::Responsive));
    QCOMPARE(disclosures.at(1).note, QStringLiteral("Her brother."));
    QCOMPARE(disclosures.at(2).depth, 3);
    QCOMPARE(store->layers(), defaultLayers());

    // And the upgraded journal takes edits, also of what the new version added.
    Session next = sessions.constFirst();
    next.id = 0;
    next.start = next.start.addDays(3);
    QVERIFY2(store->save(next), qPrintable(store->lastError()));
    store.reset();
    QVERIFY(!test::schemaOf(path).filter(QStringLiteral("timeline_events")).isEmpty());

    // Opening the upgraded file again neither upgrades nor copies again.
    auto again = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
    QVERIFY2(again, qPrintable(problem.message));
    QVERIFY(again->preMigrationCopy().isEmpty());
}

void TestJournalSchema::readOnlyOpenRefusesVersion1()
{
    const QString path = writeVersion1(QStringLiteral("journal.unfold"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());

    JournalProblem problem;
    auto store = JournalStore::open(path, JournalStore::Access::ReadOnly, &problem);
    QVERIFY(!store);
    QVERIFY(problem.kind != JournalProblem::Kind::None);
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::pragmaOf(path, QStringLiteral("user_version")), qint64(1));
    QCOMPARE(test::entriesOf(m_dir->path()), entries); // no copy was made either
}

void TestJournalSchema::failedUpgradeChangesNothing()
{
    const QString path = writeVersion1(QStringLiteral("journal.unfold"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::sha256Of(path);

    // Another connection holding the write lock makes the upgrade's transaction fail.
    SqliteDatabase other;
    QVERIFY(other.open(path, SqliteDatabase::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    JournalProblem problem;
    auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!store);
    QCOMPARE(problem.kind, JournalProblem::Kind::WriteFailed);
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::pragmaOf(path, QStringLiteral("user_version")), qint64(1));
}

void TestJournalSchema::inspectReportsVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v <= JournalSchema::currentVersion; ++v)
        QTest::addRow("version %d", v) << v;
}

void TestJournalSchema::inspectReportsVersion()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(QStringLiteral("journal.unfold"));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
        QString error;
        QVERIFY2(JournalSchema::migrate(db, version, &error), qPrintable(error));
    }
    int reported = -1;
    const JournalProblem problem = JournalStore::inspect(path, &reported, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    QCOMPARE(reported, version);
}

QTEST_GUILESS_MAIN(TestJournalSchema)
#include "test_journalschema.moc"
