// SPDX-License-Identifier: GPL-3.0-or-later
// What a session report says (issue #6): header, scores with baseline and previous, insights,
// and the therapist's notes only when asked for.
#include "CoupleJournal.h"
#include "SessionReport.h"

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

    void unknownSessionOrRelationshipIsRefused()
    {
        QString error;
        QVERIFY(!SessionReport::build(*m_journal, m_relationship, 999999, false, &error));
        QVERIFY(error.contains(QLatin1String("999999")));
        error.clear();
        QVERIFY(!SessionReport::build(*m_journal, 424242, 0, false, &error));
        QVERIFY(error.contains(QLatin1String("424242")));
    }
};

QTEST_GUILESS_MAIN(TestSessionReport)
#include "test_session_report.moc"
