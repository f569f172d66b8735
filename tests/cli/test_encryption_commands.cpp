// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted journals on the real command line (DESIGN.md §4): every command that reads a journal
// needs its passphrase and says so when it is missing or wrong (exit 1, the file unchanged);
// `encrypt` and `passphrase` replace the file whole, also when killed at any moment; and a canary
// note never reaches a plain byte in the data, config, cache, temporary or export folders. Files
// the commands write are the user's alone under an ordinary umask.

#include "../core/JournalFingerprint.h"
#include "CliRun.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sys/stat.h>

using namespace unfold;
using unfold::test::CliRun;
using unfold::test::filesHolding;
using unfold::test::sha256Of;

namespace {

const QByteArray canary = QByteArrayLiteral("CANARY-cli-5e1d-never-plain");

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Every file and folder under `root` whose permissions let another account in.
QStringList openToOthers(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (modeOf(path) & 077)
            found.append(path);
    }
    return found;
}

} // namespace

class TestEncryptionCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(UNFOLD_BINARY)).isExecutable(), UNFOLD_BINARY);
        // An ordinary desktop umask, inherited by every command run below.
        m_umask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_umask); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        for (const char *folder : {"home", "journals", "exports"})
            QVERIFY(QDir(m_dir->path()).mkpath(QString::fromLatin1(folder)));
        m_journal = path(QStringLiteral("journals/ours.unfold"));
        m_passphrase = passphraseFile(QStringLiteral("right"), "correct horse battery staple\n");
        m_wrong = passphraseFile(QStringLiteral("wrong"), "incorrect horse\n");
    }
    void cleanup() { m_dir.reset(); }

    void everyCommandNeedsTheRightPassphrase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("check") << QStringList{QStringLiteral("check")};
        QTest::newRow("metrics") << QStringList{QStringLiteral("metrics"), QStringLiteral("--relationship"),
                                                QStringLiteral("1")};
        QTest::newRow("export data") << QStringList{
            QStringLiteral("export"), QStringLiteral("data"),  QStringLiteral("--format"),
            QStringLiteral("csv"),    QStringLiteral("--out"), QStringLiteral("@/exports/tables")};
        QTest::newRow("export chart")
            << QStringList{QStringLiteral("export"),         QStringLiteral("chart"),
                           QStringLiteral("--relationship"), QStringLiteral("1"),
                           QStringLiteral("--chart"),        QStringLiteral("onion"),
                           QStringLiteral("--out"),          QStringLiteral("@/exports/onion.svg")};
        QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--relationship"),
                                               QStringLiteral("1"), QStringLiteral("--out"),
                                               QStringLiteral("@/exports/report.pdf")};
    }
    void everyCommandNeedsTheRightPassphrase()
    {
        QFETCH(QStringList, arguments);
        writeJournalWithCanary();
        CliRun r = run({QStringLiteral("encrypt"), QStringLiteral("--journal"), m_journal,
                        QStringLiteral("--passphrase-file"), m_passphrase});
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.err));
        QVERIFY(JournalStore::isEncryptedFile(m_journal));
        const QByteArray encrypted = sha256Of(m_journal);
        for (QString &a : arguments)
            if (a.startsWith(QLatin1String("@/")))
                a = path(a.mid(2));
        arguments += {QStringLiteral("--journal"), m_journal};

        r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--passphrase-file")), qPrintable(r.err));
        r = run(arguments + QStringList{QStringLiteral("--passphrase-file"), m_wrong});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("passphrase")), qPrintable(r.err));
        QCOMPARE(sha256Of(m_journal), encrypted);
        QCOMPARE(QDir(path(QStringLiteral("exports")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());

        r = run(arguments + QStringList{QStringLiteral("--passphrase-file"), m_passphrase});
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.err));
        QCOMPARE(sha256Of(m_journal), encrypted); // reading writes nothing
        // Nothing plain anywhere the run could write: data, settings, cache, temporary files,
        // the journal's folder and the exports (notes stay out unless asked for).
        QCOMPARE(filesHolding(m_dir->path(), canary), QStringList());
        QCOMPARE(openToOthers(path(QStringLiteral("exports"))), QStringList());
    }

    void passphraseFromStandardInputAndReKeying()
    {
        CliRun r =
            run({QStringLiteral("demo"), QStringLiteral("--out"), m_journal, QStringLiteral("--encrypt"),
                 QStringLiteral("--passphrase-file"), QStringLiteral("-")},
                "first passphrase\nignored second line\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(JournalStore::isEncryptedFile(m_journal));
        QCOMPARE(modeOf(m_journal), 0600);
        const QString first = passphraseFile(QStringLiteral("first"), "first passphrase");
        const QString second = passphraseFile(QStringLiteral("second"), "second passphrase\n");
        QCOMPARE(check(first), 0);

        // A wrong current passphrase changes nothing.
        const QByteArray before = sha256Of(m_journal);
        r = run({QStringLiteral("passphrase"), QStringLiteral("--journal"), m_journal,
                 QStringLiteral("--passphrase-file"), m_wrong, QStringLiteral("--new-passphrase-file"),
                 second});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("passphrase")), qPrintable(r.err));
        QCOMPARE(sha256Of(m_journal), before);

        r = run({QStringLiteral("passphrase"), QStringLiteral("--journal"), m_journal,
                 QStringLiteral("--passphrase-file"), first, QStringLiteral("--new-passphrase-file"),
                 second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(check(first), 1);
        QCOMPARE(check(second), 0);
        QCOMPARE(modeOf(m_journal), 0600);
        QCOMPARE(unfold::test::entriesOf(path(QStringLiteral("journals"))),
                 QStringList{QStringLiteral("ours.unfold")});
    }

    void emptyOrMissingPassphraseFiles()
    {
        const QString empty = passphraseFile(QStringLiteral("empty"), "\nsecond line\n");
        CliRun r = run({QStringLiteral("demo"), QStringLiteral("--out"), m_journal,
                        QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), empty});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("holds no passphrase")), qPrintable(r.err));
        r = run({QStringLiteral("demo"), QStringLiteral("--out"), m_journal, QStringLiteral("--encrypt"),
                 QStringLiteral("--passphrase-file"), path(QStringLiteral("nowhere"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_journal));
        r = run({QStringLiteral("demo"), QStringLiteral("--out"), m_journal, QStringLiteral("--encrypt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_journal));
    }

    // SIGKILL at moments spread over a whole re-key: afterwards exactly one of the two
    // passphrases opens the journal, and it passes the full check.
    void reKeyKilledAtAnyMomentLeavesOneOfTheTwo()
    {
        CliRun r = run({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("heavy"),
                        QStringLiteral("--out"), m_journal, QStringLiteral("--encrypt"),
                        QStringLiteral("--passphrase-file"), m_passphrase});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString current = m_passphrase;
        QString next = passphraseFile(QStringLiteral("next"), "next passphrase\n");
        const auto reKey = [&] {
            return QStringList{QStringLiteral("passphrase"),
                               QStringLiteral("--journal"),
                               m_journal,
                               QStringLiteral("--passphrase-file"),
                               current,
                               QStringLiteral("--new-passphrase-file"),
                               next};
        };
        QElapsedTimer timer;
        timer.start();
        r = run(reKey());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 whole = timer.elapsed();
        std::swap(current, next);

        constexpr int kills = 12;
        int oldOpens = 0;
        int newOpens = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess process;
            QVERIFY(unfold::test::startUnfold(process, reKey(), home(), m_dir->path()));
            QThread::msleep(static_cast<unsigned long>(whole * (i + 0.5) / kills));
            process.kill();
            process.waitForFinished();
            const int withOld = check(current);
            const int withNew = check(next);
            QVERIFY2((withOld == 0) != (withNew == 0),
                     qPrintable(QStringLiteral("kill %1: old %2, new %3").arg(i).arg(withOld).arg(withNew)));
            if (withNew == 0) {
                std::swap(current, next);
                ++newOpens;
            } else {
                ++oldOpens;
            }
        }
        qInfo("re-key took %lld ms; killed %d times: the old passphrase opened it %d times, the new %d",
              whole, kills, oldOpens, newOpens);
        // The next re-key clears what the killed ones left beside the journal.
        r = run(reKey());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(unfold::test::entriesOf(path(QStringLiteral("journals"))),
                 QStringList{QStringLiteral("ours.unfold")});
    }

    // The same for encrypting a plain journal: killed at any moment, the journal is either the
    // plain one, unchanged, or the encrypted one; the canary never lands in a new plain file.
    void encryptKilledAtAnyMomentLeavesOneOfTheTwo()
    {
        writeJournalWithCanary(DemoJournal::Profile::Heavy);
        const QByteArray plain = sha256Of(m_journal);
        const QStringList encrypt{QStringLiteral("encrypt"), QStringLiteral("--journal"), m_journal,
                                  QStringLiteral("--passphrase-file"), m_passphrase};
        const QString copy = path(QStringLiteral("plain-original.unfold"));
        QVERIFY(QFile::copy(m_journal, copy));
        QElapsedTimer timer;
        timer.start();
        CliRun r = run(encrypt);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 whole = timer.elapsed();

        constexpr int kills = 10;
        for (int i = 0; i < kills; ++i) {
            QFile::remove(m_journal);
            QVERIFY(QFile::copy(copy, m_journal));
            QProcess process;
            QVERIFY(unfold::test::startUnfold(process, encrypt, home(), m_dir->path()));
            QThread::msleep(static_cast<unsigned long>(whole * (i + 0.5) / kills));
            process.kill();
            process.waitForFinished();
            if (JournalStore::isEncryptedFile(m_journal))
                QCOMPARE(check(m_passphrase), 0);
            else
                QCOMPARE(sha256Of(m_journal), plain);
            // Beside the journal: at most a killed run's encrypted copy, never plain text.
            QCOMPARE(filesHolding(path(QStringLiteral("journals")), canary).size(),
                     JournalStore::isEncryptedFile(m_journal) ? 0 : 1);
        }
    }

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString passphraseFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

    // Every folder the command could write to (settings, data, cache, temporary files) lies
    // inside the test's folder, so the canary scan sees all of them.
    QString home() const { return path(QStringLiteral("home")); }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return unfold::test::runUnfold(arguments, home(), m_dir->path(), input);
    }

    int check(const QString &passphrase)
    {
        return run({QStringLiteral("check"), QStringLiteral("--journal"), m_journal,
                    QStringLiteral("--passphrase-file"), passphrase})
            .exitCode;
    }

    // A plain demo journal with one session note holding the canary.
    void writeJournalWithCanary(DemoJournal::Profile profile = DemoJournal::Profile::Personal)
    {
        QString error;
        QVERIFY2(DemoJournal::write(m_journal, profile, 3, false, &error), qPrintable(error));
        JournalProblem problem;
        auto journal = Journal::open(m_journal, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        Session session;
        session.relationshipId = journal->relationships().first().id;
        session.start = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        session.notes = QString::fromUtf8(canary);
        QVERIFY(journal->saveSession(session));
    }

    mode_t m_umask = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QString m_passphrase;
    QString m_wrong;
};

QTEST_GUILESS_MAIN(TestEncryptionCommands)
#include "test_encryption_commands.moc"
