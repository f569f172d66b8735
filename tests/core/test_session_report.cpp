// SPDX-License-Identifier: GPL-3.0-or-later
// What a session report says: header, scores with baseline and previous, insights,
// and the therapist's notes only when asked for.
#include "CoupleJournal.h"
#include "InstrumentLibrary.h"
#include "ScoreHistory.h"
#include "SessionReport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

class TestSessionReport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QList<qint64> m_sessions;
    qint64 m_relationship = 0;

    const ReportScoreRow *row(const SessionReport &report, const QString &subscale, Speaker who)
    {
        for (const ReportScoreRow &r : report.scores) {
            if (r.subscaleId == subscale && r.respondent == who)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The import folder of instruments is a test's own, so norms can be given there.
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        m_journal = testing::writeCoupleJournal(m_dir.filePath(QStringLiteral("couple.unfold")), &m_sessions);
        QVERIFY(m_journal);
        m_relationship = m_journal->relationships().first().id;
    }

    void latestSessionByDefault()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->sessionId, m_sessions.last());
        QCOMPARE(report->sessionNumber, 3);
        QCOMPARE(report->sessionCount, 3);
        QCOMPARE(report->clients, QStringLiteral("Anna & Ben"));
        QCOMPARE(report->protocol, QStringLiteral("Escalating reciprocal disclosure"));
        const QStringList header = report->headerLines();
        QVERIFY(header.join(QLatin1Char('\n')).contains(QLatin1String("Anna & Ben")));
        QVERIFY(header.join(QLatin1Char('\n')).contains(QLatin1String("Session 3 of 3")));
        QCOMPARE(report->disclosuresA, 2);
        QCOMPARE(report->disclosuresB, 2);
        QVERIFY(report->loggedReciprocity);
    }

    void scoresHaveBaselinePreviousAndCurrent()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report);
        const ReportScoreRow *anna = row(*report, QStringLiteral("balance"), Speaker::A);
        QVERIFY(anna);
        QCOMPARE(anna->baseline, std::optional<double>(40));
        QCOMPARE(anna->previous, std::optional<double>(50));
        QCOMPARE(anna->current, std::optional<double>(70));
        QCOMPARE(SessionReport::formatChange(anna->previous, anna->current), QStringLiteral("+20"));
        const ReportScoreRow *ben = row(*report, QStringLiteral("balance"), Speaker::B);
        QVERIFY(ben);
        QCOMPARE(SessionReport::formatChange(ben->previous, ben->current), QStringLiteral("+10"));
        QVERIFY(anna->label.contains(QLatin1String("check-in")));
    }

    void earlierSessionIgnoresLaterScores()
    {
        QString error;
        const auto report =
            SessionReport::build(*m_journal, m_relationship, m_sessions.first(), false, &error);
        QVERIFY(report);
        QCOMPARE(report->sessionNumber, 1);
        const ReportScoreRow *anna = row(*report, QStringLiteral("balance"), Speaker::A);
        QVERIFY(anna);
        QCOMPARE(anna->current, std::optional<double>(40));
        QVERIFY(!anna->previous);
        QCOMPARE(SessionReport::formatValue(anna->previous), QStringLiteral("no data"));
        QVERIFY(report->protocol.isEmpty());
        QVERIFY(report->text().contains(QLatin1String("Protocol: none recorded")));
    }

    void thePartnersAccountAsKnownByThisSession()
    {
        QString error;
        auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report);
        QVERIFY(!report->perception); // no partner's account yet
        QVERIFY(!report->text().contains(QLatin1String("Both sides")));

        // The partner's account tells the same sessions, Anna a layer deeper in session 2, and one
        // more session that came two weeks after all of mine.
        PartnerAccount account = m_journal->ownAccount(m_relationship, false);
        account.author = Speaker::B;
        QCOMPARE(account.sessions.size(), 3);
        for (PartnerDisclosure &d : account.sessions[1].disclosures) {
            if (d.speaker == Speaker::A && d.depth < account.layers)
                d.depth += 1;
        }
        PartnerSession later = account.sessions.last();
        later.id += 1000;
        later.start = later.start.addDays(14);
        account.sessions.append(later);
        QVERIFY(m_journal->setPartnerAccount(
            m_relationship, StoredPartnerAccount{account, false, QDateTime::currentDateTimeUtc()}));

        report = SessionReport::build(*m_journal, m_relationship, m_sessions.at(0), false, &error);
        QVERIFY(report && report->perception);
        QCOMPARE(report->perception->partner, report->personB);
        QCOMPARE(report->perception->series.pairs.size(), 1);     // session 1 only: nothing later counts
        QCOMPARE(report->perception->series.unmatchedPartner, 0); // the later one is not known yet
        QVERIFY(report->perception->session);
        QCOMPARE(report->perception->session->agreementIndex, std::optional<double>(100.0));

        report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report && report->perception);
        QCOMPARE(report->perception->series.pairs.size(), 3);
        // The partner's later session started after this report's session: not known by it.
        QCOMPARE(report->perception->series.unmatchedPartner, 0);
        QCOMPARE(PerceptionSeries::fromJournal(*m_journal, m_relationship).unmatchedPartner, 1);
        QVERIFY(report->perception->series.biasA && *report->perception->series.biasA > 0);
        QVERIFY(report->text().contains(
            QStringLiteral("Both sides: %1's account beside yours").arg(report->personB)));
        QVERIFY(report->text().contains(report->perception->sessionLine(report->personA, report->personB)));

        // A later session of mine may pair with a partner's session that an earlier report already
        // knew: 22 hours after my first session the partner logged one more, and an hour after that
        // I did. All told the two pair; the first session's report still counts it as unmatched.
        const std::optional<Session> first = m_journal->session(m_sessions.at(0));
        QVERIFY(first);
        Session mineLater;
        mineLater.relationshipId = m_relationship;
        mineLater.start = first->start.addSecs(23 * 3600);
        QVERIFY(m_journal->saveSession(mineLater));
        PartnerSession extra = account.sessions.first();
        extra.id += 2000;
        extra.start = first->start.addSecs(22 * 3600);
        account.sessions.insert(1, extra);
        QVERIFY(m_journal->setPartnerAccount(
            m_relationship, StoredPartnerAccount{account, false, QDateTime::currentDateTimeUtc()}));
        bool pairedLater = false;
        for (const SessionMatch &m : m_journal->matchedSessions(m_relationship).matches)
            pairedLater = pairedLater || (m.sessionId == mineLater.id && m.partnerSessionId == extra.id);
        QVERIFY(pairedLater);
        report = SessionReport::build(*m_journal, m_relationship, m_sessions.at(0), false, &error);
        QVERIFY(report && report->perception);
        QCOMPARE(report->perception->series.pairs.size(), 1);
        QCOMPARE(report->perception->series.unmatchedPartner, 1);
        QVERIFY(m_journal->removeSession(mineLater.id));
        QVERIFY(m_journal->setPartnerAccount(m_relationship, std::nullopt));
    }

    void notesLeftOutByDefault()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report);
        QVERIFY(report->notes.isEmpty());
        QVERIFY(!report->text().contains(QLatin1String(testing::coupleNote)));
        QVERIFY(!report->text().contains(QLatin1String("Therapist notes")));
    }

    void notesIncludedWhenAsked()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, true, &error);
        QVERIFY(report);
        QVERIFY(report->text().contains(QLatin1String("Therapist notes")));
        QVERIFY(report->text().contains(QLatin1String(testing::coupleNote)));
    }

    void feltDropIsPointedOutWithItsEvidence()
    {
        // A fourth guided session after which Ben's felt responsiveness drops by 50 points.
        QList<qint64> sessions;
        auto journal = testing::writeCoupleJournal(m_dir.filePath(QStringLiteral("drop.unfold")), &sessions);
        QVERIFY(journal);
        const qint64 relationship = journal->relationships().first().id;
        Session fourth{0,  relationship, QDateTime(QDate(2025, 3, 22), QTime(18, 0), QTimeZone::utc()),
                       {}, {},           {}};
        QVERIFY(journal->saveSession(fourth));
        const QList<Topic> topics = journal->topics();
        for (int i = 0; i < 4; ++i) {
            Disclosure d;
            d.sessionId = fourth.id;
            d.position = i;
            d.speaker = i % 2 == 0 ? Speaker::A : Speaker::B;
            d.topicId = topics.at(i / 2).id;
            d.depth = 3;
            QVERIFY(journal->saveDisclosure(d));
        }
        QList<QuestionnaireAnswer> answers{testing::checkin(fourth.id, Speaker::A, 70, 70),
                                           testing::checkin(fourth.id, Speaker::B, 65, 10)};
        QVERIFY(journal->saveAnswers(answers));
        QString error;
        const auto report = SessionReport::build(*journal, relationship, 0, false, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->insights.size(), 1);
        const Insight &insight = report->insights.first();
        QVERIFY(insight.title.contains(QLatin1String("Ben")));
        QCOMPARE(insight.sessionIds.last(), fourth.id);
        const QString text = report->text();
        QVERIFY2(!text.contains(QLatin1String("Nothing stands out")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Based on:")), qPrintable(text));
        for (const InsightEvidence &e : insight.evidence)
            QVERIFY2(text.contains(e.label + QStringLiteral(": ") + e.value), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("60, 60, 60, 10 (0–100) from session 1 to session 4")),
                 qPrintable(text));

        // The report of the session before rests on nothing after it.
        const auto before = SessionReport::build(*journal, relationship, sessions.last(), false, &error);
        QVERIFY(before);
        QVERIFY(before->insights.isEmpty());
        QVERIFY(before->text().contains(QLatin1String("Nothing stands out")));
    }

    // The measures across the sessions, as `unfold metrics --summary` prints them, scoped to the
    // sessions up to the reported one. Each session of the couple goes one layer deeper on new
    // topics: A reaches topics 1–2, then 3, then 4, at depths 1, 2, 3 a week apart.
    void summaryAcrossSessionsUpToThisOne()
    {
        QString error;
        const auto second = SessionReport::build(*m_journal, m_relationship, m_sessions[1], false, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->summary.sessionCount(), 2);
        QCOMPARE(second->summary.find(QStringLiteral("breadth_a"))->value, 3.0);
        QCOMPARE(second->summary.find(QStringLiteral("breadth_a"))->basis.sessions, 2);
        QVERIFY(qAbs(*second->summary.find(QStringLiteral("depth_slope_a"))->value - 30.0 / 7.0) < 1e-9);
        // Three sessions are too few for a correlation: "no data", never 0.
        QVERIFY(!second->summary.find(QStringLiteral("depth_pearson"))->value);
        const QString text = second->text();
        QVERIFY2(text.contains(QStringLiteral("Across sessions 1 to 2 (descriptive)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Breadth (topics reached) — Anna: 3 (sessions: 2, ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Depth correlation (descriptive) — Anna and Ben: no data "
                                              "(sessions: 2, ")),
                 qPrintable(text));
        QVERIFY(text.contains(RelationshipSummary::caveat()));

        const auto third = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QCOMPARE(third->summary.find(QStringLiteral("breadth_a"))->value, 4.0);
        QVERIFY(third->text().contains(QStringLiteral("Breadth (topics reached) — Anna: 4 (sessions: 3, ")));
    }

    // The shipped check-in has no norms: no reliable change, and the report says why.
    void noReliableChangeWithoutNorms()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report);
        QVERIFY(!report->anyNorms());
        for (const ReportScoreRow &r : report->scores)
            QVERIFY(!r.rciPrevious && !r.rciBaseline);
        QVERIFY(report->text().contains(ScoreHistory::rciNote()));
        QVERIFY(!report->text().contains(QLatin1String("Reliable change (Jacobson–Truax): since")));
    }

    void unknownSessionOrRelationshipIsRefused()
    {
        QString error;
        QVERIFY(!SessionReport::build(*m_journal, m_relationship, 999999, false, &error));
        QVERIFY(error.contains(QLatin1String("999999")));
        error.clear();
        QVERIFY(!SessionReport::build(*m_journal, 424242, 0, false, &error));
        QVERIFY(error.contains(QLatin1String("424242")));
    }

    // An imported instrument with norms: the report gives the reliable change of the current
    // score against the previous one and the baseline, as ScoreHistory computes it. Last, as it
    // adds answer sets to the shared journal.
    void reliableChangeWhereTheInstrumentHasNorms()
    {
        const QString imports = InstrumentLibrary::defaultImportFolder();
        QVERIFY(QDir().mkpath(imports));
        QFile::remove(imports + QStringLiteral("/scoring-test.json"));
        QVERIFY(QFile::copy(QStringLiteral(UNFOLD_INSTRUMENT_DATA "/scoring-test.json"),
                            imports + QStringLiteral("/scoring-test.json")));
        const double a[] = {2.0, 2.4, 3.0}; // Anna's score on subscale "a" (1..5, SD 0.8, r 0.84)
        for (int s = 0; s < 3; ++s) {
            QuestionnaireAnswer q;
            q.sessionId = m_sessions[s];
            q.respondent = Speaker::A;
            q.instrumentId = QStringLiteral("scoring-test");
            q.instrumentVersion = 2;
            q.answeredAt = QDateTime(QDate(2025, 3, 1), QTime(20, 0), QTimeZone::utc());
            q.answers = {{QStringLiteral("a1"), 3}};
            q.scores = {{QStringLiteral("a"), 5, 5, a[s], a[s], (a[s] - 1) / 4 * 100}};
            QList<QuestionnaireAnswer> one{q};
            QVERIFY(m_journal->saveAnswers(one));
        }
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->anyNorms());
        const ReportScoreRow *anna = row(*report, QStringLiteral("a"), Speaker::A);
        QVERIFY(anna && anna->hasNorms);
        const double sDiff = std::sqrt(2.0) * 0.8 * std::sqrt(1 - 0.84);
        QVERIFY(qAbs(*anna->rciPrevious - 0.6 / sDiff) < 1e-9);
        QVERIFY(qAbs(*anna->rciBaseline - 1.0 / sDiff) < 1e-9);
        const QString text = report->text();
        QVERIFY2(text.contains(QStringLiteral("within noise (RCI 1.33), \u2191 reliable rise (RCI 2.21)")),
                 qPrintable(text));
        // The check-in rows stay without.
        QVERIFY(!row(*report, QStringLiteral("balance"), Speaker::A)->hasNorms);
    }
};

QTEST_GUILESS_MAIN(TestSessionReport)
#include "test_session_report.moc"
