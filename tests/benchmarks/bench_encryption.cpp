// SPDX-License-Identifier: GPL-3.0-or-later
// What encryption costs, each figure beside its floor in the same run:
//   unlock:  deriving the key from the passphrase (Argon2id), goal 0.3 s to 1.5 s;
//   edit:    one logged disclosure, durable on disk, in an encrypted journal ÷ the same edit in a
//            plain one (goal ≤ 1.3×), and both beside a raw SQLite insert + commit with the same
//            durability (FULL sync, rollback journal) on a table of the same shape: plain, and
//            encrypted by SQLCipher with the same key (the floor an encrypted edit really has);
//   open:    the heavy journal opened read-only, encrypted and plain (the key already derived,
//            and with the derivation counted in).
// Edits alternate between the three cases so a busy machine slows all of them alike.
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <algorithm>

using namespace unfold;

namespace {

const QString passphrase = QStringLiteral("a passphrase for measuring");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The floor: SQLite itself, a table shaped like disclosures, one insert and commit per edit;
// encrypted by SQLCipher when given a key.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path, const JournalKey *key = nullptr)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        if (key)
            sqlite3_key(m_db, key->keySpec(), key->keySpecSize());
        sqlite3_exec(m_db,
                     "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
                     "CREATE TABLE d (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, position INTEGER,"
                     " speaker TEXT, topic_id INTEGER, depth INTEGER, note TEXT, reception TEXT);"
                     "CREATE INDEX d_session ON d(session_id, position);",
                     nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO d (session_id, position, speaker, topic_id, depth, note, reception)"
                           " VALUES (1, ?1, 'a', 2, 3, 'a note', NULL)",
                           -1, &m_insert, nullptr);
    }
    ~RawSqlite()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void edit(int position)
    {
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_int(m_insert, 1, position);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

// One disclosure logged into the first session of the first relationship, as the window does.
bool logOne(Journal &journal, qint64 sessionId, qint64 topicId, int position)
{
    Disclosure d;
    d.sessionId = sessionId;
    d.position = position;
    d.topicId = topicId;
    d.depth = 2;
    d.note = QStringLiteral("a note");
    return journal.saveDisclosure(d);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString plainPath = dir.filePath(QStringLiteral("plain.unfold"));
    const QString encryptedPath = dir.filePath(QStringLiteral("encrypted.unfold"));
    QString error;
    std::shared_ptr<const JournalKey> key = JournalKey::derive(passphrase, KeyParameters::fresh(), &error);
    if (!key || !DemoJournal::write(plainPath, DemoJournal::Profile::Heavy, 1, false, &error) ||
        !DemoJournal::write(encryptedPath, DemoJournal::Profile::Heavy, 1, false, &error, key)) {
        out << "cannot prepare: " << error << '\n';
        return 1;
    }
    key.reset();

    // Unlock: the derivation alone, as the unlock screen waits for it.
    QList<double> unlock;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto derived = JournalKey::forJournal(encryptedPath, passphrase, &error);
        unlock.append(msSince(timer));
        if (!derived) {
            out << error << '\n';
            return 1;
        }
    }

    // Open: read-only, as a report or a window does first.
    QList<double> openPlain;
    QList<double> openEncrypted;
    QList<double> openEncryptedWithUnlock;
    const std::shared_ptr<const JournalKey> openedKey =
        JournalKey::forJournal(encryptedPath, passphrase, &error);
    for (int i = 0; i < 5; ++i) {
        JournalProblem problem;
        QElapsedTimer timer;
        timer.start();
        auto plain = Journal::open(plainPath, JournalStore::Access::ReadOnly, {}, &problem);
        openPlain.append(msSince(timer));
        timer.restart();
        auto encrypted =
            Journal::open(encryptedPath, JournalStore::Access::ReadOnly, {}, &problem, openedKey);
        openEncrypted.append(msSince(timer));
        timer.restart();
        auto unlocked = Journal::open(encryptedPath, JournalStore::Access::ReadOnly, {}, &problem,
                                      JournalKey::forJournal(encryptedPath, passphrase, &error));
        openEncryptedWithUnlock.append(msSince(timer));
        if (!plain || !encrypted || !unlocked) {
            out << "cannot open: " << problem.message << '\n';
            return 1;
        }
    }

    // Edits, alternating.
    JournalProblem problem;
    auto plain = Journal::open(plainPath, JournalStore::Access::ReadWrite, {}, &problem);
    auto encrypted = Journal::open(encryptedPath, JournalStore::Access::ReadWrite, {}, &problem, openedKey);
    if (!plain || !encrypted) {
        out << "cannot open for editing: " << problem.message << '\n';
        return 1;
    }
    const qint64 relationship = plain->relationships().first().id;
    const qint64 session = plain->sessionSummaries(relationship).first().session.id;
    const qint64 topic = plain->topics().first().id;
    RawSqlite raw(dir.filePath(QStringLiteral("raw.sqlite")));
    RawSqlite rawEncrypted(dir.filePath(QStringLiteral("raw-encrypted.sqlite")), openedKey.get());
    QList<double> editPlain;
    QList<double> editEncrypted;
    QList<double> editRaw;
    QList<double> editRawEncrypted;
    constexpr int edits = 150;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer timer;
        timer.start();
        raw.edit(1000 + i);
        editRaw.append(msSince(timer));
        timer.restart();
        rawEncrypted.edit(1000 + i);
        editRawEncrypted.append(msSince(timer));
        timer.restart();
        const bool okPlain = logOne(*plain, session, topic, 1000 + i);
        editPlain.append(msSince(timer));
        timer.restart();
        const bool okEncrypted = logOne(*encrypted, session, topic, 1000 + i);
        editEncrypted.append(msSince(timer));
        if (!okPlain || !okEncrypted) {
            out << "an edit failed: " << plain->lastError() << encrypted->lastError() << '\n';
            return 1;
        }
    }

    const auto row = [&out](const QString &what, double value, const QString &unit, const QString &beside) {
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << QString::number(value, 'f', 2)
            << ' ' << unit << "   " << beside << '\n';
    };
    out << "Encryption (median of runs; heavy journal)\n";
    row(QStringLiteral("unlock: derive the key (Argon2id)"), median(unlock), QStringLiteral("ms"),
        QStringLiteral("goal 300-1500 ms"));
    row(QStringLiteral("open heavy journal, plain"), median(openPlain), QStringLiteral("ms"), {});
    row(QStringLiteral("open heavy journal, encrypted (key ready)"), median(openEncrypted),
        QStringLiteral("ms"),
        QStringLiteral("%1x plain").arg(median(openEncrypted) / median(openPlain), 0, 'f', 2));
    row(QStringLiteral("open heavy journal, encrypted with unlock"), median(openEncryptedWithUnlock),
        QStringLiteral("ms"), {});
    row(QStringLiteral("one edit: raw sqlite3 insert + commit"), median(editRaw), QStringLiteral("ms"),
        QStringLiteral("floor"));
    row(QStringLiteral("one edit: plain journal"), median(editPlain), QStringLiteral("ms"),
        QStringLiteral("%1x raw").arg(median(editPlain) / median(editRaw), 0, 'f', 2));
    row(QStringLiteral("one edit: raw SQLCipher insert + commit"), median(editRawEncrypted),
        QStringLiteral("ms"),
        QStringLiteral("floor of an encrypted edit, %1x raw")
            .arg(median(editRawEncrypted) / median(editRaw), 0, 'f', 2));
    row(QStringLiteral("one edit: encrypted journal"), median(editEncrypted), QStringLiteral("ms"),
        QStringLiteral("%1x plain (goal <= 1.3x), %2x raw SQLCipher, %3x raw")
            .arg(median(editEncrypted) / median(editPlain), 0, 'f', 2)
            .arg(median(editEncrypted) / median(editRawEncrypted), 0, 'f', 2)
            .arg(median(editEncrypted) / median(editRaw), 0, 'f', 2));
    return 0;
}
