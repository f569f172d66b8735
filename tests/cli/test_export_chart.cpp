// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace unfold;

using unfold::test::CliRun;

class ExportChartTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // In a home of its own inside the test's folder: no settings of the user's are touched.
    CliRun runCli(const QStringList &arguments) const
    {
        return unfold::test::runUnfold(arguments, m_dir.filePath(QStringLiteral("home")), m_dir.path());
    }
    QString m_journal;
    QString m_title;

    QStringList base(const QString &out) const
    {
        return {QStringLiteral("export"),         QStringLiteral("chart"),
                QStringLiteral("--journal"),      m_journal,
                QStringLiteral("--relationship"), m_title,
                QStringLiteral("--chart"),        QStringLiteral("onion"),
                QStringLiteral("--out"),          out};
    }
    bool nothingWritten() const
    {
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        return left == QStringList{QStringLiteral("demo.unfold")} ||
               left == QStringList{QStringLiteral("demo.unfold"), QStringLiteral("twins.unfold")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_journal = m_dir.filePath(QStringLiteral("demo.unfold"));
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_journal});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        JournalProblem problem;
        auto journal = Journal::open(m_journal, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        m_title = journal->relationshipTitle(journal->relationships().first());
    }

    void writesAPngOfSizeTimesDpi()
    {
        const QString out = m_dir.filePath(QStringLiteral("out/onion.png"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        QStringList arguments = base(out);
        arguments << QStringLiteral("--format") << QStringLiteral("png") << QStringLiteral("--dpi")
                  << QStringLiteral("300") << QStringLiteral("--size") << QStringLiteral("320x240");
        arguments[5] = m_title.toUpper(); // the name is matched ignoring case
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1000, 750));
        QCOMPARE(image.dotsPerMeterX(), int(std::lround(300 / 0.0254)));
        QVERIFY(QFile::remove(out));
    }

    void writesSvgAndPdf()
    {
        for (const char *format : {"svg", "pdf"}) {
            const QString out = m_dir.filePath(QStringLiteral("onion.%1").arg(QLatin1String(format)));
            QStringList arguments = base(out);
            arguments << QStringLiteral("--at-session") << QStringLiteral("2"); // format from the suffix
            const CliRun run = runCli(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY(qstrcmp(format, "svg") == 0 ? data.contains("viewBox=\"0 0 800 800\"")
                                                : data.startsWith("%PDF"));
            file.close();
            QVERIFY(QFile::remove(out));
        }
    }

    // The onion as the partner's imported account tells it: the demo's partner relationship has
    // one, the others do not.
    void writesTheOnionOfThePartnersAccount()
    {
        JournalProblem problem;
        auto journal = Journal::open(m_journal, JournalStore::Access::ReadOnly, QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        QString shared;
        QString alone;
        for (const Relationship &r : journal->relationships())
            (journal->partnerAccount(r.id) ? shared : alone) = journal->relationshipTitle(r);
        QVERIFY(!shared.isEmpty() && !alone.isEmpty());
        journal.reset();

        const QString out = m_dir.filePath(QStringLiteral("theirs.svg"));
        QStringList arguments = base(out);
        arguments[arguments.indexOf(m_title)] = shared;
        const CliRun mine = runCli(arguments);
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("logged it"));
        file.close();
        arguments << QStringLiteral("--account") << QStringLiteral("partner");
        const CliRun theirs = runCli(arguments);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("logged it")); // the title says whose account it is
        file.close();
        QVERIFY(QFile::remove(out));

        arguments[arguments.indexOf(shared)] = alone;
        const CliRun none = runCli(arguments);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QLatin1String("no partner's account")), qPrintable(none.err));
        QVERIFY(nothingWritten());
    }

    // The latest sessions only: the subtitle names them and the legend keys the faint cells.
    void writesTheOnionOfTheLatestSessions()
    {
        const QString out = m_dir.filePath(QStringLiteral("window.svg"));
        QStringList arguments = base(out);
        arguments << QStringLiteral("--last") << QStringLiteral("5") << QStringLiteral("--at-session")
                  << QStringLiteral("12");
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("Sessions 8 to 12 of"));
        QVERIFY(svg.contains("not in the last 5 sessions"));
        file.close();
        QVERIFY(QFile::remove(out));
    }

    void writesEveryChartInEveryFormat()
    {
        for (const char *chart : {"trust", "reciprocity", "depth", "breadth", "layers", "topics"}) {
            QStringList arguments = base(m_dir.filePath(QStringLiteral("c.png")));
            arguments[7] = QLatin1String(chart);
            arguments << QStringLiteral("--dpi") << QStringLiteral("144") << QStringLiteral("--size")
                      << QStringLiteral("500x300");
            CliRun run = runCli(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QImage image(m_dir.filePath(QStringLiteral("c.png")));
            QCOMPARE(image.size(), QSize(750, 450));
            QCOMPARE(image.dotsPerMeterX(), int(std::lround(144 / 0.0254)));
            // A chart, not a blank page: the corner is the light background, and something is drawn.
            QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
            int inked = 0;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    inked += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
            QVERIFY2(inked > 500, chart);
            QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("c.png"))));
            for (const char *format : {"svg", "pdf"}) {
                const QString out = m_dir.filePath(QStringLiteral("c.%1").arg(QLatin1String(format)));
                arguments = base(out);
                arguments[7] = QLatin1String(chart);
                run = runCli(arguments);
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
                QFile file(out);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray data = file.readAll();
                QVERIFY(qstrcmp(format, "svg") == 0 ? data.contains("viewBox=\"0 0 1000 600\"")
                                                    : data.startsWith("%PDF"));
                file.close();
                QVERIFY(QFile::remove(out));
            }
        }
        QStringList arguments = base(m_dir.filePath(QStringLiteral("c.png")));
        arguments[7] = QStringLiteral("depth");
        arguments << QStringLiteral("--at-session") << QStringLiteral("2");
        QCOMPARE(runCli(arguments).exitCode, 2); // --at-session is the onion's
        QVERIFY(nothingWritten());
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QStringList>("change"); // option, value pairs appended or replacing
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown relationship")
            << QStringList{QStringLiteral("--relationship"), QStringLiteral("Nobody & Noone")} << 1
            << QStringLiteral("no relationship");
        QTest::newRow("unknown chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("pie")} << 2
                                       << QStringLiteral("unknown chart 'pie'");
        QTest::newRow("dpi too low") << QStringList{QStringLiteral("--dpi"), QStringLiteral("50")} << 2
                                     << QStringLiteral("--dpi");
        QTest::newRow("dpi too high")
            << QStringList{QStringLiteral("--dpi"), QStringLiteral("601")} << 2 << QStringLiteral("--dpi");
        QTest::newRow("dpi not a number")
            << QStringList{QStringLiteral("--dpi"), QStringLiteral("high")} << 2 << QStringLiteral("--dpi");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("800")} << 2
                                  << QStringLiteral("--size");
        QTest::newRow("tiny size") << QStringList{QStringLiteral("--size"), QStringLiteral("8x8")} << 2
                                   << QStringLiteral("--size");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("gif")} << 2
                                    << QStringLiteral("gif");
        QTest::newRow("session beyond")
            << QStringList{QStringLiteral("--at-session"), QStringLiteral("100000")} << 1
            << QStringLiteral("--at-session");
        QTest::newRow("session negative") << QStringList{QStringLiteral("--at-session"), QStringLiteral("-1")}
                                          << 2 << QStringLiteral("--at-session");
        QTest::newRow("unwritable folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("/nonexistent-unfold/x/onion.png")} << 1
            << QStringLiteral("/nonexistent-unfold/x/onion.png");
        QTest::newRow("missing journal")
            << QStringList{QStringLiteral("--journal"), QStringLiteral("/nonexistent-unfold/j.unfold")} << 1
            << QStringLiteral("j.unfold");
        QTest::newRow("window of none")
            << QStringList{QStringLiteral("--last"), QStringLiteral("0")} << 2 << QStringLiteral("--last");
        QTest::newRow("unknown account") << QStringList{QStringLiteral("--account"), QStringLiteral("theirs")}
                                         << 2 << QStringLiteral("unknown account 'theirs'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("red")} << 2
                                        << QStringLiteral("colour");
    }

    void refusesBadRequests()
    {
        QFETCH(QStringList, change);
        QFETCH(int, code);
        QFETCH(QString, message);
        QStringList arguments = base(m_dir.filePath(QStringLiteral("bad.png")));
        const int at = int(arguments.indexOf(change.first()));
        if (at >= 0)
            arguments[at + 1] = change.at(1);
        else
            arguments << change;
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(nothingWritten(), qPrintable(QDir(m_dir.path()).entryList(QDir::Files).join(u' ')));
    }

    void requiredOptionsAndWords()
    {
        QCOMPARE(runCli({QStringLiteral("export")}).exitCode, 2);
        const CliRun data = runCli({QStringLiteral("export"), QStringLiteral("data")});
        QCOMPARE(data.exitCode, 2);
        QVERIFY(data.err.contains(QStringLiteral("data")));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("--help")}).exitCode,
            0);
        QStringList noOut = base(QString());
        noOut.removeLast();
        noOut.removeLast();
        const CliRun run = runCli(noOut);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--out")));
    }

    void ambiguousNamesAskForTheId()
    {
        const QString path = m_dir.filePath(QStringLiteral("twins.unfold"));
        qint64 second = 0;
        {
            JournalProblem problem;
            auto journal = Journal::create(path, QString(), &problem);
            QVERIFY2(journal, qPrintable(problem.message));
            Person ann{0, QStringLiteral("Ann"), {}, true};
            Person bo{0, QStringLiteral("Bo"), {}, false};
            QVERIFY(journal->savePerson(ann) && journal->savePerson(bo));
            Relationship first{0, ann.id, bo.id, RelationshipKind::Friend, QDate(2024, 1, 1), Stage::Unset};
            Relationship again{0,           ann.id, bo.id, RelationshipKind::Colleague, QDate(2024, 1, 1),
                               Stage::Unset};
            QVERIFY(journal->saveRelationship(first) && journal->saveRelationship(again));
            second = again.id;
        }
        QStringList arguments = base(m_dir.filePath(QStringLiteral("twin.png")));
        arguments[3] = path;
        arguments[5] = QStringLiteral("ann & bo");
        const CliRun ambiguous = runCli(arguments);
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("more than one")), qPrintable(ambiguous.err));
        QVERIFY(nothingWritten());
        arguments[5] = QString::number(second);
        const CliRun byId = runCli(arguments);
        QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("twin.png"))));
    }
};

QTEST_MAIN(ExportChartTest)
#include "test_export_chart.moc"
