// SPDX-License-Identifier: GPL-3.0-or-later
// Opening journal files: telling a journal from any other file without changing it, creating
// new ones, and upgrading old ones after keeping a copy.
#include "JournalStore.h"

#include "CheckedJournals.h"
#include "JournalKey.h"
#include "JournalSchema.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <future>

namespace unfold {

namespace {

constexpr qsizetype sqliteHeaderSize = 100;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the first 100 bytes of an SQLite file say, read without letting SQLite touch the file.
struct Header
{
    bool isSqlite = false;
    qint64 expectedSize = -1; // from page size × page count, when the header's count is valid
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    bool writeAheadLog = false; // written in WAL mode (by another program: Unfold never is)
};

Header readHeader(QFile &file)
{
    Header header;
    const QByteArray bytes = file.read(sqliteHeaderSize);
    if (bytes.size() < sqliteHeaderSize || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return header;
    header.isSqlite = true;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    quint32 pageSize = qFromBigEndian<quint16>(data + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(data + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(data + 28);
    const quint32 validFor = qFromBigEndian<quint32>(data + 92);
    if (pageCount > 0 && changeCounter == validFor)
        header.expectedSize = qint64(pageSize) * pageCount;
    header.userVersion = qFromBigEndian<qint32>(data + 60);
    header.applicationId = qFromBigEndian<qint32>(data + 68);
    header.writeAheadLog = data[18] == 2 || data[19] == 2;
    return header;
}

JournalProblem problem(JournalProblem::Kind kind, const QString &message)
{
    return {kind, message};
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

// Whether a save's side file lies beside the journal: a rollback journal that undoes a cut-off
// save, or a write-ahead log not yet written back. Either way SQLite, not the file's own size,
// says what the journal holds.
bool savePending(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0 || QFileInfo(walPath(path)).size() > 0;
}

// A journal in WAL mode keeps recent changes in a side file; without one, all of it is in the
// file itself and it can be read as it lies, which creates no side files.
bool readableAsItLies(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !readHeader(file).writeAheadLog)
        return false;
    const QFileInfo log(walPath(path));
    return !log.exists() || log.size() == 0;
}

JournalProblem formatProblem(const QString &path, qint64 version)
{
    if (version > JournalSchema::currentVersion)
        return problem(JournalProblem::Kind::NewerVersion,
                       JournalStore::tr("%1 was written by a newer version of Unfold (format %2; this "
                                        "version reads up to format %3). Update Unfold to open it.")
                           .arg(nativePath(path))
                           .arg(version)
                           .arg(JournalSchema::currentVersion));
    return problem(JournalProblem::Kind::Damaged,
                   JournalStore::tr("%1 says it is in format %2, which no version of Unfold writes. It "
                                    "may be damaged; a backup copy may still be whole.")
                       .arg(nativePath(path))
                       .arg(version));
}

// The findings of a check in one sentence: the first few, and how many more there are.
QString summary(const QStringList &findings)
{
    constexpr int shown = 3;
    QString text = findings.mid(0, shown).join(QStringLiteral("; "));
    if (findings.size() > shown)
        text += JournalStore::tr("; and %n more", nullptr, int(findings.size() - shown));
    return text;
}

// What SQLite's check of every page finds wrong (the quick check, or with `fullCheck` also every
// index against its table).
QStringList pageFindings(SqliteDatabase &db, bool fullCheck)
{
    auto stmt = db.prepare(fullCheck ? QStringLiteral("PRAGMA integrity_check")
                                     : QStringLiteral("PRAGMA quick_check"));
    QStringList findings;
    while (stmt.next()) {
        const QString line = stmt.text(0);
        if (line != QLatin1String("ok"))
            findings.append(line);
    }
    if (stmt.failed() || !stmt.isValid())
        findings.append(db.lastError());
    return findings;
}

// Records Unfold could not read: words that are not a JSON object, and references to records that
// are gone (which would make an edit fail later).
QStringList recordFindings(SqliteDatabase &db, int version)
{
    QStringList findings = JournalSchema::unreadableContent(db, version);
    auto fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    while (fk.next())
        findings.append(
            JournalStore::tr("a record in %1 points to a missing record in %2").arg(fk.text(0), fk.text(2)));
    if (fk.failed() || !fk.isValid())
        findings.append(db.lastError());
    return findings;
}

} // namespace

bool JournalStore::isEncryptedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           KeyParameters::looksEncrypted(file.read(KeyParameters::saltSize));
}

bool JournalStore::saysCurrentFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const Header header = readHeader(file);
    // A save cut off beside it may be an upgrade, which playing the save back undoes.
    return header.isSqlite && header.applicationId == JournalSchema::applicationId &&
           header.userVersion == JournalSchema::currentVersion && !savePending(path);
}

JournalProblem JournalStore::inspect(const QString &path, int *schemaVersion, bool fullCheck,
                                     const JournalKey *key)
{
    return inspect(path, schemaVersion, fullCheck ? Checks::Full : Checks::Quick, key);
}

JournalProblem JournalStore::identify(const QString &path, const JournalKey *key)
{
    return inspect(path, nullptr, Checks::HeaderAndSchema, key);
}

JournalProblem JournalStore::inspect(const QString &path, int *schemaVersion, Checks checks,
                                     const JournalKey *key)
{
    using Kind = JournalProblem::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return problem(Kind::NotFound, tr("There is no file at %1.").arg(nativePath(path)));
    if (info.isDir())
        return problem(Kind::Unreadable, tr("%1 is a folder, not a journal file.").arg(nativePath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(Kind::Unreadable,
                       tr("%1 cannot be read: %2").arg(nativePath(path), file.errorString()));
    const QByteArray firstBytes = file.peek(sqliteHeaderSize);
    const Header header = readHeader(file);
    file.close();
    const bool encrypted = !header.isSqlite && KeyParameters::looksEncrypted(firstBytes);
    if (encrypted) {
        // Nothing but the key's parameters can be read before the key is known.
        if (!KeyParameters::fromHeader(firstBytes))
            return problem(Kind::NewerVersion,
                           tr("%1 is encrypted in a way this version of Unfold does not know. Update "
                              "Unfold to open it.")
                               .arg(nativePath(path)));
        if (!key)
            return problem(Kind::NeedsPassphrase,
                           tr("%1 is encrypted: its passphrase is needed to open it.").arg(nativePath(path)));
    } else {
        if (!header.isSqlite)
            return problem(Kind::NotAJournal, tr("%1 is not an Unfold journal.").arg(nativePath(path)));
        if (header.applicationId != JournalSchema::applicationId)
            return problem(Kind::NotAJournal,
                           tr("%1 is a database, but not an Unfold journal.").arg(nativePath(path)));
        // A save cut off by a crash can leave the file shorter than its new header says, beside
        // the rollback journal that restores it: that is a cut-off save (found below), not damage.
        if (header.expectedSize > 0 && info.size() < header.expectedSize && !savePending(path))
            return problem(Kind::Damaged, tr("%1 is damaged: the file is shorter than it says it is. "
                                             "A backup copy may still be complete.")
                                              .arg(nativePath(path)));
        if (header.userVersion < 1 || header.userVersion > JournalSchema::currentVersion)
            return formatProblem(path, header.userVersion);
        if (header.writeAheadLog && !readableAsItLies(path))
            return problem(Kind::CutOff,
                           tr("%1 holds changes another program has not yet written into it (in %2). "
                              "Opening it in Unfold for editing writes them in; nothing was changed here.")
                               .arg(nativePath(path), nativePath(walPath(path))));
    }

    SqliteDatabase db;
    const auto mode =
        readableAsItLies(path) ? SqliteDatabase::Mode::ImmutableSnapshot : SqliteDatabase::Mode::ReadOnly;
    // The first read finds a save a crash cut off; a plain journal is not read before this.
    if (!db.open(path, mode, encrypted ? key : nullptr) ||
        !db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        if (encrypted && SqliteDatabase::isNotADatabase(db.lastErrorCode()))
            return problem(Kind::WrongPassphrase,
                           tr("The passphrase does not open %1. Nothing was changed.").arg(nativePath(path)));
        if (SqliteDatabase::isInterruptedWrite(db.lastErrorCode()) && encrypted) {
            // The key is checked on the file as it lies before anything plays the save back,
            // so a wrong passphrase changes nothing here either.
            SqliteDatabase snapshot;
            if (!snapshot.open(path, SqliteDatabase::Mode::ImmutableSnapshot, key) &&
                SqliteDatabase::isNotADatabase(snapshot.lastErrorCode()))
                return problem(
                    Kind::WrongPassphrase,
                    tr("The passphrase does not open %1. Nothing was changed.").arg(nativePath(path)));
        }
        if (SqliteDatabase::isInterruptedWrite(db.lastErrorCode()))
            return problem(Kind::CutOff,
                           tr("%1 was cut off while it was being saved (a crash or power cut). Opening it "
                              "in Unfold for editing finishes the recovery; nothing was changed here.")
                               .arg(nativePath(path)));
        if (SqliteDatabase::isCorrupt(db.lastErrorCode()) ||
            SqliteDatabase::isNotADatabase(db.lastErrorCode()))
            return problem(Kind::Damaged, tr("%1 is damaged (%2). A backup copy may still be whole.")
                                              .arg(nativePath(path), db.lastError()));
        return problem(Kind::Unreadable, tr("%1 cannot be opened: %2").arg(nativePath(path), db.lastError()));
    }
    int userVersion = header.userVersion;
    if (encrypted) {
        // The header is encrypted with the rest: ask SQLite, now that it can read the file.
        if (db.scalar(QStringLiteral("PRAGMA application_id")).value_or(0) != JournalSchema::applicationId)
            return problem(Kind::NotAJournal,
                           tr("%1 is encrypted, but not an Unfold journal.").arg(nativePath(path)));
        userVersion = int(db.scalar(QStringLiteral("PRAGMA user_version")).value_or(0));
    }
    if (userVersion < 1 || userVersion > JournalSchema::currentVersion)
        return formatProblem(path, userVersion);
    if (schemaVersion)
        *schemaVersion = userVersion;

    // The page check reads every page and the record checks every record: on a second connection
    // the page check runs beside the others, so opening waits for the longer, not for both (a
    // decade's journal: 0.86 s before). Its findings still come first, and a schema Unfold did not
    // make comes second: records read from a damaged or altered file are wrong because the file is.
    // A file known whole has had all three, and its schema is among the bytes its checksum covers:
    // comparing the schema (against one made anew in memory) took 2 ms of the window's start. One
    // in an older format, left whole by an older Unfold, is compared still before it is upgraded:
    // it costs that once, and no later release's migrations can differ from what made it unseen.
    if (checks == Checks::Header && userVersion == JournalSchema::currentVersion)
        return {};
    std::future<QStringList> pages;
    if (checks == Checks::Quick || checks == Checks::Full)
        pages = std::async(std::launch::async, [&path, mode, fullCheck = checks == Checks::Full,
                                                key = encrypted ? key : nullptr] {
            SqliteDatabase second;
            if (!second.open(path, mode, key))
                return QStringList{second.lastError()};
            return pageFindings(second, fullCheck);
        });
    const QString damaged = tr("%1 is damaged (%2). A backup copy may still be whole.");
    const QStringList changes = JournalSchema::differences(db, userVersion);
    const QStringList records =
        changes.isEmpty() && pages.valid() ? recordFindings(db, userVersion) : QStringList();
    if (const QStringList findings = pages.valid() ? pages.get() : QStringList(); !findings.isEmpty())
        return problem(Kind::Damaged, damaged.arg(nativePath(path), summary(findings)));
    if (!changes.isEmpty())
        return problem(Kind::Altered,
                       tr("%1 holds changes Unfold did not make: %2. Unfold does not open it, because "
                          "such changes can alter or erase entries. A backup copy may be as Unfold left it.")
                           .arg(nativePath(path), summary(changes)));
    if (!records.isEmpty())
        return problem(Kind::Damaged, damaged.arg(nativePath(path), summary(records)));
    return {};
}

std::unique_ptr<JournalStore> JournalStore::create(const QString &path, JournalProblem *problemOut,
                                                   std::shared_ptr<const JournalKey> key)
{
    using Kind = JournalProblem::Kind;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        *problemOut = problem(Kind::AlreadyExists, tr("%1 already exists.").arg(nativePath(absolute)));
        return nullptr;
    }
    QString error;
    if (!PrivateFiles::ensureDirectory(QFileInfo(absolute).absolutePath(), &error) ||
        !PrivateFiles::createEmptyFile(absolute, &error)) {
        *problemOut = problem(Kind::WriteFailed, tr("Cannot create %1: %2").arg(nativePath(absolute), error));
        return nullptr;
    }
    std::unique_ptr<JournalStore> store(new JournalStore);
    store->m_path = absolute;
    store->m_key = std::move(key);
    if (!store->m_db.open(absolute, SqliteDatabase::Mode::ReadWrite, store->m_key.get()) ||
        !JournalSchema::configureConnection(store->m_db, false, &error) ||
        !JournalSchema::migrate(store->m_db, JournalSchema::currentVersion, &error)) {
        if (error.isEmpty())
            error = store->m_db.lastError();
        store.reset();
        QFile::remove(absolute); // our own empty or half-made file, never the user's
        *problemOut = problem(Kind::WriteFailed, tr("Cannot create %1: %2").arg(nativePath(absolute), error));
        return nullptr;
    }
    return store;
}

// A save cut off by a crash left its rollback journal beside the file. SQLite plays it back, and
// so brings the journal to its last complete save, on the first read of a connection that may
// write; the caller holds the journal's lock, so no other Unfold is writing meanwhile.
namespace {
bool recoverCutOffSave(const QString &path, const JournalKey *key)
{
    SqliteDatabase db;
    // Leaving WAL mode writes the changes another program left in the -wal file into the
    // journal itself, and removes the side files.
    return db.open(path, SqliteDatabase::Mode::ReadWrite, key) &&
           db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).has_value() &&
           db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}
// A process killed while it began a save can leave a rollback journal too incomplete to be played
// back. SQLite ignores it, and removes it only at the next save; until then it looks like debris
// beside the journal. With the write lock held no other writer is using it, so it goes now.
void removeStaleRollbackJournal(SqliteDatabase &db, const QString &path)
{
    const QString rollback = path + QStringLiteral("-journal");
    if (!QFileInfo::exists(rollback))
        return;
    SqliteTransaction lock(db);
    if (lock.isActive() && QFileInfo::exists(rollback))
        QFile::remove(rollback);
}
} // namespace

std::unique_ptr<JournalStore> JournalStore::open(const QString &path, Access access,
                                                 JournalProblem *problemOut,
                                                 std::shared_ptr<const JournalKey> key)
{
    using Kind = JournalProblem::Kind;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!isEncryptedFile(absolute))
        key.reset(); // a plain journal stays plain, whatever key came with it
    int version = 0;
    JournalFileState before = JournalFileState::of(absolute);
    // A save's side file beside it holds pages the record's checksum never saw: SQLite would read
    // them (a write-ahead log, whatever the header says) or play them back.
    bool knownWhole = !savePending(absolute) && CheckedJournals::isKnownWhole(absolute, before);
    JournalProblem found =
        inspect(absolute, &version, knownWhole ? Checks::Header : Checks::Quick, key.get());
    const bool readOnly = access == Access::ReadOnly;
    if (found.kind == Kind::CutOff && !readOnly && recoverCutOffSave(absolute, key.get())) {
        before = JournalFileState::of(absolute);
        knownWhole = false;
        found = inspect(absolute, &version, Checks::Quick, key.get());
    }
    if (found) {
        *problemOut = found;
        return nullptr;
    }
    std::unique_ptr<JournalStore> store(new JournalStore);
    store->m_path = absolute;
    store->m_readOnly = readOnly;
    store->m_key = std::move(key);
    store->m_checkedWhole = !knownWhole;

    if (version < JournalSchema::currentVersion) {
        if (readOnly) {
            *problemOut = problem(Kind::NewerVersion,
                                  tr("%1 uses an older format that must be upgraded before it can be "
                                     "shown; open it for editing once.")
                                      .arg(nativePath(absolute)));
            return nullptr;
        }
        // Keep the file as it was before upgrading, so nothing is lost if the upgrade disappoints.
        const QString copy = absolute + QStringLiteral(".format-%1.backup").arg(version);
        SqliteDatabase old;
        QString error;
        if (QFileInfo::exists(copy))
            QFile::remove(copy);
        // VACUUM INTO writes the copy with the connection's key: an encrypted journal's copy is
        // encrypted alike and opens with the same passphrase.
        const bool copied = old.open(absolute, SqliteDatabase::Mode::ReadOnly, store->m_key.get()) &&
                            PrivateFiles::createEmptyFile(copy, &error) &&
                            old.prepare(QStringLiteral("VACUUM INTO ?1")).bind(1, copy).exec();
        if (!copied) {
            if (error.isEmpty())
                error = old.lastError();
            QFile::remove(copy);
            *problemOut = problem(Kind::WriteFailed,
                                  tr("%1 needs an upgrade, but a copy of the old file could not be kept: %2")
                                      .arg(nativePath(absolute), error));
            return nullptr;
        }
        store->m_preMigrationCopy = copy;
    }

    QString error;
    const auto mode = !readOnly                    ? SqliteDatabase::Mode::ReadWrite
                      : readableAsItLies(absolute) ? SqliteDatabase::Mode::ImmutableSnapshot
                                                   : SqliteDatabase::Mode::ReadOnly;
    if (!store->m_db.open(absolute, mode, store->m_key.get()) ||
        !JournalSchema::configureConnection(store->m_db, readOnly, &error)) {
        *problemOut =
            problem(readOnly ? Kind::Unreadable : Kind::WriteFailed,
                    tr("%1 cannot be opened: %2")
                        .arg(nativePath(absolute), error.isEmpty() ? store->m_db.lastError() : error));
        return nullptr;
    }
    // The file now open is opened by its path again, and could have been replaced or written since
    // it was checked (or found known whole). One found known whole that changed is checked whole
    // now; any that changed is not remembered as whole when it closes.
    const bool unchanged = JournalFileState::of(absolute) == before;
    if (knownWhole && !unchanged) {
        if (JournalProblem changed = inspect(absolute, &version, Checks::Quick, store->m_key.get())) {
            *problemOut = changed;
            return nullptr;
        }
        store->m_checkedWhole = true;
    }
    if (!readOnly &&
        !JournalSchema::migrate(store->m_db, JournalSchema::currentVersion, &error, &store->m_upgradeNotes)) {
        // The upgrade is one transaction: rolled back, the journal is the old file, and a copy of
        // it beside would only be clutter the user has to wonder about.
        if (!store->m_preMigrationCopy.isEmpty())
            QFile::remove(store->m_preMigrationCopy);
        *problemOut = problem(Kind::WriteFailed, tr("%1 could not be upgraded to the current format: %2. "
                                                    "The file is unchanged.")
                                                     .arg(nativePath(absolute), error));
        return nullptr;
    }
    if (!readOnly) {
        removeStaleRollbackJournal(store->m_db, absolute);
        // Whole if the file open is the one found whole, written since by its upgrade alone.
        store->m_leftAs = JournalFileState::of(absolute);
        store->m_dataVersion = store->m_db.scalar(QStringLiteral("PRAGMA data_version"));
        store->m_whole = unchanged && (store->m_leftAs == before || !store->m_preMigrationCopy.isEmpty());
    }
    return store;
}

} // namespace unfold
