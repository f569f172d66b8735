// SPDX-License-Identifier: GPL-3.0-or-later
// Questionnaire answers stored with a session: schema version 3, JournalStore and Journal.
#include "Journal.h"
#include "JournalSchema.h"
#include "SqliteDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

class TestJournalAnswers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    struct Fixture
    {
        std::unique_ptr<Journal> journal;
        Relationship relationship;
        Session first;
        Session second;
    };

    Fixture makeJournal()
    {
        Fixture f;
        JournalProblem problem;
        const int number = ++m_count;
        f.journal = Journal::create(m_dir.filePath(QStringLiteral("j%1.unfold").arg(number)),
                                    m_dir.filePath(QStringLiteral("backups%1").arg(number)), &problem);
        if (!f.journal)
            return f;
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        f.journal->savePerson(a);
        f.journal->savePerson(b);
        f.relationship.personA = a.id;
        f.relationship.personB = b.id;
        f.journal->saveRelationship(f.relationship);
        f.first.relationshipId = f.relationship.id;
        f.first.start = QDateTime(QDate(2025, 3, 1), QTime(19, 0), QTimeZone::utc());
        f.second = f.first;
        f.second.start = f.first.start.addDays(7);
        f.journal->saveSession(f.second); // saved first, to prove history follows session time
        f.journal->saveSession(f.first);
        return f;
    }

    static QuestionnaireAnswer answer(qint64 sessionId, Speaker who, int balance)
    {
        QuestionnaireAnswer a;
        a.sessionId = sessionId;
        a.respondent = who;
        a.instrumentId = QStringLiteral("session-checkin");
        a.instrumentVersion = 1;
        a.answeredAt = QDateTime(QDate(2025, 3, 1), QTime(20, 0, 5), QTimeZone::utc());
        a.answers = {{QStringLiteral("balance_1"), balance}, {QStringLiteral("closeness"), 5}};
        a.scores = {{QStringLiteral("balance"), 3, 1, std::nullopt, std::nullopt, std::nullopt},
                    {QStringLiteral("closeness"), 1, 1, 5.0, 5.0, 66.66666666666667}};
        return a;
    }

private Q_SLOTS:
    void roundTrip()
    {
        Fixture f = makeJournal();
        QVERIFY(f.journal);
        QSignalSpy changed(f.journal.get(), &Journal::answersChanged);
        QuestionnaireAnswer a = answer(f.first.id, Speaker::B, 6);
        QVERIFY2(f.journal->saveAnswer(a), qPrintable(f.journal->lastError()));
        QVERIFY(a.id != 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), f.first.id);
        const QList<QuestionnaireAnswer> stored = f.journal->answers(f.first.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().answeredAt, a.answeredAt);
        QCOMPARE(stored.first().answers, a.answers);
        QCOMPARE(stored.first().scores, a.scores); // missing scores stay missing, not 0
        QCOMPARE(stored.first(), a);
        // Saving again under its id replaces it, scores included.
        a.answers.insert(QStringLiteral("balance_1"), 2);
        a.scores.removeLast();
        QVERIFY(f.journal->saveAnswer(a));
        QCOMPARE(f.journal->answers(f.first.id), QList<QuestionnaireAnswer>{a});
    }

    void coupleIsSavedTogetherAndHistoryFollowsSessions()
    {
        Fixture f = makeJournal();
        QVERIFY(f.journal);
        QList<QuestionnaireAnswer> couple{answer(f.second.id, Speaker::A, 3),
                                          answer(f.second.id, Speaker::B, 4)};
        QVERIFY(f.journal->saveAnswers(couple));
        QVERIFY(couple.at(0).id != 0 && couple.at(1).id != 0);
        QuestionnaireAnswer early = answer(f.first.id, Speaker::A, 7);
        QVERIFY(f.journal->saveAnswer(early));
        const QList<QuestionnaireAnswer> history = f.journal->answersOfRelationship(f.relationship.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).sessionId, f.first.id);
        QCOMPARE(history.at(1).respondent, Speaker::A);
        QCOMPARE(history.at(2).respondent, Speaker::B);
    }

    void aFailedCoupleSaveStoresNeither()
    {
        Fixture f = makeJournal();
        QVERIFY(f.journal);
        QList<QuestionnaireAnswer> couple{answer(f.first.id, Speaker::A, 3), answer(999999, Speaker::B, 4)};
        QSignalSpy changed(f.journal.get(), &Journal::answersChanged);
        QVERIFY(!f.journal->saveAnswers(couple)); // no such session: foreign key
        QVERIFY(!f.journal->lastError().isEmpty());
        QVERIFY(f.journal->answers(f.first.id).isEmpty());
        QCOMPARE(couple.at(0).id, 0);
        QCOMPARE(changed.size(), 0);
    }

    void answersGoAndComeBackWithTheirSession()
    {
        Fixture f = makeJournal();
        QVERIFY(f.journal);
        QuestionnaireAnswer a = answer(f.first.id, Speaker::A, 5);
        QVERIFY(f.journal->saveAnswer(a));
        const SessionRecord record = f.journal->sessionRecord(f.first.id);
        QCOMPARE(record.answers.size(), 1);
        QVERIFY(f.journal->removeSession(f.first.id));
        QCOMPARE(f.journal->store().answers(f.first.id).size(), 0); // cascade
        QVERIFY(f.journal->restoreSession(record));                 // undo
        QCOMPARE(f.journal->answers(f.first.id), QList<QuestionnaireAnswer>{a});
        QVERIFY(f.journal->removeAnswer(a));
        QVERIFY(f.journal->answers(f.first.id).isEmpty());
    }

    void version2JournalIsUpgraded()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.unfold"));
        {
            SqliteDatabase db;
            QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
            QString error;
            QVERIFY2(JournalSchema::migrate(db, 2, &error), qPrintable(error));
        }
        JournalProblem problem;
        auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
        QVERIFY2(store, qPrintable(problem.message));
        QVERIFY(store->answers(1).isEmpty());
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::ReadOnly));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")),
                 std::optional<qint64>(JournalSchema::currentVersion));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'questionnaire_%'")),
            std::optional<qint64>(2));
        QVERIFY(store->upgradeNotes().isEmpty()); // nothing of the user's was changed
    }

    // A format-3 journal could hold the check-in answered twice for one session; the upgrade keeps
    // the latest set of each person (and its scores), removes the earlier ones, and says so. The
    // copy kept before the upgrade still has them all.
    void repeatedAnswersAreReducedToTheLatestOnUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("repeated.unfold"));
        {
            SqliteDatabase db;
            QVERIFY(db.open(path, SqliteDatabase::Mode::Create));
            QString error;
            QVERIFY2(JournalSchema::migrate(db, 3, &error), qPrintable(error));
            QVERIFY2(db.exec(QStringLiteral(R"sql(
                INSERT INTO people (id) VALUES (1), (2);
                INSERT INTO relationships (id, person_a, person_b, kind) VALUES (1, 1, 2, 'friend');
                INSERT INTO sessions (id, relationship_id, start, context) VALUES
                    (1, 1, '2025-03-01T18:00:00Z', 'in-person'), (2, 1, '2025-03-08T18:00:00Z', 'in-person');
                INSERT INTO questionnaire_administrations
                    (id, session_id, respondent, instrument_id, instrument_version, answered_at) VALUES
                    (1, 1, 'a', 'session-checkin', 1, '2025-03-01T20:00:00Z'),
                    (2, 1, 'a', 'session-checkin', 1, '2025-03-01T21:00:00Z'),
                    (3, 1, 'a', 'session-checkin', 1, '2025-03-01T20:30:00Z'),
                    (4, 1, 'b', 'session-checkin', 1, '2025-03-01T20:00:00Z'),
                    (5, 2, 'a', 'session-checkin', 1, '2025-03-08T20:00:00Z'),
                    (6, 2, 'a', 'session-checkin', 1, '2025-03-08T20:00:00Z'),
                    (7, 1, 'a', 'trust-inventory', 1, '2025-03-01T19:00:00Z');
                INSERT INTO questionnaire_scores (administration_id, subscale, items, answered, score_0_100)
                    VALUES (1, 'balance', 3, 3, 10), (2, 'balance', 3, 3, 20), (3, 'balance', 3, 3, 30),
                           (4, 'balance', 3, 3, 40), (5, 'balance', 3, 3, 50), (6, 'balance', 3, 3, 60),
                           (7, 'trust', 3, 3, 70);
            )sql")),
                     qPrintable(db.lastError()));
        }
        JournalProblem problem;
        auto store = JournalStore::open(path, JournalStore::Access::ReadWrite, &problem);
        QVERIFY2(store, qPrintable(problem.message));
        // Session 1: Anna's latest (id 2, 21:00), Ben's only one, and Anna's trust inventory, a
        // different instrument. Session 2: two sets at the same moment; the later-saved (id 6) stays.
        QList<qint64> kept;
        for (qint64 session : {1, 2}) {
            for (const QuestionnaireAnswer &a : store->answers(session))
                kept.append(a.id);
        }
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, (QList<qint64>{2, 4, 6, 7}));
        for (const QuestionnaireAnswer &a : store->answers(1)) {
            if (a.id == 2)
                QCOMPARE(a.scores.first().score0to100, std::optional<double>(20));
        }
        QCOMPARE(store->upgradeNotes().size(), 1);
        QVERIFY2(store->upgradeNotes().first().contains(QStringLiteral(": 3.")),
                 qPrintable(store->upgradeNotes().first()));
        // Scores of the removed sets went with them.
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::ReadOnly));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM questionnaire_scores")),
                 std::optional<qint64>(4));
        // The copy kept before the upgrade has all seven.
        SqliteDatabase copy;
        QVERIFY(copy.open(store->preMigrationCopy(), SqliteDatabase::Mode::ReadOnly));
        QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM questionnaire_administrations")),
                 std::optional<qint64>(7));
    }
};

QTEST_GUILESS_MAIN(TestJournalAnswers)
#include "test_journal_answers.moc"
