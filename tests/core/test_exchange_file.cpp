// SPDX-License-Identifier: GPL-3.0-or-later
// The sealed envelope of an exchange file: what opens it, and that nothing else does.
#include "ExchangeFile.h"

#include <QTest>

using namespace unfold;

namespace {

// The weakest derivation libsodium allows: these tests are about the envelope, not Argon2id's cost.
constexpr ExchangeFile::Strength quick{1, 13};
const QString passphrase = QStringLiteral("correct horse battery");
const QByteArray content = QByteArrayLiteral("{\"format\":1,\"sessions\":[\"the words we said\"]}");

QByteArray sealed()
{
    QString error;
    return ExchangeFile::seal(content, passphrase, &error, quick);
}

} // namespace

class TestExchangeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray file = sealed();
        QVERIFY(ExchangeFile::looksLikeExchange(file));
        QVERIFY(!file.contains("the words we said")); // encrypted, not only wrapped
        ExchangeFile::Problem problem;
        QString error;
        const std::optional<QByteArray> opened = ExchangeFile::open(file, passphrase, &problem, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(*opened, content);
        QCOMPARE(problem, ExchangeFile::Problem::None);
    }

    void everySealIsDifferent()
    {
        // A fresh salt and nonce each time: two files of the same account share nothing.
        QVERIFY(sealed().mid(16) != sealed().mid(16));
    }

    void wrongPassphraseIsSaidSo()
    {
        ExchangeFile::Problem problem;
        QString error;
        QVERIFY(!ExchangeFile::open(sealed(), QStringLiteral("correct horse battery!"), &problem, &error));
        QCOMPARE(problem, ExchangeFile::Problem::WrongPassphrase);
        QVERIFY(error.contains(QLatin1String("passphrase")));
    }

    void everyChangedByteIsRefused()
    {
        const QByteArray file = sealed();
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray changed = file;
            changed[i] = char(changed[i] ^ 0x01);
            ExchangeFile::Problem problem = ExchangeFile::Problem::None;
            QString error;
            const std::optional<QByteArray> opened =
                ExchangeFile::open(changed, passphrase, &problem, &error);
            QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 changed, still opened").arg(i)));
            QVERIFY(problem != ExchangeFile::Problem::None);
            QVERIFY(!error.isEmpty());
            // Past the header a change can only be the file's, never the passphrase's.
            if (i >= ExchangeFile::headerSize)
                QCOMPARE(problem, ExchangeFile::Problem::Changed);
        }
    }

    void everyShorterFileIsRefused()
    {
        const QByteArray file = sealed();
        for (qsizetype n = 0; n < file.size(); ++n) {
            ExchangeFile::Problem problem;
            QString error;
            QVERIFY2(!ExchangeFile::open(file.left(n), passphrase, &problem, &error),
                     qPrintable(QString::number(n)));
        }
        ExchangeFile::Problem problem;
        QString error;
        QVERIFY(!ExchangeFile::open(file + QByteArray(1, 'x'), passphrase, &problem, &error));
        QCOMPARE(problem, ExchangeFile::Problem::Changed);
    }

    void newerFormatIsNamed()
    {
        QByteArray file = sealed();
        file[8] = char(ExchangeFile::currentFormat + 1);
        ExchangeFile::Problem problem;
        QString error;
        QVERIFY(!ExchangeFile::open(file, passphrase, &problem, &error));
        QCOMPARE(problem, ExchangeFile::Problem::NewerFormat);
        QVERIFY(error.contains(QLatin1String("newer version")));
    }

    void hostileCostIsRefusedBeforeDeriving()
    {
        // A header asking for 2^40 bytes of memory must be refused, not attempted.
        QByteArray file = sealed();
        file[11] = char(40);
        ExchangeFile::Problem problem;
        QString error;
        QVERIFY(!ExchangeFile::open(file, passphrase, &problem, &error));
        QCOMPARE(problem, ExchangeFile::Problem::Changed);
        file = sealed();
        file[10] = char(200);
        QVERIFY(!ExchangeFile::open(file, passphrase, &problem, &error));
        QCOMPARE(problem, ExchangeFile::Problem::Changed);
    }

    void otherFilesAreNotExchanges()
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArrayLiteral("SQLite format 3\0"),
                                        QByteArray(200, '\0'), QByteArrayLiteral("UNFe\1\3\33")}) {
            ExchangeFile::Problem problem;
            QString error;
            QVERIFY(!ExchangeFile::open(bytes, passphrase, &problem, &error));
            QCOMPARE(problem, ExchangeFile::Problem::NotExchange);
        }
    }
};

QTEST_GUILESS_MAIN(TestExchangeFile)
#include "test_exchange_file.moc"
