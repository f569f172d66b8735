// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentLibrary.h"
#include "ProtocolLibrary.h"
#include "ProtocolValidator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class TestProtocolValidator final : public QObject
{
    Q_OBJECT

private:
    static void requireGerman(const LocalizedText &text, const QString &where, QStringList *missing)
    {
        if (!text.hasLanguage(QStringLiteral("de")) || !text.hasLanguage(QStringLiteral("en")))
            missing->append(where);
    }

    // A valid one-round protocol; each bad case below breaks one thing of it.
    static QByteArray valid()
    {
        return R"({"id": "mine", "version": 1, "title": "Mine", "instructions": "Go slowly.",
                   "checkin": "session-checkin",
                   "rounds": [{"id": "r1", "title": "First", "layer": "peripheral", "minutes": 5,
                               "prompts": [{"id": "p1", "topic": "work", "text": "Tell about work."}]}]})";
    }

private Q_SLOTS:
    void shippedProtocolsAreValidAndTranslated()
    {
        const QStringList files = ProtocolLibrary::shippedFiles();
        QCOMPARE(files.size(), 2);
        const InstrumentLibrary instruments(QDir::tempPath() + QStringLiteral("/unfold-no-imports"));
        for (const QString &path : files) {
            QList<ProtocolProblem> problems;
            const auto protocol = ProtocolValidator::load(path, &problems);
            QVERIFY2(protocol, qPrintable(problems.value(0).toString()));
            QStringList missing;
            requireGerman(protocol->title, QStringLiteral("title"), &missing);
            requireGerman(protocol->instructions, QStringLiteral("instructions"), &missing);
            for (const ProtocolRound &round : protocol->rounds) {
                requireGerman(round.title, round.id, &missing);
                for (const ProtocolPrompt &prompt : round.prompts)
                    requireGerman(prompt.text, round.id + QLatin1Char('/') + prompt.id, &missing);
            }
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
            // The check-in must name an instrument that exists, or the hand-over would be empty.
            QVERIFY(instruments.find(protocol->checkinInstrument));
        }
    }

    void escalatingProtocolMovesFromPeripheryToCore()
    {
        const ProtocolLibrary library(QDir::tempPath() + QStringLiteral("/unfold-no-imports"));
        QVERIFY(library.problems().isEmpty());
        const auto protocol = library.find(QStringLiteral("escalating-reciprocal-disclosure"));
        QVERIFY(protocol);
        QVERIFY(protocol->rounds.size() >= 3);
        QCOMPARE(protocol->rounds.first().layer, ProtocolLayer::Peripheral);
        QCOMPARE(protocol->rounds.last().layer, ProtocolLayer::Core);
        for (qsizetype i = 1; i < protocol->rounds.size(); ++i)
            QVERIFY(int(protocol->rounds.at(i).layer) >= int(protocol->rounds.at(i - 1).layer));
        const auto checkin = library.find(QStringLiteral("checkin-only"));
        QVERIFY(checkin);
        QVERIFY(checkin->rounds.isEmpty());
        QCOMPARE(checkin->checkinInstrument, QStringLiteral("session-checkin"));
    }

    void validProtocolParses()
    {
        QList<ProtocolProblem> problems;
        const auto protocol = ProtocolValidator::parse(valid(), QStringLiteral("mine.json"), &problems);
        QVERIFY2(protocol, qPrintable(problems.value(0).toString()));
        QCOMPARE(protocol->rounds.size(), 1);
        QCOMPARE(protocol->rounds.first().minutes, 5);
        QCOMPARE(protocol->rounds.first().prompts.first().topicIndex, 1);
    }

    void badFilesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("\"version\": 1,") << QByteArray("\"version\": 1,,")
                                  << QString() << QStringLiteral("is not valid JSON");
        QTest::newRow("no id") << QByteArray("\"id\": \"mine\",") << QByteArray() << QStringLiteral("id")
                               << QStringLiteral("is missing");
        QTest::newRow("bad layer") << QByteArray("\"peripheral\"") << QByteArray("\"deep\"")
                                   << QStringLiteral("rounds[0].layer")
                                   << QStringLiteral("must be \"peripheral\"");
        QTest::newRow("minutes zero")
            << QByteArray("\"minutes\": 5") << QByteArray("\"minutes\": 0")
            << QStringLiteral("rounds[0].minutes") << QStringLiteral("from 1 to 120");
        QTest::newRow("unknown topic")
            << QByteArray("\"work\"") << QByteArray("\"weather\"")
            << QStringLiteral("rounds[0].prompts[0].topic") << QStringLiteral("must be one of");
        QTest::newRow("misspelt field")
            << QByteArray("\"minutes\"") << QByteArray("\"minuets\"") << QStringLiteral("rounds[0].minuets")
            << QStringLiteral("is not a field");
        QTest::newRow("no prompts")
            << QByteArray("[{\"id\": \"p1\", \"topic\": \"work\", \"text\": \"Tell about work.\"}]")
            << QByteArray("[]") << QStringLiteral("rounds[0].prompts") << QStringLiteral("non-empty list");
        QTest::newRow("no english") << QByteArray("\"Tell about work.\"")
                                    << QByteArray("{\"de\": \"Arbeit\"}")
                                    << QStringLiteral("rounds[0].prompts[0].text")
                                    << QStringLiteral("English");
        QTest::newRow("nothing to do")
            << QByteArray() << QByteArray() << QStringLiteral("rounds") << QStringLiteral("nothing to do");
    }

    void badFilesAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QByteArray json = valid();
        if (from.isEmpty()) {
            json = R"({"id": "x", "version": 1, "title": "X", "instructions": "Y", "rounds": []})";
        } else {
            QVERIFY(json.contains(from));
            json.replace(from, to);
        }
        QList<ProtocolProblem> problems;
        QVERIFY(!ProtocolValidator::parse(json, QStringLiteral("bad.json"), &problems));
        QVERIFY(!problems.isEmpty());
        bool found = false;
        for (const ProtocolProblem &p : problems)
            found = found ||
                    (p.field == field && p.message.contains(message) && p.file == QLatin1String("bad.json"));
        QVERIFY2(found, qPrintable(problems.first().toString()));
        QVERIFY(problems.first().toString().startsWith(QLatin1String("bad.json")));
    }

    void importRefusesShippedIdsAndKeepsValidOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProtocolLibrary library(dir.filePath(QStringLiteral("imported")));
        const int shipped = int(library.protocols().size());
        const QString source = dir.filePath(QStringLiteral("mine.json"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(valid());
        file.close();
        QList<ProtocolProblem> problems;
        QVERIFY2(library.import(source, &problems), qPrintable(problems.value(0).toString()));
        QCOMPARE(library.protocols().size(), shipped + 1);
        QVERIFY(library.find(QStringLiteral("mine")));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(valid().replace("\"mine\"", "\"checkin-only\""));
        file.close();
        QVERIFY(!library.import(source, &problems));
        QCOMPARE(problems.value(0).field, QStringLiteral("id"));
    }

    void depthMapsToTheJournalsLayers()
    {
        QCOMPARE(protocolDepth(ProtocolLayer::Peripheral, 5), 1);
        QCOMPARE(protocolDepth(ProtocolLayer::Intermediate, 3), 2);
        QCOMPARE(protocolDepth(ProtocolLayer::Intermediate, 5), 3);
        QCOMPARE(protocolDepth(ProtocolLayer::Core, 4), 4);
    }
};

QTEST_GUILESS_MAIN(TestProtocolValidator)
#include "test_protocol_validator.moc"
