// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <memory>

namespace unfold {

class JournalKey;
class JournalStore;

// Rotating backups of a journal: a copy when editing begins and then at most one per hour of
// editing, keeping the newest few. Backups live in their own 0700 folder, one subfolder per journal.
// A copy due after an edit is made on a thread of its own: a practice's ten years take most of a
// second to copy, which the edit that began the session must not wait for.
class JournalBackups final
{
public:
    static constexpr int defaultKeep = 5;
    static constexpr qint64 minimumSecondsBetween = 60 * 60;

    JournalBackups(QString folder, QString journalPath);
    // Waits for a copy being made.
    ~JournalBackups();
    Q_DISABLE_COPY_MOVE(JournalBackups)

    // Called after every edit: starts a backup when none was made in the last hour. Returns false
    // when a due backup could not be started or the one made before failed (see lastError()).
    bool noteEdit(JournalStore &store);
    // Makes a backup now and waits for it.
    bool backupNow(JournalStore &store);
    // Waits for a copy being made, then says whether the latest copy failed (as collect()).
    bool finish();
    // Waits for a copy being made, leaving its outcome to collect().
    void waitForCopy();
    // Waits until a copy being made has read the journal and let go of its read lock. A save may
    // then go ahead while the copy is synced to the disk: on a decade's journal the sync is most
    // of the copy's time, and the edit after the one that began the backup waited for it.
    void waitForRead();
    // The outcome of a copy that has ended, once: false when it failed (see lastError()), true
    // when it succeeded, none has ended since the last call, or one is still being made.
    bool collect();
    // Called on the copying thread when a copy ends (to have the window collect() its outcome).
    void setCopyEnded(std::function<void()> ended) { m_copyEnded = std::move(ended); }

    QStringList existingBackups() const; // newest first
    QString folder() const { return m_folder; }
    QString lastError() const { return m_lastError; }

    void setKeep(int keep) { m_keep = keep; }
    // Tests move time forward without waiting an hour.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString defaultFolder();

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    // Copies the journal (with its key, if it has one) to `target` and removes the oldest backups.
    // Runs on the copying thread: reads only what does not change after construction.
    // `readEnded` is called once, as soon as the journal is no longer read (whatever the outcome).
    Outcome copy(const QString &journalPath, const JournalKey *key, const QString &target,
                 const std::function<void()> &readEnded = {}) const;
    QString nameAt(const QDateTime &time) const; // a backup's file, named by when it was made

    QString m_folder;
    QString m_baseName;
    QString m_lastError;
    int m_keep = defaultKeep;
    QDateTime m_lastBackup;
    std::function<QDateTime()> m_clock;
    std::function<void()> m_copyEnded;
    // The copy being made, or ended and not yet collected; and when the backup before it was made,
    // which counts again if it fails.
    std::future<Outcome> m_copy;
    // Ready once that copy has read the journal.
    std::shared_future<void> m_reading;
    QDateTime m_beforeCopy;
};

} // namespace unfold
