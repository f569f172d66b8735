// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold score --journal`: a relationship's scores with the change since the previous one and
// the reliable change against it and the baseline, only where the instrument gives norms.
#include "CliRun.h"
#include "Csv.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;
using unfold::test::runUnfold;

namespace {

// An answer set of the test instrument scoring-test v2, whose subscale "a" (1..5) has norms
// SD 0.8 and reliability 0.84; its subscale "s" has none.
QuestionnaireAnswer answer(qint64 session, Speaker who, double a, double s)
{
    QuestionnaireAnswer q;
    q.sessionId = session;
    q.respondent = who;
    q.instrumentId = QStringLiteral("scoring-test");
    q.instrumentVersion = 2;
    q.answeredAt = QDateTime(QDate(2025, 3, 1), QTime(20, 0), QTimeZone::utc());
    q.answers = {{QStringLiteral("a1"), 3}};
    q.scores = {{QStringLiteral("a"), 5, 5, a, a, (a - 1) / 4 * 100},
                {QStringLiteral("s"), 4, 4, s, s * 4, (s - 1) / 4 * 100}};
    return q;
}

} // namespace

class TestScoreHistoryCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QList<qint64> m_sessions;

    QStringList base() const
    {
        return {QStringLiteral("score"), QStringLiteral("--journal"), m_journal,
                QStringLiteral("--relationship"), QStringLiteral("Anna & Ben")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The instrument with norms, imported the way the app keeps imports: in its data folder.
        const QString imports = m_dir.filePath(QStringLiteral("data/Unfold/Unfold/instruments"));
        QVERIFY(QDir().mkpath(imports));
        QVERIFY(QFile::copy(QStringLiteral(UNFOLD_TEST_DATA "/instruments/scoring-test.json"),
                            imports + QStringLiteral("/scoring-test.json")));

        m_journal = m_dir.filePath(QStringLiteral("j.unfold"));
        JournalProblem problem;
        auto journal = Journal::create(m_journal, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        Relationship r{0, a.id, b.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Unset};
        QVERIFY(journal->saveRelationship(r));
        for (int i = 0; i < 3; ++i) {
            Session s{0,  r.id, QDateTime(QDate(2025, 3, 1 + 7 * i), QTime(18, 0), QTimeZone::utc()),
                      {}, {},   {}};
            QVERIFY(journal->saveSession(s));
            m_sessions.append(s.id);
        }
        // Anna on "a": 2.0, 2.4, 3.0. Ben answers once.
        QList<QuestionnaireAnswer> answers{
            answer(m_sessions[0], Speaker::A, 2.0, 3.0), answer(m_sessions[0], Speaker::B, 4.0, 4.0),
            answer(m_sessions[1], Speaker::A, 2.4, 3.0), answer(m_sessions[2], Speaker::A, 3.0, 2.5)};
        QVERIFY(journal->saveAnswers(answers));
    }

    void jsonGivesReliableChangeWhereNormsAre()
    {
        const auto run = runUnfold(base() + QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                                   m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("scores")).toArray();
        QCOMPARE(rows.size(), 8);
        auto row = [&](qint64 session, const char *respondent, const char *subscale) {
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("session_id")).toInteger() == session &&
                    o.value(QStringLiteral("respondent")).toString() == QLatin1String(respondent) &&
                    o.value(QStringLiteral("subscale")).toString() == QLatin1String(subscale))
                    return o;
            }
            return QJsonObject();
        };
        const double sDiff = std::sqrt(2.0) * 0.8 * std::sqrt(1 - 0.84);
        const QJsonObject last = row(m_sessions[2], "a", "a");
        QVERIFY(last.value(QStringLiteral("has_norms")).toBool());
        QVERIFY(qAbs(last.value(QStringLiteral("rci_previous")).toDouble() - 0.6 / sDiff) < 1e-9);
        QCOMPARE(last.value(QStringLiteral("reliable_previous")), QJsonValue(false));
        QVERIFY(qAbs(last.value(QStringLiteral("rci_baseline")).toDouble() - 1.0 / sDiff) < 1e-9);
        QCOMPARE(last.value(QStringLiteral("reliable_baseline")), QJsonValue(true));
        QCOMPARE(last.value(QStringLiteral("baseline_session_id")).toInteger(), m_sessions[0]);
        QCOMPARE(last.value(QStringLiteral("previous_session_id")).toInteger(), m_sessions[1]);
        QVERIFY(qAbs(last.value(QStringLiteral("change_0_100")).toDouble() - 15.0) < 1e-9);

        // The first score has nothing to change from; a subscale without norms has no RCI.
        const QJsonObject first = row(m_sessions[0], "a", "a");
        QVERIFY(first.value(QStringLiteral("change_0_100")).isNull());
        QVERIFY(first.value(QStringLiteral("rci_baseline")).isNull());
        QVERIFY(first.value(QStringLiteral("previous_session_id")).isNull());
        const QJsonObject noNorms = row(m_sessions[2], "a", "s");
        QCOMPARE(noNorms.value(QStringLiteral("has_norms")), QJsonValue(false));
        QVERIFY(noNorms.value(QStringLiteral("rci_previous")).isNull());
        QVERIFY(noNorms.value(QStringLiteral("reliable_previous")).isNull());
        QVERIFY(qAbs(noNorms.value(QStringLiteral("change_0_100")).toDouble() + 12.5) < 1e-9);
    }

    void csvUpToASession()
    {
        const auto run =
            runUnfold(base() + QStringList{QStringLiteral("--session"), QString::number(m_sessions[1])},
                      m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QList<CsvRecord> records;
        QString error;
        int line = 0;
        QVERIFY2(Csv::parse(run.out.toUtf8(), &records, &error, &line), qPrintable(error));
        const QStringList header = records.first().fields;
        QCOMPARE(records.size(), 1 + 6); // session 3 is left out
        const qsizetype rci = header.indexOf(QStringLiteral("rci_previous"));
        const qsizetype reliable = header.indexOf(QStringLiteral("reliable_previous"));
        const qsizetype subscale = header.indexOf(QStringLiteral("subscale"));
        const qsizetype session = header.indexOf(QStringLiteral("session_id"));
        QVERIFY(rci > 0 && reliable > 0 && subscale > 0 && session >= 0);
        for (const CsvRecord &r : records.mid(1)) {
            QVERIFY(r.fields[session] != QString::number(m_sessions[2]));
            if (r.fields[session] == QString::number(m_sessions[1]) &&
                r.fields[subscale] == QLatin1String("a")) {
                QVERIFY(qAbs(r.fields[rci].toDouble() - 0.4 / (std::sqrt(2.0) * 0.32)) < 1e-9);
                QCOMPARE(r.fields[reliable], QStringLiteral("0")); // booleans as 1/0
            }
            if (r.fields[subscale] == QLatin1String("s"))
                QCOMPARE(r.fields[rci], QString()); // no norms: empty, never 0
        }
    }

    void filtersByInstrument()
    {
        const auto run =
            runUnfold(base() + QStringList{QStringLiteral("--instrument"), QStringLiteral("trust-inventory")},
                      m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 1); // the header only
    }

    void usageErrors()
    {
        auto run = runUnfold(base() + QStringList{QStringLiteral("--in"), QStringLiteral("answers.csv")},
                             m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--in")), qPrintable(run.err));
        run = runUnfold({QStringLiteral("score"), QStringLiteral("--journal"), m_journal}, m_dir.path(),
                        m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--relationship")), qPrintable(run.err));
        run = runUnfold({QStringLiteral("score"), QStringLiteral("--relationship"), QStringLiteral("x"),
                         QStringLiteral("--instrument"), QStringLiteral("trust-inventory")},
                        m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 2);
        run = runUnfold(base() + QStringList{QStringLiteral("--session"), QStringLiteral("999999")},
                        m_dir.path(), m_dir.path());
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestScoreHistoryCommand)
#include "test_score_history_command.moc"
