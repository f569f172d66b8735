// SPDX-License-Identifier: GPL-3.0-or-later
// The partner's account inside a journal: kept beside the own log, replaced whole, removed and
// restored with its relationship, and compared session by session.
#include "Journal.h"
#include "PartnerExchange.h"
#include "Perception.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    Relationship relationship;
    QList<qint64> sessions;
    QList<Topic> topics;
};

// Alex (me) & Sam, three sessions a week apart: Alex shares topic 0 at depth 1, Sam topic 1 at 2.
std::unique_ptr<Fixture> makeJournal()
{
    auto f = std::make_unique<Fixture>();
    JournalProblem problem;
    f->journal = Journal::create(f->dir.filePath(QStringLiteral("mine.unfold")), QString(), &problem);
    if (!f->journal)
        return nullptr;
    Person alex{0, QStringLiteral("Alex"), {}, true};
    Person sam{0, QStringLiteral("Sam"), {}, false};
    f->journal->savePerson(alex);
    f->journal->savePerson(sam);
    f->relationship = {0, alex.id, sam.id, RelationshipKind::Partner, QDate(2025, 1, 1), Stage::Unset};
    f->journal->saveRelationship(f->relationship);
    f->topics = f->journal->topics();
    for (int s = 0; s < 3; ++s) {
        Session session{0, f->relationship.id, at(2 + 7 * s, 19), SessionContext::InPerson, {}, {}};
        f->journal->saveSession(session);
        f->sessions.append(session.id);
        Disclosure a{0, session.id, 0, Speaker::A, f->topics.at(0).id, 1, {}, {}};
        Disclosure b{0, session.id, 1, Speaker::B, f->topics.at(1).id, 2, {}, {}};
        f->journal->saveDisclosure(a);
        f->journal->saveDisclosure(b);
    }
    return f;
}

// Sam's account, written in Sam's journal where Sam is A: two of the three sessions, an hour later,
// Sam remembering their own sharing one layer deeper in the first.
PartnerAccount samsAccount(const Fixture &f, const QDateTime &exported)
{
    PartnerAccount a;
    a.nameA = QStringLiteral("Sam");
    a.nameB = QStringLiteral("Alex");
    a.author = Speaker::A;
    a.layers = 3;
    a.topics = {f.topics.at(0).name, f.topics.at(1).name};
    a.exportedAt = exported;
    a.sessions = {{501,
                   at(2, 20),
                   SessionContext::InPerson,
                   {},
                   {},
                   {{Speaker::B, a.topics.at(0), 1, {}, {}}, {Speaker::A, a.topics.at(1), 3, {}, {}}},
                   {}},
                  {503,
                   at(16, 20),
                   SessionContext::InPerson,
                   {},
                   {},
                   {{Speaker::B, a.topics.at(0), 1, {}, {}}, {Speaker::A, a.topics.at(1), 2, {}, {}}},
                   {}}};
    return a;
}

// The journal above with Sam's account (exported on the 20th) imported into it.
std::unique_ptr<Fixture> makeJournalWithSamsAccount()
{
    auto f = makeJournal();
    QString error;
    const auto stored = f ? PartnerExchange::prepareImport(samsAccount(*f, at(20, 9)), *f->journal,
                                                           f->relationship.id, {}, &error)
                          : std::nullopt;
    if (!stored || !f->journal->setPartnerAccount(f->relationship.id, stored)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return f;
}

} // namespace

class TestJournalPartner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importMapsSidesAndMatches()
    {
        auto f = makeJournal();
        QVERIFY(f);
        QString error;
        const auto stored = PartnerExchange::prepareImport(samsAccount(*f, at(20, 9)), *f->journal,
                                                           f->relationship.id, {}, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->swapped); // Sam is A in Sam's journal and B in mine
        QSignalSpy changed(f->journal.get(), &Journal::partnerChanged);
        QVERIFY(f->journal->setPartnerAccount(f->relationship.id, stored));
        QCOMPARE(changed.size(), 1);
        const auto kept = f->journal->partnerAccount(f->relationship.id);
        QVERIFY(kept);
        QCOMPARE(kept->account.sessions.at(0).disclosures.at(1).speaker, Speaker::B); // Sam, in my sides
        // The own log is untouched: still three sessions of two disclosures each.
        QCOMPARE(f->journal->sessionSummaries(f->relationship.id).size(), 3);

        const MatchedSessions m = f->journal->matchedSessions(f->relationship.id);
        QCOMPARE(m.matches.size(), 2);
        QCOMPARE(m.matches.at(0).sessionId, f->sessions.at(0));
        QCOMPARE(m.matches.at(0).partnerSessionId, qint64(501));
        QCOMPARE(m.unmatchedMine, QList<qint64>{f->sessions.at(1)});

        const PerceptionSeries series = PerceptionSeries::fromJournal(*f->journal, f->relationship.id);
        QCOMPARE(series.pairs.size(), 2);
        // Sam's side (B): depth 3 vs 2, then 2 vs 2 → gaps 1 and 0, bias 0.5. Alex's side agrees.
        QCOMPARE(series.pairs.at(0).b.depthGap, std::optional<double>(1.0));
        QCOMPARE(series.biasB, std::optional<double>(0.5));
        QCOMPARE(series.biasA, std::optional<double>(0.0));
        QCOMPARE(series.unmatchedMine, 1);
        QCOMPARE(series.unmatchedPartner, 0);
    }

    void aNewerFileReplacesAndAnOlderOneIsRefused()
    {
        auto f = makeJournal();
        QVERIFY(f);
        QString error;
        const auto first = PartnerExchange::prepareImport(samsAccount(*f, at(20, 9)), *f->journal,
                                                          f->relationship.id, {}, &error);
        QVERIFY(first && f->journal->setPartnerAccount(f->relationship.id, first));
        PartnerAccount newer = samsAccount(*f, at(27, 9));
        newer.sessions.removeLast();
        const auto second =
            PartnerExchange::prepareImport(newer, *f->journal, f->relationship.id, {}, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(f->journal->setPartnerAccount(f->relationship.id, second));
        QCOMPARE(f->journal->partnerAccount(f->relationship.id)->account.sessions.size(), 1);
        QVERIFY(!PartnerExchange::prepareImport(samsAccount(*f, at(21, 9)), *f->journal, f->relationship.id,
                                                {}, &error));
        QVERIFY(error.contains(QLatin1String("before the account already imported")));
    }

    void decisionsAreOneToOneAndKept()
    {
        auto f = makeJournalWithSamsAccount();
        QVERIFY(f);
        // Re-pair: my second session is Sam's 503; my third is kept apart from it.
        QVERIFY(f->journal->setMatchDecisions(
            f->relationship.id, {{f->sessions.at(1), 503, true}, {f->sessions.at(2), 503, false}}));
        MatchedSessions m = f->journal->matchedSessions(f->relationship.id);
        QCOMPARE(m.matches.size(), 2);
        QCOMPARE(m.matches.at(1).sessionId, f->sessions.at(1));
        QVERIFY(m.matches.at(1).confirmed);
        QCOMPARE(m.unmatchedMine, QList<qint64>{f->sessions.at(2)});
        // A second pair for the same partner session ends the first: one to one.
        QVERIFY(f->journal->setMatchDecisions(
            f->relationship.id, {{f->sessions.at(1), 503, true}, {f->sessions.at(0), 503, true}}));
        const QList<MatchDecision> decisions = f->journal->matchDecisions(f->relationship.id);
        QCOMPARE(decisions, (QList<MatchDecision>{{f->sessions.at(0), 503, true}}));
    }

    void removingAndRestoringKeepsEverything()
    {
        auto f = makeJournalWithSamsAccount();
        QVERIFY(f);
        QVERIFY(f->journal->setMatchDecisions(f->relationship.id, {{f->sessions.at(2), 503, false}}));

        const SessionRecord session = f->journal->sessionRecord(f->sessions.at(2));
        QCOMPARE(session.matches.size(), 1);
        QVERIFY(f->journal->removeSession(f->sessions.at(2)));
        QVERIFY(f->journal->matchDecisions(f->relationship.id).isEmpty());
        QVERIFY(f->journal->restoreSession(session));
        QCOMPARE(f->journal->matchDecisions(f->relationship.id).size(), 1);

        const RelationshipRecord record = f->journal->relationshipRecord(f->relationship.id);
        QVERIFY(record.partner);
        QVERIFY(f->journal->removeRelationship(f->relationship.id));
        QVERIFY(!f->journal->partnerAccount(f->relationship.id));
        QVERIFY(f->journal->restoreRelationship(record));
        QCOMPARE(f->journal->partnerAccount(f->relationship.id), record.partner);
        QCOMPARE(f->journal->matchDecisions(f->relationship.id).size(), 1);
    }

    void theAccountSurvivesReopening()
    {
        auto f = makeJournalWithSamsAccount();
        QVERIFY(f);
        // Sam is A in Sam's file and B here: what is kept is Sam's account with the sides exchanged.
        const PartnerAccount expected = samsAccount(*f, at(20, 9)).swapped();
        const QString path = f->journal->path();
        f->journal.reset();
        JournalProblem problem;
        QCOMPARE(JournalStore::inspect(path, nullptr, true).kind, JournalProblem::Kind::None);
        const auto reopened = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY(reopened);
        const auto kept = reopened->partnerAccount(f->relationship.id);
        QVERIFY(kept);
        QCOMPARE(kept->account, expected);
        QCOMPARE(kept->swapped, true);
    }
};

QTEST_GUILESS_MAIN(TestJournalPartner)
#include "test_journal_partner.moc"
