// SPDX-License-Identifier: GPL-3.0-or-later
// What a session report says (issue #6): header, scores with baseline and previous, insights,
// and the therapist's notes only when asked for.
#include "CoupleJournal.h"
#include "SessionReport.h"

#include <QTemporaryDir>
#include <QTest>

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
