// SPDX-License-Identifier: GPL-3.0-or-later
// Statements kept prepared between saves: a statement used again starts clean (no row, no value
// bound before), two uses of the same SQL at once do not share one statement, a statement kept
// across a change of the table's columns still runs, and one given back after its connection
// closed is finalized, not kept (the sanitizer build sees a leak or a use after free otherwise).
#include "SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

namespace {
const QString insert = QStringLiteral("INSERT INTO notes (id, text) VALUES (?1, ?2)");

qint64 count(SqliteDatabase &db, const QString &where = QStringLiteral("1"))
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM notes WHERE %1").arg(where)).value_or(-1);
}
} // namespace

class TestSqliteStatements final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteDatabase m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("t.db")), SqliteDatabase::Mode::Create));
        QVERIFY(m_db.exec(QStringLiteral("DROP TABLE IF EXISTS notes; "
                                         "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
    }

    void cleanup() { m_db.close(); }

    void aStatementUsedAgainForgetsItsValues()
    {
        {
            auto first = m_db.prepareCached(insert);
            QVERIFY(first.isValid());
            QVERIFY(first.bind(1, qint64(7)).bind(2, QStringLiteral("seven")).exec());
        }
        // Given back and taken again: the id bound before must not stay bound, or this insert
        // would collide with row 7 instead of getting a new id.
        {
            auto again = m_db.prepareCached(insert);
            QVERIFY(again.isValid());
            QVERIFY(again.bindNull(1).bind(2, QStringLiteral("next")).exec());
            auto third = m_db.prepareCached(insert);
        }
        auto unbound = m_db.prepareCached(insert);
        QVERIFY(unbound.exec()); // both parameters NULL: a new row with no text
        QCOMPARE(count(m_db), 3);
        QCOMPARE(count(m_db, QStringLiteral("text IS NULL")), 1);
        QCOMPARE(count(m_db, QStringLiteral("id = 8 AND text = 'next'")), 1);
    }

    void aReadUsedAgainStartsAtTheFirstRow()
    {
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('a'), ('b'), ('c')")));
        const QString select = QStringLiteral("SELECT text FROM notes ORDER BY id");
        {
            auto read = m_db.prepareCached(select);
            QVERIFY(read.next());
            QCOMPARE(read.text(0), QStringLiteral("a"));
        } // left after one row of three
        auto read = m_db.prepareCached(select);
        QStringList texts;
        while (read.next())
            texts << read.text(0);
        QVERIFY(!read.failed());
        QCOMPARE(texts, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void twoUsesAtOnceEachHaveTheirOwn()
    {
        auto outer = m_db.prepareCached(insert);
        auto inner = m_db.prepareCached(insert);
        outer.bind(1, qint64(1)).bind(2, QStringLiteral("outer"));
        inner.bind(1, qint64(2)).bind(2, QStringLiteral("inner"));
        QVERIFY(inner.exec());
        QVERIFY(outer.exec());
        QCOMPARE(count(m_db, QStringLiteral("id = 1 AND text = 'outer'")), 1);
        QCOMPARE(count(m_db, QStringLiteral("id = 2 AND text = 'inner'")), 1);
    }

    void aKeptStatementFollowsAChangedTable()
    {
        {
            auto warm = m_db.prepareCached(QStringLiteral("SELECT * FROM notes"));
        }
        QVERIFY(m_db.exec(QStringLiteral("ALTER TABLE notes ADD COLUMN mood INTEGER; "
                                         "INSERT INTO notes (text, mood) VALUES ('x', 3)")));
        auto read = m_db.prepareCached(QStringLiteral("SELECT * FROM notes"));
        QVERIFY(read.next());
        QCOMPARE(read.integer(2), 3);
    }

    void aStatementOutlivingItsConnectionIsFinalized()
    {
        auto late = m_db.prepareCached(insert);
        QVERIFY(late.isValid());
        m_db.close();
        // Opening again gives a new connection whose cache is empty: the statement of the old one
        // must not be handed out for it.
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("t.db")), SqliteDatabase::Mode::ReadWrite));
        late = SqliteStatement(); // given back after its connection closed
        auto fresh = m_db.prepareCached(insert);
        QVERIFY(fresh.bind(2, QStringLiteral("after reopening")).exec());
        QCOMPARE(count(m_db), 1);
    }

    void aMovedDatabaseKeepsItsStatements()
    {
        {
            auto warm = m_db.prepareCached(insert);
        }
        SqliteDatabase moved = std::move(m_db);
        auto stmt = moved.prepareCached(insert);
        QVERIFY(stmt.bind(2, QStringLiteral("moved")).exec());
        stmt = SqliteStatement();
        QCOMPARE(count(moved), 1);
        m_db = std::move(moved);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "test_sqlite_statements.moc"
