// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentLibrary.h"
#include "InstrumentValidator.h"
#include "ProtocolValidator.h"

#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace unfold;

class TestInstrumentValidator final : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name) { return QStringLiteral(UNFOLD_INSTRUMENT_DATA "/") + name; }

    static void requireGerman(const LocalizedText &text, const QString &where, QStringList *missing)
    {
        if (!text.hasLanguage(QStringLiteral("de")) || !text.hasLanguage(QStringLiteral("en")))
            missing->append(where);
    }

private Q_SLOTS:
    // The checker's messages are looked up in the context lupdate files them under: a German
    // user reads German problems (they were once English whatever the language).
    void problemsAreTranslated()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/unfold_de.qm")));
        QCoreApplication::installTranslator(&german);
        QList<InstrumentProblem> problems;
        QVERIFY(!InstrumentValidator::parse("{}", QStringLiteral("x.json"), &problems));
        QList<ProtocolProblem> protocolProblems;
        QVERIFY(!ProtocolValidator::parse("{}", QStringLiteral("y.json"), &protocolProblems));
        QCoreApplication::removeTranslator(&german);
        QVERIFY(!problems.isEmpty() && !protocolProblems.isEmpty());
        QVERIFY2(problems.first().message == QStringLiteral("fehlt"), qPrintable(problems.first().message));
        QVERIFY2(protocolProblems.first().message == QStringLiteral("fehlt"),
                 qPrintable(protocolProblems.first().message));
    }

    void shippedInstrumentsAreValidAndTranslated_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = InstrumentLibrary::shippedFiles();
        QVERIFY(files.size() >= 3);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void shippedInstrumentsAreValidAndTranslated()
    {
        QFETCH(QString, path);
        QList<InstrumentProblem> problems;
        const auto instrument = InstrumentValidator::load(path, &problems);
        QVERIFY2(instrument, qPrintable(problems.value(0).toString()));
        QStringList missing;
        requireGerman(instrument->title, QStringLiteral("title"), &missing);
        requireGerman(instrument->instructions, QStringLiteral("instructions"), &missing);
        for (const ScaleAnchor &a : instrument->scale.anchors)
            requireGerman(a.label, QStringLiteral("anchor %1").arg(a.value), &missing);
        for (const InstrumentItem &i : instrument->items)
            requireGerman(i.text, i.id, &missing);
        for (const Subscale &s : instrument->subscales)
            requireGerman(s.title, s.id, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    }

    // What the shipped set must offer.
    void shippedInstrumentsHaveTheirShape()
    {
        const InstrumentLibrary library(QDir::tempPath() + QStringLiteral("/unfold-no-imports"));
        QVERIFY(library.problems().isEmpty());
        const auto checkin = library.find(QStringLiteral("session-checkin"));
        QVERIFY(checkin);
        int circles = 0;
        int reversed = 0;
        for (const InstrumentItem &i : checkin->items) {
            circles += i.kind == ItemKind::Circles ? 1 : 0;
            reversed += i.reverse ? 1 : 0;
        }
        QCOMPARE(circles, 1);
        QVERIFY(reversed >= 2);
        QVERIFY(checkin->items.size() <= 15); // under a minute
        const auto trust = library.find(QStringLiteral("trust-inventory"));
        QVERIFY(trust);
        QVERIFY(trust->items.size() >= 12 && trust->items.size() <= 18);
        QCOMPARE(trust->scale.max - trust->scale.min + 1, 7);
        QCOMPARE(trust->subscales.size(), 3);
        const auto comfort = library.find(QStringLiteral("disclosure-comfort"));
        QVERIFY(comfort);
        QCOMPARE(comfort->items.size(), 30); // ten default topics at three layers
    }

    void germanIsChosenByLanguage()
    {
        LocalizedText text;
        text.byLanguage = {{QStringLiteral("en"), QStringLiteral("Trust")},
                           {QStringLiteral("de"), QStringLiteral("Vertrauen")}};
        QCOMPARE(text.text(QStringLiteral("de")), QStringLiteral("Vertrauen"));
        QCOMPARE(text.text(QStringLiteral("de_AT")), QStringLiteral("Vertrauen"));
        QCOMPARE(text.text(QStringLiteral("fr")), QStringLiteral("Trust"));
    }

    void brokenInstrumentsAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing id") << "missing-id"
                                    << "id";
        QTest::newRow("version zero") << "version-zero"
                                      << "version";
        QTest::newRow("version text") << "version-text"
                                      << "version";
        QTest::newRow("no English title") << "no-english-title"
                                          << "title";
        QTest::newRow("scale reversed") << "scale-reversed"
                                        << "scale.max";
        QTest::newRow("anchor out of range") << "anchor-out-of-range"
                                             << "scale.anchors[2].value";
        QTest::newRow("unknown subscale") << "unknown-subscale"
                                          << "items[3].subscale";
        QTest::newRow("duplicate item") << "duplicate-item"
                                        << "items[4].id";
        QTest::newRow("reverse misspelt") << "reverse-misspelt"
                                          << "items[1].reversed";
        QTest::newRow("reverse not bool") << "reverse-not-bool"
                                          << "items[1].reverse";
        QTest::newRow("bad rule") << "bad-rule"
                                  << "subscales[1].rule";
        QTest::newRow("empty subscale") << "empty-subscale"
                                        << "subscales[3]";
        QTest::newRow("bad norms") << "bad-norms"
                                   << "subscales[0].norms.reliability";
        QTest::newRow("norms source not text") << "norms-source-not-text"
                                               << "subscales[0].norms.source";
        QTest::newRow("mixed ranges") << "mixed-ranges"
                                      << "subscales[0]";
        QTest::newRow("reserved item id") << "reserved-item-id"
                                          << "items[0].id";
        QTest::newRow("no items") << "no-items"
                                  << "items";
        QTest::newRow("bad kind") << "bad-kind"
                                  << "items[9].kind";
        QTest::newRow("not JSON") << "not-json"
                                  << "";
        QTest::newRow("array") << "array"
                               << "";
    }

    void brokenInstrumentsAreRefusedWhole()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        const QString path = data(QStringLiteral("broken/%1.json").arg(file));
        QList<InstrumentProblem> problems;
        QVERIFY(!InstrumentValidator::load(path, &problems));
        QVERIFY(!problems.isEmpty());
        QStringList fields;
        for (const InstrumentProblem &p : problems) {
            QCOMPARE(p.file, path);
            QVERIFY(!p.message.isEmpty());
            QVERIFY(p.toString().contains(QDir::toNativeSeparators(path)));
            fields.append(p.field);
        }
        const QString found = field + QStringLiteral(" not among: ") + fields.join(QStringLiteral(" | "));
        QVERIFY2(fields.contains(field), qPrintable(found));
    }

    void unreadableFileIsNamed()
    {
        QList<InstrumentProblem> problems;
        QVERIFY(!InstrumentValidator::load(data(QStringLiteral("no-such-file.json")), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().contains(QStringLiteral("no-such-file.json")));
    }

    void plainStringsAreEnglish()
    {
        QList<InstrumentProblem> problems;
        const auto instrument =
            InstrumentValidator::load(data(QStringLiteral("scoring-test.json")), &problems);
        QVERIFY(instrument);
        QCOMPARE(instrument->title.text(QStringLiteral("de")), QStringLiteral("Scoring test"));
        QCOMPARE(instrument->version, 2);
        QVERIFY(instrument->item(QStringLiteral("a2"))->reverse);
        QVERIFY(!instrument->item(QStringLiteral("a4"))->reverse);
        QCOMPARE(instrument->item(QStringLiteral("c"))->kind, ItemKind::Circles);
        QCOMPARE(instrument->subscale(QStringLiteral("s"))->rule, ScoringRule::Sum);
        QVERIFY(instrument->subscale(QStringLiteral("a"))->norms);
    }

    // Norms may say where they were published; the citation is kept with them.
    void normsKeepTheirSource()
    {
        QFile file(data(QStringLiteral("scoring-test.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray cited = file.readAll().replace(
            "\"reliability\": 0.84}",
            "\"reliability\": 0.84, \"source\": \"Author (2001), table 2, 312 couples\"}");
        QVERIFY(cited.contains("312 couples"));
        QList<InstrumentProblem> problems;
        const auto instrument = InstrumentValidator::parse(cited, QStringLiteral("cited.json"), &problems);
        QVERIFY(instrument);
        QCOMPARE(instrument->subscale(QStringLiteral("a"))->norms->source,
                 QStringLiteral("Author (2001), table 2, 312 couples"));
        QCOMPARE(instrument->subscale(QStringLiteral("a"))->norms->sd, 0.8);
    }
};

QTEST_GUILESS_MAIN(TestInstrumentValidator)
#include "test_instrument_validator.moc"
