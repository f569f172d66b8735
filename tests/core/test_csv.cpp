// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QTest>

using namespace unfold;

namespace {
// Test tables in plain literals; the strict build forbids implicit conversions.
QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> table)
{
    QList<QStringList> result;
    for (const auto &row : table) {
        QStringList fields;
        for (const char *field : row)
            fields.append(QString::fromUtf8(field));
        result.append(fields);
    }
    return result;
}
} // namespace

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("fields");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}})
                               << QList<int>{1, 2};
        QTest::newRow("crlf, no final newline")
            << QByteArray("a,b\r\n1,2") << rows({{"a", "b"}, {"1", "2"}}) << QList<int>{1, 2};
        QTest::newRow("empty fields") << QByteArray("a,,\n") << rows({{"a", "", ""}}) << QList<int>{1};
        QTest::newRow("quoted comma and quote")
            << QByteArray("\"x, \"\"y\"\"\",2\n") << rows({{"x, \"y\"", "2"}}) << QList<int>{1};
        QTest::newRow("line break in quotes keeps line numbers")
            << QByteArray("h\n\"two\nlines\"\nnext\n") << rows({{"h"}, {"two\nlines"}, {"next"}})
            << QList<int>{1, 2, 4};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\nb\n") << rows({{"a"}, {"b"}}) << QList<int>{1, 4};
        QTest::newRow("bom and umlauts")
            << QByteArray("\xEF\xBB\xBFJ\xC3\xBCrgen,1\n") << rows({{"J\u00fcrgen", "1"}}) << QList<int>{1};
        QTest::newRow("empty quoted field") << QByteArray("\"\"\n") << rows({{""}}) << QList<int>{1};
    }

    void parses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, fields);
        QFETCH(QList<int>, lines);
        QList<CsvRecord> records;
        QString error;
        int line = 0;
        QVERIFY2(Csv::parse(input, &records, &error, &line), qPrintable(error));
        QCOMPARE(records.size(), fields.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).fields, fields.at(i));
            QCOMPARE(records.at(i).line, lines.at(i));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed quote") << QByteArray("a\nb\n\"open,\n") << 3;
        QTest::newRow("quote inside field") << QByteArray("a\nb\"c\n") << 2;
        QTest::newRow("text after quote") << QByteArray("\"a\"b\n") << 1;
        QTest::newRow("not utf-8") << QByteArray("a\n\xff\xfe\n") << 2;
    }

    void refuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QList<CsvRecord> records;
        QString error;
        int errorLine = 0;
        QVERIFY(!Csv::parse(input, &records, &error, &errorLine));
        QVERIFY(!error.isEmpty());
        QCOMPARE(errorLine, line);
    }

    void roundTrip()
    {
        const QStringList fields{QStringLiteral("plain"), QStringLiteral("with, comma"),
                                 QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QString()};
        const QByteArray text = Csv::formatRecord(fields);
        QCOMPARE(text, QByteArray("plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
        QList<CsvRecord> records;
        QString error;
        int line = 0;
        QVERIFY(Csv::parse(text, &records, &error, &line));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
