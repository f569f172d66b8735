// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold score` and `unfold reliability` run as the real binary, as a user or a script would.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScoreCommand final : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    static QString data(const char *name)
    {
        return QStringLiteral(UNFOLD_INSTRUMENT_DATA "/") + QLatin1String(name);
    }
    QString temp(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UNFOLD_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void scoresRoundTrip()
    {
        const QString out = temp("scores.csv");
        const Result r =
            run({QStringLiteral("score"), QStringLiteral("--instrument"), data("shrout-fleiss.json"),
                 QStringLiteral("--in"), data("shrout-fleiss.csv"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Judge 4 is reverse-keyed: t1 = (9 + 2 + 5 + (11 - 3)) / 4 = 6, 0-100 = (6 - 1) / 9.
        QCOMPARE(read(out), QByteArray("respondent,date,judges,judges_0_100\r\n"
                                       "t1,2024-01-01,6,55.5556\r\n"
                                       "t2,2024-01-02,3,22.2222\r\n"
                                       "t3,2024-01-03,6.5,61.1111\r\n"
                                       "t4,2024-01-04,4,33.3333\r\n"
                                       "t5,2024-01-05,7.5,72.2222\r\n"
                                       "t6,2024-01-06,4.75,41.6667\r\n"));
    }

    void shippedInstrumentByIdWithMissingAnswers()
    {
        const QString in = temp("checkin.csv");
        // ann answers only the closeness item; bob's balance has 2 of 3 (below 80 %).
        write(in, "respondent,balance_1,balance_2,balance_3,closeness\n"
                  "ann,,,,7\n"
                  "bob,7,1,,4\n"
                  "cy,7,1,7,1\n");
        const QString out = temp("checkin-scores.csv");
        const Result r =
            run({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("session-checkin"),
                 QStringLiteral("--in"), in, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> lines = read(out).split('\n');
        QCOMPARE(lines.value(0),
                 QByteArray("respondent,date,balance,balance_0_100,responsiveness,responsiveness_0_100,"
                            "comfort,comfort_0_100,closeness,closeness_0_100\r"));
        QCOMPARE(lines.value(1), QByteArray("ann,,,,,,,,7,100\r"));
        QCOMPARE(lines.value(2), QByteArray("bob,,,,,,,,4,50\r"));
        QCOMPARE(lines.value(3), QByteArray("cy,,7,100,,,,,1,0\r")); // balance_2 is reverse-keyed
    }

    void reliabilityPrintsAlpha()
    {
        const Result r = run({QStringLiteral("reliability"), QStringLiteral("--instrument"),
                              data("shrout-fleiss.json"), QStringLiteral("--in"), data("shrout-fleiss.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("subscale,items,n,alpha\r\njudges,4,6,0.90932\r\n"));
    }

    void badDataIsReportedByLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("out of range") << QByteArray("respondent,j1,j2\nt1,3,4\nt2,11,4\n")
                                      << QStringLiteral(":3: item 'j1': 11 is outside 1..10");
        QTest::newRow("not a number") << QByteArray("respondent,j1\nt1,three\n")
                                      << QStringLiteral(":2: item 'j1': 'three' is not a whole number");
        QTest::newRow("short row") << QByteArray("respondent,j1,j2\nt1,3,4\n\nt3,4\n")
                                   << QStringLiteral(":4: the header has 3 columns, this row 2");
        QTest::newRow("unknown column")
            << QByteArray("respondent,j9\n") << QStringLiteral(":1: column 'j9' is not an item");
        QTest::newRow("no respondent") << QByteArray("who,j1\n") << QStringLiteral(":1: ");
        QTest::newRow("bad date") << QByteArray("respondent,date,j1\nt1,31.05.2024,3\n")
                                  << QStringLiteral(":2: '31.05.2024' is not a date");
        QTest::newRow("unclosed quote")
            << QByteArray("respondent,j1\n\"t1,3\n") << QStringLiteral(":2: a quoted field is never closed");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("NUL in respondent") << QByteArray("respondent,j1\nt\0\x31,3\n", 18)
                                           << QStringLiteral(":2: the respondent holds a control character");
        QTest::newRow("line break in respondent")
            << QByteArray("respondent,j1\n\"t\n1\",3\n")
            << QStringLiteral(":2: the respondent holds a control character");
        QTest::newRow("a field too long")
            << QByteArray("respondent,j1\n" + QByteArray(70 * 1024, 'x') + ",3\n")
            << QStringLiteral(":2: a field is longer than 65536 characters");
        QTest::newRow("too many columns") << QByteArray("respondent" + QByteArray(5000, ',') + "\n")
                                          << QStringLiteral(":1: a row has more than 4096 fields");
        // The single-line file that once took 18 s and 1.4 GB: refused at once.
        QTest::newRow("10 MB of commas")
            << QByteArray(10 * 1024 * 1024, ',') << QStringLiteral("more than 4096 fields");
        QByteArray manyBad("respondent,j1\n");
        for (int i = 0; i < 1000; ++i)
            manyBad += "t,x\n";
        QTest::newRow("reading stops")
            << manyBad << QStringLiteral("bad.csv: reading stopped after 200 problems");
    }

    void aMissingItemColumnIsSaid()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("partial.csv"));
        write(in, "respondent,j1,j2\nt1,3,4\n");
        const Result r = run({QStringLiteral("reliability"), QStringLiteral("--instrument"),
                              data("shrout-fleiss.json"), QStringLiteral("--in"), in});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String(
                     "partial.csv:1: these items have no column, so their answers count as missing: j3, j4")),
                 qPrintable(r.err));
    }

    void aFileTooLargeIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(33 * 1024 * 1024)); // sparse: no disk used
        file.close();
        const Result r = run({QStringLiteral("reliability"), QStringLiteral("--instrument"),
                              data("shrout-fleiss.json"), QStringLiteral("--in"), in});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("larger than 32 MiB")), qPrintable(r.err));
    }

    void badDataIsReportedByLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("bad.csv"));
        write(in, csv);
        const QString out = dir.filePath(QStringLiteral("kept.csv"));
        write(out, "earlier scores\n");
        for (const QString &command : {QStringLiteral("score"), QStringLiteral("reliability")}) {
            QStringList arguments{command, QStringLiteral("--instrument"), data("shrout-fleiss.json"),
                                  QStringLiteral("--in"), in};
            if (command == QLatin1String("score"))
                arguments << QStringLiteral("--out") << out;
            const Result r = run(arguments);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(read(out), QByteArray("earlier scores\n"));         // nothing half-written over it
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left behind
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString csv = data("shrout-fleiss.csv");
        QTest::newRow("no --out") << QStringList{QStringLiteral("score"), QStringLiteral("--instrument"),
                                                 QStringLiteral("trust-inventory"), QStringLiteral("--in"),
                                                 csv}
                                  << 2;
        QTest::newRow("no --instrument")
            << QStringList{QStringLiteral("reliability"), QStringLiteral("--in"), csv} << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("score"), QStringLiteral("--bogus")} << 2;
        QTest::newRow("unknown instrument")
            << QStringList{QStringLiteral("reliability"), QStringLiteral("--instrument"),
                           QStringLiteral("no-such"), QStringLiteral("--in"), csv}
            << 2;
        QTest::newRow("invalid instrument file")
            << QStringList{QStringLiteral("reliability"), QStringLiteral("--instrument"),
                           data("broken/unknown-subscale.json"), QStringLiteral("--in"), csv}
            << 1;
        QTest::newRow("missing answers file")
            << QStringList{QStringLiteral("reliability"), QStringLiteral("--instrument"),
                           data("shrout-fleiss.json"), QStringLiteral("--in"),
                           QStringLiteral("/nonexistent/answers.csv")}
            << 1;
    }

    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }

    void invalidInstrumentNamesFieldAndFile()
    {
        const Result r =
            run({QStringLiteral("reliability"), QStringLiteral("--instrument"),
                 data("broken/unknown-subscale.json"), QStringLiteral("--in"), data("shrout-fleiss.csv")});
        QVERIFY(r.err.contains(QStringLiteral("unknown-subscale.json")));
        QVERIFY(r.err.contains(QStringLiteral("items[3].subscale")));
    }
};

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "test_score_command.moc"
