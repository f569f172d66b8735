// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentLibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class TestInstrumentLibrary final : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name) { return QStringLiteral(UNFOLD_INSTRUMENT_DATA "/") + name; }

private Q_SLOTS:
    // The resource lives in the static core library: this proves it reaches a binary linking it.
    void shippedInstrumentsAreInTheResources()
    {
        QTemporaryDir folder;
        const InstrumentLibrary library(folder.path());
        QVERIFY(QFile::exists(QStringLiteral(":/instruments/session-checkin.json")));
        QVERIFY(library.isShipped(QStringLiteral("session-checkin")));
        QVERIFY(library.isShipped(QStringLiteral("trust-inventory")));
        QVERIFY(library.isShipped(QStringLiteral("disclosure-comfort")));
        QVERIFY(library.problems().isEmpty());
    }

    void importCopiesAndSurvivesTheOriginal()
    {
        QTemporaryDir folder;
        QTemporaryDir elsewhere;
        const QString original = elsewhere.filePath(QStringLiteral("mine.json"));
        QVERIFY(QFile::copy(data(QStringLiteral("scoring-test.json")), original));
        InstrumentLibrary library(folder.filePath(QStringLiteral("instruments")));
        QList<InstrumentProblem> problems;
        const auto imported = library.import(original, &problems);
        QVERIFY2(imported, qPrintable(problems.value(0).toString()));
        QVERIFY(QFile::remove(original));
        library.reload();
        const auto found = library.find(QStringLiteral("scoring-test"));
        QVERIFY(found);
        QCOMPARE(found->version, 2);
        QVERIFY(!library.isShipped(QStringLiteral("scoring-test")));
        // The same file again is fine; the same id and version with other content is not.
        QVERIFY(library.import(data(QStringLiteral("scoring-test.json")), &problems));
    }

    void changedContentNeedsANewVersion()
    {
        QTemporaryDir folder;
        InstrumentLibrary library(folder.path());
        QList<InstrumentProblem> problems;
        QVERIFY(library.import(data(QStringLiteral("scoring-test.json")), &problems));
        QFile source(data(QStringLiteral("scoring-test.json")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray changed = source.readAll();
        changed.replace("Scoring test", "Scoring test, changed");
        const QString path = folder.filePath(QStringLiteral("changed.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        QVERIFY(!library.import(path, &problems));
        QCOMPARE(problems.last().field, QStringLiteral("version"));
    }

    void invalidAndShippedIdsAreRefused()
    {
        QTemporaryDir folder;
        InstrumentLibrary library(folder.path());
        QList<InstrumentProblem> problems;
        QVERIFY(!library.import(data(QStringLiteral("broken/unknown-subscale.json")), &problems));
        QCOMPARE(problems.first().field, QStringLiteral("items[3].subscale"));
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty()); // nothing half-imported
        QVERIFY(!library.import(QStringLiteral(":/instruments/trust-inventory.json"), &problems));
        QCOMPARE(problems.last().field, QStringLiteral("id"));
    }

    void resolveTakesAnIdOrAFile()
    {
        QTemporaryDir folder;
        const InstrumentLibrary library(folder.path());
        QList<InstrumentProblem> problems;
        QCOMPARE(library.resolve(QStringLiteral("trust-inventory"), &problems)->id,
                 QStringLiteral("trust-inventory"));
        QCOMPARE(library.resolve(data(QStringLiteral("shrout-fleiss.json")), &problems)->id,
                 QStringLiteral("shrout-fleiss"));
        QVERIFY(!library.resolve(QStringLiteral("no-such-instrument"), &problems));
        QVERIFY(problems.first().message.contains(QStringLiteral("session-checkin")));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentLibrary)
#include "test_instrument_library.moc"
