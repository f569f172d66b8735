// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit command through EditHistory::perform: applied, undone to exactly the rows that were
// there, redone to exactly the rows it made; and refused by a journal that cannot be written,
// leaving the file's bytes and the history as they were.
#include "../core/CoupleJournal.h"
#include "../core/JournalFingerprint.h"
#include "EditHistory.h"
#include "RecordCommands.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace unfold;

namespace {

// What views hold cannot edit: a const Journal offers no mutator, and no command reaches the
// history from outside, so no caller can keep one after it is stored or destroyed.
template <typename J>
concept CanWrite = requires(J &journal, TimelineEvent &event, QList<QuestionnaireAnswer> &answers)
{
    journal.saveTimelineEvent(event);
    journal.saveAnswers(answers);
};
static_assert(CanWrite<Journal> && !CanWrite<const Journal>);
static_assert(!std::is_constructible_v<AddTimelineEventCommand, const Journal &, TimelineEvent>);
template <typename H>
concept TakesACommand = requires(H &history, std::unique_ptr<JournalCommand> command)
{
    history.push(std::move(command));
};
static_assert(!TakesACommand<EditHistory>);

struct CommandCase
{
    const char *name;
    // Makes the edit through the history, as a view does.
    std::function<EditOutcome(EditHistory &, const Journal &)> edit;
    // Whether the journal shows the edit.
    std::function<bool(const Journal &)> shows;
};

qint64 relationshipOf(const Journal &j)
{
    return j.relationships().first().id;
}
qint64 firstSession(const Journal &j)
{
    return j.sessionSummaries(relationshipOf(j)).first().session.id;
}
qint64 lastSession(const Journal &j)
{
    return j.sessionSummaries(relationshipOf(j)).last().session.id;
}
// The check-in balance of each answer set of a session, A's first.
QList<double> balancesOf(const Journal &j, qint64 sessionId)
{
    QList<QuestionnaireAnswer> answers = j.answers(sessionId);
    std::sort(answers.begin(), answers.end(), [](const auto &x, const auto &y) {
        return x.respondent == Speaker::A && y.respondent == Speaker::B;
    });
    QList<double> balances;
    for (const QuestionnaireAnswer &a : answers)
        balances.append(a.scores.first().score0to100.value_or(-1));
    return balances;
}
bool hasPerson(const Journal &j, const QString &name)
{
    for (const Person &p : j.people())
        if (p.name == name)
            return true;
    return false;
}
bool hasTopic(const Journal &j, const QString &name)
{
    for (const Topic &t : j.topics())
        if (t.name == name)
            return true;
    return false;
}
bool hasEvent(const Journal &j, const QString &label)
{
    for (const TimelineEvent &e : j.timelineEvents(relationshipOf(j)))
        if (e.label == label)
            return true;
    return false;
}
QList<qint64> idsOf(const QList<Disclosure> &disclosures)
{
    QList<qint64> ids;
    for (const Disclosure &d : disclosures)
        ids.append(d.id);
    return ids;
}
QList<qint64> topicOrder(const Journal &j)
{
    QList<qint64> ids;
    for (const Topic &t : j.topics())
        ids.append(t.id);
    return ids;
}

const QList<CommandCase> &cases()
{
    static const QList<CommandCase> all{
        {"add person",
         [](EditHistory &h, const Journal &) {
             return h.perform<SaveRecordCommand<Person>>(QStringLiteral("Add Person"), std::nullopt,
                                                         Person{0, QStringLiteral("Cleo"), {}, false});
         },
         [](const Journal &j) { return hasPerson(j, QStringLiteral("Cleo")); }},
        {"edit person",
         [](EditHistory &h, const Journal &j) {
             Person after = j.people().first();
             after.name = QStringLiteral("Anya");
             return h.perform<SaveRecordCommand<Person>>(QStringLiteral("Edit Person"), j.people().first(),
                                                         after);
         },
         [](const Journal &j) { return hasPerson(j, QStringLiteral("Anya")); }},
        {"add relationship",
         [](EditHistory &h, const Journal &j) {
             const Relationship r = j.relationships().first();
             return h.perform<SaveRecordCommand<Relationship>>(
                 QStringLiteral("Add Relationship"), std::nullopt,
                 Relationship{0, r.personB, r.personA, RelationshipKind::ClientCouple, QDate(2020, 1, 1),
                              Stage::Unset});
         },
         [](const Journal &j) { return j.relationships().size() == 2; }},
        {"edit relationship",
         [](EditHistory &h, const Journal &j) {
             Relationship after = j.relationships().first();
             after.started = QDate(2019, 6, 1);
             return h.perform<SaveRecordCommand<Relationship>>(QStringLiteral("Edit Relationship"),
                                                               j.relationships().first(), after);
         },
         [](const Journal &j) { return j.relationships().first().started == QDate(2019, 6, 1); }},
        {"remove relationship",
         [](EditHistory &h, const Journal &j) {
             return h.perform<RemoveRelationshipCommand>(relationshipOf(j));
         },
         [](const Journal &j) { return j.relationships().isEmpty(); }},
        {"add topic",
         [](EditHistory &h, const Journal &) {
             Topic topic;
             topic.name = QStringLiteral("Holidays");
             return h.perform<SaveRecordCommand<Topic>>(QStringLiteral("Add Topic"), std::nullopt, topic);
         },
         [](const Journal &j) { return hasTopic(j, QStringLiteral("Holidays")); }},
        {"edit topic",
         [](EditHistory &h, const Journal &j) {
             Topic after = j.topics().first();
             after.name = QStringLiteral("Weather, mostly");
             return h.perform<SaveRecordCommand<Topic>>(QStringLiteral("Edit Topic"), j.topics().first(),
                                                        after);
         },
         [](const Journal &j) { return hasTopic(j, QStringLiteral("Weather, mostly")); }},
        {"reorder topics",
         [](EditHistory &h, const Journal &j) {
             QList<qint64> after = topicOrder(j);
             after.move(0, after.size() - 1);
             return h.perform<ReorderTopicsCommand>(topicOrder(j), after);
         },
         [](const Journal &j) { return topicOrder(j).last() < topicOrder(j).first(); }},
        {"save layers",
         [](EditHistory &h, const Journal &j) {
             QList<Layer> after = j.layers();
             after.first().name = QStringLiteral("Surface");
             return h.perform<SaveLayersCommand>(j.layers(), after);
         },
         [](const Journal &j) { return j.layers().first().name == QLatin1String("Surface"); }},
        {"add session",
         [](EditHistory &h, const Journal &j) {
             Session session;
             session.relationshipId = relationshipOf(j);
             session.start = QDateTime(QDate(2025, 4, 1), QTime(18, 0), QTimeZone::utc());
             return h.perform<SaveRecordCommand<Session>>(QStringLiteral("New Session"), std::nullopt,
                                                          session);
         },
         [](const Journal &j) { return j.sessionSummaries(relationshipOf(j)).size() == 4; }},
        {"edit session",
         [](EditHistory &h, const Journal &j) {
             const Session before = *j.session(firstSession(j));
             Session after = before;
             after.notes = QStringLiteral("They laughed a lot");
             return h.perform<SaveRecordCommand<Session>>(QStringLiteral("Edit Session"), before, after);
         },
         [](const Journal &j) {
             return j.session(firstSession(j))->notes == QLatin1String("They laughed a lot");
         }},
        {"remove session",
         [](EditHistory &h, const Journal &j) { return h.perform<RemoveSessionCommand>(lastSession(j)); },
         [](const Journal &j) { return j.sessionSummaries(relationshipOf(j)).size() == 2; }},
        {"log disclosure",
         [](EditHistory &h, const Journal &j) {
             Disclosure d;
             d.sessionId = firstSession(j);
             d.position = 4;
             d.speaker = Speaker::B;
             d.topicId = j.topics().first().id;
             d.depth = 2;
             return h.perform<SaveRecordCommand<Disclosure>>(QStringLiteral("Log Disclosure"), std::nullopt,
                                                             d);
         },
         [](const Journal &j) { return j.disclosures(firstSession(j)).size() == 5; }},
        {"edit disclosure",
         [](EditHistory &h, const Journal &j) {
             const Disclosure before = j.disclosures(firstSession(j)).first();
             Disclosure after = before;
             after.depth = 3;
             return h.perform<SaveRecordCommand<Disclosure>>(QStringLiteral("Edit Disclosure"), before,
                                                             after);
         },
         [](const Journal &j) { return j.disclosures(firstSession(j)).first().depth == 3; }},
        {"remove disclosure",
         [](EditHistory &h, const Journal &j) {
             return h.perform<RemoveDisclosureCommand>(j.disclosures(firstSession(j)).at(1));
         },
         [](const Journal &j) { return j.disclosures(firstSession(j)).size() == 3; }},
        {"reorder disclosures",
         [](EditHistory &h, const Journal &j) {
             const QList<qint64> before = idsOf(j.disclosures(firstSession(j)));
             QList<qint64> after = before;
             after.move(0, 3);
             return h.perform<ReorderDisclosuresCommand>(firstSession(j), before, after);
         },
         [](const Journal &j) {
             const QList<qint64> ids = idsOf(j.disclosures(firstSession(j)));
             return ids.last() < ids.first();
         }},
        {"mark event",
         [](EditHistory &h, const Journal &j) {
             return h.perform<AddTimelineEventCommand>(
                 TimelineEvent{0, relationshipOf(j), QDate(2025, 3, 10), QStringLiteral("moved in")});
         },
         [](const Journal &j) { return hasEvent(j, QStringLiteral("moved in")); }},
        {"remove event",
         [](EditHistory &h, const Journal &j) {
             return h.perform<RemoveTimelineEventCommand>(j.timelineEvents(relationshipOf(j)).first());
         },
         [](const Journal &j) { return j.timelineEvents(relationshipOf(j)).isEmpty(); }},
        {"save a first answer set",
         [](EditHistory &h, const Journal &j) {
             QuestionnaireAnswer trust = testing::checkin(firstSession(j), Speaker::A, 10, 20);
             trust.instrumentId = QStringLiteral("trust-inventory");
             return h.perform<SaveAnswersCommand>(QList{trust});
         },
         [](const Journal &j) { return j.answers(firstSession(j)).size() == 3; }},
        // The session has both check-ins already: answering again replaces, one set per person.
        {"answer again",
         [](EditHistory &h, const Journal &j) {
             return h.perform<SaveAnswersCommand>(
                 QList{testing::checkin(firstSession(j), Speaker::A, 10, 20)});
         },
         [](const Journal &j) {
             return balancesOf(j, firstSession(j)) == QList<double>{10, 60};
         }},
        {"a couple answers again",
         [](EditHistory &h, const Journal &j) {
             return h.perform<SaveAnswersCommand>(
                 QList{testing::checkin(firstSession(j), Speaker::A, 10, 20),
                       testing::checkin(firstSession(j), Speaker::B, 30, 40)});
         },
         [](const Journal &j) {
             return balancesOf(j, firstSession(j)) == QList<double>{10, 30};
         }},
        {"remove answers",
         [](EditHistory &h, const Journal &j) {
             return h.perform<RemoveAnswersCommand>(j.answers(firstSession(j)));
         },
         [](const Journal &j) { return j.answers(firstSession(j)).isEmpty(); }},
    };
    return all;
}

// The journal's content, independent of the order SQLite keeps rows in.
QStringList contentOf(const QString &path)
{
    QStringList rows = test::tableRows(path);
    rows.sort();
    return rows;
}

// Makes every later write to the journal at `path` fail while the journal stays open, as a
// failing disk would: SQLite cannot create its rollback journal where a folder stands in the
// way (chmod would not do: tests may run as root). Gone again with the returned guard.
auto refuseWrites(const QString &path)
{
    const QString blocker = path + QStringLiteral("-journal");
    QDir().mkdir(blocker);
    return qScopeGuard([blocker] { QDir(blocker).removeRecursively(); });
}

} // namespace

class TestJournalCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshJournal()
    {
        const QString path = m_dir.filePath(QStringLiteral("j%1.unfold").arg(++m_count));
        QList<qint64> sessions;
        return testing::writeCoupleJournal(path, &sessions) ? path : QString();
    }

    static void addCases()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }

private Q_SLOTS:
    void undoAndRedo_data() { addCases(); }
    void undoAndRedo()
    {
        QFETCH(int, index);
        const CommandCase &c = cases().at(index);
        const QString path = freshJournal();
        QVERIFY(!path.isEmpty());
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        EditHistory history(journal.get());
        QSignalSpy failures(&history, &EditHistory::failed);
        const QStringList before = contentOf(path);
        QVERIFY(!c.shows(*journal));

        const EditOutcome outcome = c.edit(history, *journal);
        QVERIFY2(outcome.done, qPrintable(outcome.error));
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(c.shows(*journal));
        QCOMPARE(history.stack()->count(), 1);
        const QStringList after = contentOf(path);
        QVERIFY(after != before);

        history.stack()->undo();
        QVERIFY(!c.shows(*journal));
        QCOMPARE(contentOf(path), before);

        history.stack()->redo();
        QVERIFY(c.shows(*journal));
        QCOMPARE(contentOf(path), after); // the same ids and rows as the first time
        QCOMPARE(history.stack()->count(), 1);
        QCOMPARE(failures.count(), 0);
    }

    void refusedByAJournalThatCannotBeWritten_data() { addCases(); }
    void refusedByAJournalThatCannotBeWritten()
    {
        QFETCH(int, index);
        const CommandCase &c = cases().at(index);
        const QString path = freshJournal();
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = test::sha256Of(path);
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        EditHistory history(journal.get());
        QSignalSpy failures(&history, &EditHistory::failed);

        const EditOutcome outcome = c.edit(history, *journal);
        QVERIFY(!outcome.done);
        QCOMPARE(outcome.savedId, 0);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.first().first().toString(), outcome.error);
        QVERIFY(!c.shows(*journal));
        QCOMPARE(history.stack()->count(), 0); // nothing to undo that did not happen
        journal.reset();
        QCOMPARE(test::sha256Of(path), bytes);
    }

    void anUndoThatFailsIsDropped_data() { addCases(); }
    void anUndoThatFailsIsDropped()
    {
        QFETCH(int, index);
        const CommandCase &c = cases().at(index);
        const QString path = freshJournal();
        QVERIFY(!path.isEmpty());
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY(journal);
        EditHistory history(journal.get());
        QSignalSpy failures(&history, &EditHistory::failed);
        QVERIFY(c.edit(history, *journal));
        const QStringList after = contentOf(path);
        {
            const auto refusing = refuseWrites(path);
            history.stack()->undo();
        }
        QCOMPARE(failures.count(), 1);
        QVERIFY(!failures.first().first().toString().isEmpty());
        QVERIFY(c.shows(*journal));
        QCOMPARE(contentOf(path), after);
        // The history keeps matching the file: the step that could not be undone is gone, not
        // offered again as a redo of something that did not happen.
        QCOMPARE(history.stack()->count(), 0);
        QVERIFY(!history.stack()->canRedo());
    }

    void aRedoThatFailsIsDropped_data() { addCases(); }
    void aRedoThatFailsIsDropped()
    {
        QFETCH(int, index);
        const CommandCase &c = cases().at(index);
        const QString path = freshJournal();
        QVERIFY(!path.isEmpty());
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY(journal);
        EditHistory history(journal.get());
        QSignalSpy failures(&history, &EditHistory::failed);
        QVERIFY(c.edit(history, *journal));
        history.stack()->undo();
        const QStringList before = contentOf(path);
        {
            const auto refusing = refuseWrites(path);
            history.stack()->redo();
        }
        QCOMPARE(failures.count(), 1);
        QVERIFY(!c.shows(*journal));
        QCOMPARE(contentOf(path), before);
        QCOMPARE(history.stack()->count(), 0);
        QVERIFY(!history.stack()->canUndo());
    }

    void withoutAJournalNothingIsTried()
    {
        EditHistory history;
        QSignalSpy failures(&history, &EditHistory::failed);
        const EditOutcome outcome = history.perform<SaveRecordCommand<Person>>(
            QStringLiteral("Add Person"), std::nullopt, Person{0, QStringLiteral("Cleo"), {}, false});
        QVERIFY(!outcome);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(history.stack()->count(), 0);
    }

    void aGroupIsOneStepAndAnEmptyGroupNone()
    {
        const QString path = freshJournal();
        QVERIFY(!path.isEmpty());
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY(journal);
        EditHistory history(journal.get());
        const QStringList before = contentOf(path);

        history.beginGroup(QStringLiteral("Nothing"));
        history.endGroup();
        QCOMPARE(history.stack()->count(), 0);

        history.beginGroup(QStringLiteral("Two edits"));
        const EditOutcome person = history.perform<SaveRecordCommand<Person>>(
            QStringLiteral("Add Person"), std::nullopt, Person{0, QStringLiteral("Cleo"), {}, false});
        QVERIFY(person);
        QVERIFY(person.savedId != 0);
        QVERIFY(history.perform<AddTimelineEventCommand>(
            TimelineEvent{0, relationshipOf(*journal), QDate(2025, 3, 10), QStringLiteral("moved in")}));
        history.endGroup();
        QCOMPARE(history.stack()->count(), 1);
        QCOMPARE(history.stack()->undoText(), QStringLiteral("Two edits"));

        history.stack()->undo();
        QCOMPARE(contentOf(path), before);
        history.stack()->redo();
        QVERIFY(journal->person(person.savedId));
        QVERIFY(hasEvent(*journal, QStringLiteral("moved in")));
    }

    void aNewJournalStartsANewHistory()
    {
        const QString path = freshJournal();
        QVERIFY(!path.isEmpty());
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem);
        QVERIFY(journal);
        EditHistory history(journal.get());
        QVERIFY(history.perform<AddTimelineEventCommand>(
            TimelineEvent{0, relationshipOf(*journal), QDate(2025, 3, 10), QStringLiteral("moved in")}));
        QCOMPARE(history.stack()->count(), 1);
        history.setJournal(nullptr);
        QCOMPARE(history.stack()->count(), 0);
        journal.reset(); // no command is left to reach the closed journal
        QVERIFY(!history.stack()->canUndo());
    }
};

QTEST_GUILESS_MAIN(TestJournalCommands)
#include "test_journal_commands.moc"
