// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing with the partner and importing their account, on the real binary: the round trip from
// the demo's partner journal, and every bad file refused with the journal left as it was.
#include "CliRun.h"
#include "Journal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using unfold::test::CliRun;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestExchangeCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    QString m_mine;
    QString m_theirs;
    QString m_file;
    QString m_passphrase;

    CliRun runCli(const QStringList &arguments) const
    {
        return unfold::test::runUnfold(arguments, m_home.path(), m_dir.path());
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    void writePassphrase(const QString &file, const QByteArray &text) const
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text + '\n');
    }
    CliRun importInto(const QString &journal, const QString &file, const QString &passphrase) const
    {
        return runCli({QStringLiteral("exchange"), QStringLiteral("import"), QStringLiteral("--journal"),
                       journal, QStringLiteral("--in"), file, QStringLiteral("--passphrase-file"),
                       passphrase});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_mine = path("mine.unfold");
        m_theirs = path("theirs.unfold");
        m_file = path("sam.unfoldx");
        m_passphrase = path("pass");
        writePassphrase(m_passphrase, "our shared secret");
        CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_mine});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("demo"), QStringLiteral("--partner-of"), m_mine, QStringLiteral("--out"),
                    m_theirs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--journal"),
                    m_theirs, QStringLiteral("--relationship"), QStringLiteral("Sam & Alex"),
                    QStringLiteral("--out"), m_file, QStringLiteral("--passphrase-file"), m_passphrase});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void theFileIsPrivateAndSealed()
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("UNFOLDXC"));
        QVERIFY(!bytes.contains("Alex") && !bytes.contains("Family"));
    }

    void importReplacesTheDemoAccountAndMatches()
    {
        const CliRun r = importInto(m_mine, m_file, m_passphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Replaced the partner's account of Alex & Sam")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Matched sessions: ")));

        const CliRun csv = runCli({QStringLiteral("metrics"), QStringLiteral("--journal"), m_mine,
                                   QStringLiteral("--relationship"), QStringLiteral("Alex & Sam"),
                                   QStringLiteral("--perception")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(
            lines.first().startsWith(QLatin1String("session_id,partner_session_id,session_start,confirmed,"
                                                   "count_gap_a,count_gap_b,depth_gap_a,depth_gap_b,"
                                                   "topic_agreement_a,topic_agreement_b,agreement_index")));
        // The partner left out about one session in twelve of the 36: most are matched.
        QVERIFY2(lines.size() - 1 >= 25 && lines.size() - 1 <= 36, qPrintable(QString::number(lines.size())));

        const CliRun json =
            runCli({QStringLiteral("metrics"), QStringLiteral("--journal"), m_mine,
                    QStringLiteral("--relationship"), QStringLiteral("Alex & Sam"),
                    QStringLiteral("--perception"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("pairs")).toArray().size(), lines.size() - 1);
        // Sam remembers their own sharing deeper and Alex's shallower (the demo's retelling).
        QVERIFY(o.value(QLatin1String("perception_bias_b")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("perception_bias_a")).toDouble() < 0);
        for (const QJsonValue &pair : o.value(QLatin1String("pairs")).toArray()) {
            const double index = pair.toObject().value(QLatin1String("agreement_index")).toDouble(-1);
            QVERIFY(index >= 0 && index <= 100);
        }
    }

    void badFilesChangeNothing()
    {
        const QByteArray before = hashOf(m_mine);
        const QString wrong = path("wrong");
        writePassphrase(wrong, "not our secret");
        CliRun r = importInto(m_mine, m_file, wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("passphrase does not open")), qPrintable(r.err));

        QFile original(m_file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        const QString changed = path("changed.unfoldx");
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        r = importInto(m_mine, changed, m_passphrase);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("changed or damaged")), qPrintable(r.err));

        r = importInto(m_mine, m_mine, m_passphrase);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not an Unfold exchange file")));

        // A file that does not fit: Sam's own file taken back into Sam's journal.
        const QByteArray theirsBefore = hashOf(m_theirs);
        r = importInto(m_theirs, m_file, m_passphrase);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("who is you in this journal")), qPrintable(r.err));
        QCOMPARE(hashOf(m_theirs), theirsBefore);
        QCOMPARE(hashOf(m_mine), before);
    }

    void wrongArgumentsAreUsageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("exchange")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("exchange"), QStringLiteral("send")}).exitCode, 2);
        const CliRun r = runCli({QStringLiteral("exchange"), QStringLiteral("export"),
                                 QStringLiteral("--journal"), m_mine, QStringLiteral("--relationship"),
                                 QStringLiteral("Alex & Sam"), QStringLiteral("--out"), path("x.unfoldx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--passphrase-file")));
        QCOMPARE(runCli({QStringLiteral("exchange"), QStringLiteral("import"), QStringLiteral("--journal"),
                         m_mine, QStringLiteral("--in"), m_file, QStringLiteral("--passphrase-file"),
                         m_passphrase, QStringLiteral("--include-notes")})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(path("x.unfoldx")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCommand)
#include "test_exchange_command.moc"
