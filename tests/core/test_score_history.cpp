// SPDX-License-Identifier: GPL-3.0-or-later
// Scores over a relationship's answer sets: change since the previous score, and reliable
// change against the previous score and the baseline where the instrument gives norms.
#include "InstrumentLibrary.h"
#include "ScoreHistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;

namespace {

const QDateTime day0(QDate(2025, 1, 1), QTime(18, 0), QTimeZone::utc());

// An answer set of the test instrument (scoring-test v2: subscale "a" on 1..5 with norms
// SD 0.8, reliability 0.84; subscale "s" without norms).
QuestionnaireAnswer answer(qint64 id, qint64 session, Speaker who, std::optional<double> a,
                           std::optional<double> s)
{
    QuestionnaireAnswer q;
    q.id = id;
    q.sessionId = session;
    q.respondent = who;
    q.instrumentId = QStringLiteral("scoring-test");
    q.instrumentVersion = 2;
    auto to100 = [](std::optional<double> mean) {
        return mean ? std::optional<double>((*mean - 1) / 4 * 100) : std::nullopt;
    };
    q.scores = {
        {QStringLiteral("a"), 5, a ? 5 : 0, a, a, to100(a)},
        {QStringLiteral("s"), 4, s ? 4 : 0, s, s ? std::optional<double>(*s * 4) : std::nullopt, to100(s)}};
    return q;
}

const ScoreChange *find(const QList<ScoreChange> &history, qint64 session, Speaker who, const char *subscale)
{
    for (const ScoreChange &c : history) {
        if (c.sessionId == session && c.respondent == who && c.subscale == QLatin1String(subscale))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestScoreHistory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_imports;
    QHash<qint64, QDateTime> m_starts{
        {1, day0}, {2, day0.addDays(7)}, {3, day0.addDays(14)}, {4, day0.addDays(21)}};

    InstrumentLibrary library() { return InstrumentLibrary(m_imports.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::copy(QStringLiteral(UNFOLD_INSTRUMENT_DATA "/scoring-test.json"),
                            m_imports.filePath(QStringLiteral("scoring-test.json"))));
        QVERIFY(library().find(QStringLiteral("scoring-test"), 2));
    }

    void changeAndReliableChangeByHand()
    {
        // A: 2.0, then 2.4, then (too few items) nothing, then 3.0. B: 4.0 once.
        const QList<QuestionnaireAnswer> answers{
            answer(11, 1, Speaker::A, 2.0, 3.0), answer(12, 1, Speaker::B, 4.0, std::nullopt),
            answer(21, 2, Speaker::A, 2.4, 3.0), answer(31, 3, Speaker::A, std::nullopt, 2.0),
            answer(41, 4, Speaker::A, 3.0, 2.5)};
        const QList<ScoreChange> h = ScoreHistory::compute(answers, m_starts, library());
        QCOMPARE(h.size(), 10); // two subscales per answer set

        // Standard error of a difference: √2 · 0.8 · √(1 − 0.84) = 0.452548...
        const double sDiff = std::sqrt(2.0) * 0.8 * std::sqrt(1 - 0.84);
        const ScoreChange *first = find(h, 1, Speaker::A, "a");
        QVERIFY(first);
        QCOMPARE(first->answerId, 11);
        QCOMPARE(first->start, day0);
        QVERIFY(first->hasNorms);
        QCOMPARE(first->baselineSessionId, 1);
        QCOMPARE(first->previousSessionId, 0);
        QVERIFY(!first->changeFromPrevious); // nothing before the baseline
        QVERIFY(!first->rciFromPrevious);
        QVERIFY(!first->rciFromBaseline);

        const ScoreChange *second = find(h, 2, Speaker::A, "a");
        QCOMPARE(second->previousSessionId, 1);
        QVERIFY(qAbs(*second->changeFromPrevious - 10.0) < 1e-9); // 2.0 → 2.4 is 25 → 35
        QVERIFY(qAbs(*second->rciFromPrevious - 0.4 / sDiff) < 1e-9);
        QCOMPARE(ScoreChange::isReliable(second->rciFromPrevious), false);

        // Session 3 has no score on "a": it is listed, undefined, and moves nothing.
        const ScoreChange *gap = find(h, 3, Speaker::A, "a");
        QVERIFY(gap && !gap->score && !gap->changeFromPrevious && !gap->rciFromPrevious);
        const ScoreChange *last = find(h, 4, Speaker::A, "a");
        QCOMPARE(last->previousSessionId, 2);
        QCOMPARE(last->baselineSessionId, 1);
        QVERIFY(qAbs(*last->rciFromPrevious - 0.6 / sDiff) < 1e-9);
        QVERIFY(qAbs(*last->rciFromBaseline - 1.0 / sDiff) < 1e-9); // 2.21: reliable
        QCOMPARE(ScoreChange::isReliable(last->rciFromBaseline), true);
        QCOMPARE(ScoreChange::isReliable(last->rciFromPrevious), false);

        // Without norms: changes, but never an RCI.
        const ScoreChange *sum = find(h, 4, Speaker::A, "s");
        QVERIFY(!sum->hasNorms);
        QVERIFY(qAbs(*sum->changeFromPrevious - 12.5) < 1e-9); // 2.0 → 2.5 on 1..5
        QVERIFY(!sum->rciFromPrevious && !sum->rciFromBaseline);
        QCOMPARE(ScoreChange::isReliable(sum->rciFromBaseline), std::nullopt);

        // Each person has their own baseline.
        const ScoreChange *b = find(h, 1, Speaker::B, "a");
        QCOMPARE(b->baselineSessionId, 1);
        QVERIFY(!b->changeFromPrevious);
    }

    void unknownInstrumentHasNoNorms()
    {
        QuestionnaireAnswer a = answer(1, 1, Speaker::A, 2.0, 2.0);
        QuestionnaireAnswer b = answer(2, 2, Speaker::A, 4.0, 2.0);
        a.instrumentId = b.instrumentId = QStringLiteral("not-installed");
        const QList<ScoreChange> h = ScoreHistory::compute({a, b}, m_starts, library());
        const ScoreChange *later = find(h, 2, Speaker::A, "a");
        QVERIFY(!later->hasNorms);
        QVERIFY(qAbs(*later->changeFromPrevious - 50.0) < 1e-9);
        QVERIFY(!later->rciFromPrevious);
    }

    void rciText()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ScoreHistory::rciText(std::nullopt, QStringLiteral("–")), QStringLiteral("–"));
        QCOMPARE(ScoreHistory::rciText(0.5), QStringLiteral("within noise (RCI 0.50)"));
        QCOMPARE(ScoreHistory::rciText(2.5), QStringLiteral("\u2191 reliable rise (RCI 2.50)"));
        QCOMPARE(ScoreHistory::rciText(-2.5), QStringLiteral("\u2193 reliable fall (RCI -2.50)"));
    }
};

QTEST_GUILESS_MAIN(TestScoreHistory)
#include "test_score_history.moc"
