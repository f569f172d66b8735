// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's shared-mime-info type (packaging/io.github.unfold.Unfold.mime.xml), loaded the way
// a desktop loads it: Qt's QMimeDatabase reads it from an XDG data folder, beside the system's
// own types. Real journals, plain and encrypted, are recognised by their content whatever their
// name; other SQLite files and other files are not; the *.unfold glob is the fallback.

#include "DemoJournal.h"
#include "JournalKey.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace unfold;

namespace {

const QString journalType = QStringLiteral("application/x-unfold-journal");

// Set before QMimeDatabase first looks: it reads the folders once per process.
QTemporaryDir &dataDir()
{
    static QTemporaryDir dir;
    return dir;
}

bool writeSqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestJournalMimeType final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theTypeIsKnown();
    void contentTellsAJournal_data();
    void contentTellsAJournal();
    void theNameIsTheFallback();

private:
    QString path(const QString &name) const { return m_files.filePath(name); }

    QTemporaryDir m_files;
    bool m_haveSystemTypes = false;
};

void TestJournalMimeType::initTestCase()
{
    QVERIFY(dataDir().isValid() && m_files.isValid());
    // One database holding the system's types and Unfold's, as a desktop has after the package is
    // installed: priorities are weighed within it (Qt 6.4 lets a later database's match win over
    // an earlier one's whatever their priorities, which no desktop relies on).
    const QString packages = dataDir().filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(UNFOLD_MIME_XML),
                        packages + QStringLiteral("/io.github.unfold.Unfold.xml")));
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    m_haveSystemTypes = QFile::copy(system, packages + QStringLiteral("/freedesktop.org.xml"));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(dataDir().path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataDir().path()));
    // Desktops read the compiled cache that shared-mime-info's trigger makes from the XML, and so
    // does Qt where there is one; Qt reads the XML itself only where there is none.
    const QString compiler = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (!compiler.isEmpty()) {
        QProcess update;
        update.start(compiler, {dataDir().filePath(QStringLiteral("mime"))});
        QVERIFY(update.waitForFinished());
        QCOMPARE(update.exitCode(), 0);
        QCOMPARE(update.readAll(), QByteArray()); // no complaint about the XML
    }

    QString error;
    // A plain journal, and one with another name, so only its content can tell.
    QVERIFY2(DemoJournal::write(path(QStringLiteral("plain.unfold")), DemoJournal::Profile::Personal, 1,
                                false, &error),
             qPrintable(error));
    QVERIFY(QFile::copy(path(QStringLiteral("plain.unfold")), path(QStringLiteral("plain.db"))));
    const std::shared_ptr<const JournalKey> key(
        JournalKey::derive(QStringLiteral("correct horse battery"), KeyParameters::fresh(), &error));
    QVERIFY2(key, qPrintable(error));
    QVERIFY2(DemoJournal::write(path(QStringLiteral("encrypted.unfold")), DemoJournal::Profile::Personal, 1,
                                false, &error, key),
             qPrintable(error));
    QVERIFY(QFile::copy(path(QStringLiteral("encrypted.unfold")), path(QStringLiteral("encrypted.bin"))));
    // Another program's database: the same header, another application id.
    QVERIFY(writeSqlite(path(QStringLiteral("other.db")), "PRAGMA application_id = 1; CREATE TABLE t(x);"));
    QVERIFY(
        writeSqlite(path(QStringLiteral("other.unfold")), "PRAGMA application_id = 1; CREATE TABLE t(x);"));
    QFile text(path(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("Not a journal at all.\n") > 0);
}

void TestJournalMimeType::theTypeIsKnown()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(journalType);
    QVERIFY2(type.isValid(), "the mime XML did not load (is it well-formed?)");
    // Qt 6.8 lists the pattern once from the compiled cache and once from the XML beside it.
    QStringList globs = type.globPatterns();
    globs.removeDuplicates();
    QCOMPARE(globs, QStringList{QStringLiteral("*.unfold")});
    QCOMPARE(type.preferredSuffix(), QStringLiteral("unfold"));
    QVERIFY(!type.comment().isEmpty());
    // Not offered to SQLite tools: an encrypted journal is not a database they can read.
    QVERIFY(!type.inherits(QStringLiteral("application/vnd.sqlite3")));
}

void TestJournalMimeType::contentTellsAJournal_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isJournal");
    QTest::newRow("plain journal") << QStringLiteral("plain.unfold") << true;
    QTest::newRow("plain journal, other name") << QStringLiteral("plain.db") << true;
    QTest::newRow("encrypted journal") << QStringLiteral("encrypted.unfold") << true;
    QTest::newRow("encrypted journal, other name") << QStringLiteral("encrypted.bin") << true;
    QTest::newRow("another program's SQLite file") << QStringLiteral("other.db") << false;
    QTest::newRow("another SQLite file named .unfold") << QStringLiteral("other.unfold") << false;
    QTest::newRow("text") << QStringLiteral("notes.txt") << false;
}

void TestJournalMimeType::contentTellsAJournal()
{
    QFETCH(QString, file);
    QFETCH(bool, isJournal);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path(file), QMimeDatabase::MatchContent);
    QCOMPARE(type.name() == journalType, isJournal);
    if (m_haveSystemTypes && file.startsWith(QLatin1String("other.")))
        QCOMPARE(type.name(), QStringLiteral("application/vnd.sqlite3")); // its own type, still
}

void TestJournalMimeType::theNameIsTheFallback()
{
    // A file manager that goes by name alone, or a journal not yet written, still gets the type.
    QCOMPARE(QMimeDatabase()
                 .mimeTypeForFile(QStringLiteral("/nowhere/my.unfold"), QMimeDatabase::MatchExtension)
                 .name(),
             journalType);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path(QStringLiteral("plain.unfold"))).name(), journalType);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path(QStringLiteral("plain.db"))).name(), journalType);
}

QTEST_GUILESS_MAIN(TestJournalMimeType)
#include "test_journal_mime_type.moc"
