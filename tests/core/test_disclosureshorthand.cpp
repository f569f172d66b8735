// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureShorthand.h"

#include <QTest>

using unfold::DisclosureShorthand;
using unfold::Speaker;

class TestDisclosureShorthand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("speaker");
        QTest::addColumn<int>("topic");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("note");
        QTest::newRow("compact") << QStringLiteral("a42") << 0 << 4 << 2 << QString();
        QTest::newRow("compact upper B") << QStringLiteral("B13") << 1 << 1 << 3 << QString();
        QTest::newRow("spaced") << QStringLiteral("b 4 2") << 1 << 4 << 2 << QString();
        QTest::newRow("two-digit topic compact") << QStringLiteral("a102") << 0 << 10 << 2 << QString();
        QTest::newRow("two-digit topic spaced")
            << QStringLiteral("a 10 3 about mum") << 0 << 10 << 3 << QStringLiteral("about mum");
        QTest::newRow("compact with note")
            << QStringLiteral("  b71   felt  heard ") << 1 << 7 << 1 << QStringLiteral("felt  heard");
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, speaker);
        QFETCH(int, topic);
        QFETCH(int, depth);
        QFETCH(QString, note);
        QString error;
        const auto entry = DisclosureShorthand::parse(text, 10, 3, &error);
        QVERIFY2(entry.has_value(), qPrintable(error));
        QCOMPARE(entry->speaker, speaker == 0 ? Speaker::A : Speaker::B);
        QCOMPARE(entry->topicNumber, topic);
        QCOMPARE(entry->depth, depth);
        QCOMPARE(entry->note, note);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("a 4 2");
        QTest::newRow("no speaker") << QStringLiteral("42") << QStringLiteral("a 4 2");
        QTest::newRow("other letter") << QStringLiteral("c42") << QStringLiteral("a 4 2");
        QTest::newRow("topic zero") << QStringLiteral("a02") << QStringLiteral("topic 0");
        QTest::newRow("topic too high") << QStringLiteral("a 11 2") << QStringLiteral("topic 11");
        QTest::newRow("layer too deep") << QStringLiteral("a44") << QStringLiteral("layer 4");
        QTest::newRow("layer zero") << QStringLiteral("a 4 0") << QStringLiteral("layer 0");
        QTest::newRow("missing layer") << QStringLiteral("a 4") << QStringLiteral("a 4 2");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!DisclosureShorthand::parse(text, 10, 3, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void followsTheJournalsLayerCount()
    {
        QVERIFY(!DisclosureShorthand::parse(QStringLiteral("a15"), 10, 3));
        QVERIFY(DisclosureShorthand::parse(QStringLiteral("a15"), 10, 5));
    }
};

QTEST_GUILESS_MAIN(TestDisclosureShorthand)
#include "test_disclosureshorthand.moc"
