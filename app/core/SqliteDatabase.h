// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace unfold {

class JournalKey;
struct SqliteStatementCache;

// A prepared statement. Bind with bind(), step through rows with next(), read with the
// column accessors. Errors are kept in the owning database's lastError().
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();
    Q_DISABLE_COPY(SqliteStatement)

    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bindNull(int index);
    // A record's id, or NULL for a new record so that SQLite gives it one (its rowid).
    SqliteStatement &bindId(int index, qint64 id) { return id != 0 ? bind(index, id) : bindNull(index); }
    // A value the record may lack: NULL when it does.
    template <typename T> SqliteStatement &bindOptional(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds bytes without copying them (a key in guarded memory): they must outlive the statement.
    SqliteStatement &bindUnowned(int index, const char *bytes, int size);

    // Steps once. True while a row is available; false at the end or on error (see failed()).
    bool next();
    // Runs a statement that returns no rows; true on success.
    bool exec();
    bool failed() const { return m_failed; }
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    friend class SqliteDatabase;
    // Gives the statement back to the cache it came from, or finalizes it.
    void release();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    // Set for a statement from SqliteDatabase::prepareCached: where it goes back when done.
    std::shared_ptr<SqliteStatementCache> m_cache;
    QString m_sql;
};

// An open SQLite connection, closed on destruction.
class SqliteDatabase final
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create,
        // Reads the file as it lies, ignoring a rollback journal a crash left: only to check a key
        // without playing that journal back.
        ImmutableSnapshot
    };

    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    ~SqliteDatabase();
    Q_DISABLE_COPY(SqliteDatabase)

    // Opens `path`; with a key, as an SQLCipher database encrypted with it (false when the key
    // does not fit: lastErrorCode() is then SQLITE_NOTADB).
    bool open(const QString &path, Mode mode, const JournalKey *key = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    SqliteStatement prepare(const QString &sql);
    // The same, for a statement run once per record (a save): SQLite parses it once per
    // connection, and it goes back, reset, to be used again when the returned object is done.
    // Parsing an upsert costs several times more than running it.
    SqliteStatement prepareCached(const QString &sql);
    // Runs one or more statements that return no rows.
    bool exec(const QString &sql);
    // Runs a query whose first column of the first row is an integer (PRAGMAs, counts).
    std::optional<qint64> scalar(const QString &sql);
    qint64 lastInsertId() const;
    // Hands the main database file's bytes, as they lie on disk (encrypted, for an encrypted
    // journal), to `sink` piece by piece; false when a read or the sink fails. It reads through
    // SQLite's own handle of the file: closing a second handle of one's own would drop every lock
    // the process holds on the file, the journal's own connection's included (POSIX locks).
    bool readFileBytes(const std::function<bool(const char *bytes, qint64 size)> &sink);

    QString lastError() const;
    int lastErrorCode() const;
    // SQLITE_NOTADB: not a database, or an encrypted one and the wrong key.
    static bool isNotADatabase(int code);
    // SQLITE_READONLY_ROLLBACK: a write was cut off (a crash) and its rollback journal waits to be
    // played back, which a read-only connection cannot do.
    static bool isInterruptedWrite(int code);
    // SQLITE_CORRUPT: the file's pages contradict each other.
    static bool isCorrupt(int code);
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    std::shared_ptr<SqliteStatementCache> m_cache;
    QString m_openError;
    int m_openErrorCode = 0;
};

// Begins a transaction and rolls it back unless commit() succeeded: one edit, one transaction.
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    Q_DISABLE_COPY_MOVE(SqliteTransaction)

    bool isActive() const { return m_active; }
    bool commit();

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};

} // namespace unfold
