// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline events marked on a relationship: stored, announced, removed with it.
#include "Journal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class TestJournalEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAndSignal()
    {
        QTemporaryDir dir;
        JournalProblem problem;
        auto journal = Journal::create(dir.filePath(QStringLiteral("j.unfold")),
                                       dir.filePath(QStringLiteral("b")), &problem);
        QVERIFY(journal);
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        Relationship r{0, a.id, b.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Unset};
        QVERIFY(journal->saveRelationship(r));
        QSignalSpy spy(journal.get(), &Journal::eventsChanged);

        TimelineEvent later{0, r.id, QDate(2024, 6, 1), QStringLiteral("started therapy")};
        TimelineEvent earlier{0, r.id, QDate(2024, 3, 1), QStringLiteral("moved in, \"finally\"")};
        QVERIFY(journal->saveTimelineEvent(later));
        QVERIFY(journal->saveTimelineEvent(earlier));
        QVERIFY(later.id > 0 && earlier.id > 0);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.first().first().toLongLong(), r.id);
        QCOMPARE(journal->timelineEvents(r.id), (QList<TimelineEvent>{earlier, later})); // by day

        earlier.label = QStringLiteral("moved in");
        QVERIFY(journal->saveTimelineEvent(earlier));
        QCOMPARE(journal->timelineEvents(r.id).first().label, QStringLiteral("moved in"));
        QVERIFY(journal->removeTimelineEvent(later));
        QCOMPARE(journal->timelineEvents(r.id).size(), 1);
        QCOMPARE(spy.size(), 4);

        QVERIFY(journal->removeRelationship(r.id));
        QVERIFY(journal->timelineEvents(r.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalEvents)
#include "test_journal_events.moc"
