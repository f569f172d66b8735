// SPDX-License-Identifier: GPL-3.0-or-later
// One answer set per person, instrument and session (DESIGN.md §2.1): when Anna answers the
// check-in again for a session, her later answers replace the earlier ones, and the chart, its
// table, the client history, the report (text, scores and the charts it draws) and the data
// export all give the one number, the later one. Before, the chart averaged the two sets while
// the tables showed the latest.

#include "../core/CoupleJournal.h"
#include "ChartSeriesSet.h"
#include "ChartTable.h"
#include "ClientHistory.h"
#include "DataExport.h"
#include "ReportPainter.h"
#include "SessionReport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using namespace unfold::testing;

namespace {

constexpr double earlierBalance = 70; // what CoupleJournal.h gives Anna in the last session
constexpr double laterBalance = 17;

std::optional<double> seriesValue(const TimeChartSpec &spec, const QString &name, qint64 sessionId)
{
    for (const NamedSeries &series : spec.series) {
        if (series.name != name)
            continue;
        for (const SeriesPoint &point : series.values) {
            if (point.sessionId == sessionId)
                return point.value;
        }
    }
    return std::nullopt;
}

} // namespace

class TestOneAnswerSet final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QList<qint64> m_sessions;
    qint64 m_relationshipId = 0;
    qint64 m_earlierId = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sessions.clear();
        m_journal = writeCoupleJournal(
            m_dir.filePath(
                QStringLiteral("couple-%1.unfold").arg(QLatin1String(QTest::currentTestFunction()))),
            &m_sessions);
        QVERIFY(m_journal);
        m_relationshipId = m_journal->relationships().first().id;
        for (const QuestionnaireAnswer &a : m_journal->answers(m_sessions.last())) {
            if (a.respondent == Speaker::A)
                m_earlierId = a.id;
        }
        QVERIFY(m_earlierId != 0);

        // Anna answers the check-in again for the last session, later that evening.
        QuestionnaireAnswer again = checkin(m_sessions.last(), Speaker::A, laterBalance, 20);
        again.answeredAt = again.answeredAt.addSecs(3600);
        QList<QuestionnaireAnswer> save{again};
        const QList<QuestionnaireAnswer> replaced = m_journal->answersReplacedBy(save);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().id, m_earlierId);
        QVERIFY2(m_journal->replaceAnswers(replaced, save), qPrintable(m_journal->lastError()));
    }

    void theSessionKeepsOneSetPerPerson()
    {
        const QList<QuestionnaireAnswer> answers = m_journal->answers(m_sessions.last());
        QCOMPARE(answers.size(), 2);
        int byAnna = 0;
        for (const QuestionnaireAnswer &a : answers) {
            if (a.respondent == Speaker::A) {
                ++byAnna;
                QCOMPARE(a.scores.first().score0to100, std::optional<double>(laterBalance));
            }
        }
        QCOMPARE(byAnna, 1);
    }

    // Saving a second set beside the first, bypassing the replacement, is refused by the journal
    // itself, so no path can bring two numbers back.
    void aSecondSetBesideTheFirstIsRefused()
    {
        QList<QuestionnaireAnswer> second{checkin(m_sessions.last(), Speaker::A, 90, 90)};
        QVERIFY(!m_journal->saveAnswers(second));
        QCOMPARE(m_journal->answers(m_sessions.last()).size(), 2);
    }

    void everyOutputShowsTheLaterNumber()
    {
        const qint64 last = m_sessions.last();
        const auto pictures = ReportPictures::load(*m_journal, m_relationshipId);

        // The reciprocity chart (on screen, in exports and on the report's chart page) and its table.
        const TimeChartSpec spec = ChartSeriesSet::timeChart(ChartKind::Reciprocity, pictures.charts);
        QCOMPARE(seriesValue(spec, QStringLiteral("Anna: felt balance"), last),
                 std::optional<double>(laterBalance));
        const ChartTable table = ChartTable::of(ChartKind::Reciprocity, pictures.charts, {});
        const qsizetype lastRow = table.sessionIds.indexOf(last);
        const qsizetype column = table.columns.indexOf(QStringLiteral("Anna: felt balance"));
        QVERIFY(lastRow >= 0 && column >= 0);
        QCOMPARE(table.rows.at(lastRow).at(column), QStringLiteral("17"));

        // Client History.
        const QList<ClientHistoryRow> history = ClientHistory::rows(*m_journal, m_relationshipId);
        QCOMPARE(history.last().sessionId, last);
        QCOMPARE(history.last().feltBalanceA, std::optional<double>(laterBalance));

        // The report: its score table and its text.
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationshipId, last, false, &error);
        QVERIFY2(report, qPrintable(error));
        bool found = false;
        for (const ReportScoreRow &row : report->scores) {
            if (row.respondent == Speaker::A && row.subscaleId == QLatin1String("balance")) {
                QCOMPARE(row.current, std::optional<double>(laterBalance));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(report->text().contains(SessionReport::formatValue(laterBalance)));
        QVERIFY(!report->text().contains(SessionReport::formatValue(earlierBalance)));
        QVERIFY(!report->text().contains(SessionReport::formatValue((earlierBalance + laterBalance) / 2)));

        // The data export: one score row for Anna's balance in that session, the later one.
        const QList<DataTable> tables = DataExport::tables(*m_journal);
        int rows = 0;
        for (const DataTable &t : tables) {
            if (t.name != QLatin1String("questionnaire_scores"))
                continue;
            const qsizetype session = t.columnIndex(QStringLiteral("session_id"));
            const qsizetype subscale = t.columnIndex(QStringLiteral("subscale"));
            const qsizetype score = t.columnIndex(QStringLiteral("score_0_100"));
            const qsizetype speaker = t.columnIndex(QStringLiteral("respondent"));
            QVERIFY(session >= 0 && subscale >= 0 && score >= 0 && speaker >= 0);
            for (const QVariantList &row : t.rows) {
                if (row.at(session).toLongLong() == last &&
                    row.at(subscale).toString() == QLatin1String("balance") &&
                    row.at(speaker).toString() == QLatin1String("a")) {
                    ++rows;
                    QCOMPARE(row.at(score).toDouble(), laterBalance);
                }
            }
        }
        QCOMPARE(rows, 1);
    }

    // Undoing the replacement (what Edit › Undo does) brings the earlier set back under its id.
    void theEarlierSetComesBackWhole()
    {
        QList<QuestionnaireAnswer> later;
        QList<QuestionnaireAnswer> earlier;
        for (const QuestionnaireAnswer &a : m_journal->answers(m_sessions.last())) {
            if (a.respondent == Speaker::A)
                later.append(a);
        }
        QCOMPARE(later.size(), 1);
        earlier.append(checkin(m_sessions.last(), Speaker::A, earlierBalance, 70));
        earlier.first().id = m_earlierId;
        QVERIFY(m_journal->replaceAnswers(later, earlier));
        const auto pictures = ReportPictures::load(*m_journal, m_relationshipId);
        const TimeChartSpec spec = ChartSeriesSet::timeChart(ChartKind::Reciprocity, pictures.charts);
        QCOMPARE(seriesValue(spec, QStringLiteral("Anna: felt balance"), m_sessions.last()),
                 std::optional<double>(earlierBalance));
        QCOMPARE(ClientHistory::rows(*m_journal, m_relationshipId).last().feltBalanceA,
                 std::optional<double>(earlierBalance));
    }
};

QTEST_MAIN(TestOneAnswerSet)
#include "test_one_answer_set.moc"
