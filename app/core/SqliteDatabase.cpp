// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDatabase.h"

#include "JournalKey.h"

#include <QHash>
#include <QUrl>

// SQLCipher declares sqlite3_key only for builds that say they use its codec.
#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace unfold {

namespace {
// 64 MiB: far above the longest note or answer set, far below what would exhaust memory.
constexpr int longestValue = 64 * 1024 * 1024;
} // namespace

// The idle prepared statements of one open connection, by their SQL. Shared with the statements
// handed out, so that one given back after the connection closed is finalized, not kept.
struct SqliteStatementCache
{
    bool open = true;
    QHash<QString, sqlite3_stmt *> idle;

    void close()
    {
        open = false;
        for (sqlite3_stmt *stmt : std::as_const(idle))
            sqlite3_finalize(stmt);
        idle.clear();
    }
};

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_failed(other.m_failed), m_cache(std::move(other.m_cache)), m_sql(std::move(other.m_sql))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    release();
}

void SqliteStatement::release()
{
    if (m_stmt && m_cache && m_cache->open && !m_cache->idle.contains(m_sql)) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_cache->idle.insert(m_sql, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_cache.reset();
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    if (m_stmt && sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_failed = true;
    return *this;
}

SqliteStatement &SqliteStatement::bindUnowned(int index, const char *bytes, int size)
{
    if (m_stmt && sqlite3_bind_text(m_stmt, index, bytes, size, SQLITE_STATIC) != SQLITE_OK)
        m_failed = true;
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_failed = true;
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_failed = true;
        return false;
    }
    return true;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_failed = false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cache(std::move(other.m_cache)),
      m_openError(std::move(other.m_openError)), m_openErrorCode(other.m_openErrorCode)
{}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
        m_openError = std::move(other.m_openError);
        m_openErrorCode = other.m_openErrorCode;
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, Mode mode, const JournalKey *key)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ImmutableSnapshot:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const QByteArray name = mode == Mode::ImmutableSnapshot
                                ? QUrl::fromLocalFile(path).toEncoded() + QByteArrayLiteral("?immutable=1")
                                : path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        m_openErrorCode = rc;
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Every file is treated as untrusted: a journal mailed, restored or synced may hold SQL that
    // nobody at Unfold wrote. Defensive mode forbids the schema tricks that corrupt a file on
    // purpose; no trigger, view or extension function in the file ever runs (Unfold's own schema
    // has none of them, and JournalSchema::differences refuses files that do).
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // A record longer than anything Unfold writes is refused rather than read into memory.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, longestValue);
    // Another instance writing briefly should not make this one fail at once.
    sqlite3_busy_timeout(m_db, 2000);
    // SQLCipher writes its own error lines to standard error (a wrong key, say); Unfold says
    // what went wrong in its own words. Temporary tables stay in memory, never in a plain file.
    exec(QStringLiteral("PRAGMA cipher_log_level = NONE; PRAGMA temp_store = MEMORY; "
                        "PRAGMA cell_size_check = ON; PRAGMA trusted_schema = OFF"));
    if (key) {
        // The key goes in as bytes from guarded memory, never as SQL text. SQLCipher checks it
        // lazily: reading the schema is the first read of page 1, which fails for a wrong key.
        if (sqlite3_key(m_db, key->keySpec(), key->keySpecSize()) != SQLITE_OK ||
            !exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            m_openErrorCode = sqlite3_extended_errcode(m_db);
            m_openError = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            return false;
        }
    }
    m_openError.clear();
    m_openErrorCode = SQLITE_OK;
    return true;
}

void SqliteDatabase::close()
{
    if (m_cache) {
        m_cache->close();
        m_cache.reset();
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    if (!m_db)
        return {};
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return {};
    return SqliteStatement(m_db, stmt);
}

SqliteStatement SqliteDatabase::prepareCached(const QString &sql)
{
    if (!m_db)
        return {};
    if (!m_cache)
        m_cache = std::make_shared<SqliteStatementCache>();
    SqliteStatement statement;
    if (sqlite3_stmt *idle = m_cache->idle.take(sql))
        statement = SqliteStatement(m_db, idle);
    else
        statement = prepare(sql);
    if (statement.isValid()) {
        statement.m_cache = m_cache;
        statement.m_sql = sql;
    }
    return statement;
}

bool SqliteDatabase::exec(const QString &sql)
{
    if (!m_db)
        return false;
    return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::optional<qint64> SqliteDatabase::scalar(const QString &sql)
{
    SqliteStatement stmt = prepare(sql);
    if (!stmt.next())
        return std::nullopt;
    return stmt.int64(0);
}

bool SqliteDatabase::readFileBytes(const std::function<bool(const char *bytes, qint64 size)> &sink)
{
    sqlite3_file *file = nullptr;
    if (!m_db || sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return false;
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return false;
    constexpr sqlite3_int64 piece = 1 << 20;
    QByteArray buffer(qsizetype(std::min(piece, std::max<sqlite3_int64>(size, 1))), Qt::Uninitialized);
    for (sqlite3_int64 offset = 0; offset < size; offset += piece) {
        const int length = int(std::min(piece, size - offset));
        if (file->pMethods->xRead(file, buffer.data(), length, offset) != SQLITE_OK ||
            !sink(buffer.constData(), length))
            return false;
    }
    return true;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_openError;
}

int SqliteDatabase::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : m_openErrorCode;
}

bool SqliteDatabase::isNotADatabase(int code)
{
    return (code & 0xff) == SQLITE_NOTADB;
}

bool SqliteDatabase::isCorrupt(int code)
{
    return (code & 0xff) == SQLITE_CORRUPT;
}

bool SqliteDatabase::isInterruptedWrite(int code)
{
    return code == SQLITE_READONLY_ROLLBACK;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(QStringLiteral("COMMIT")))
        return false; // the destructor rolls back
    m_active = false;
    return true;
}

} // namespace unfold
