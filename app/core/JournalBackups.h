// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace unfold {

class JournalStore;

// Rotating backups of a journal: a copy when editing begins and then at most one per hour of
// editing, keeping the newest few. Backups live in their own 0700 folder, one subfolder per journal.
class JournalBackups final
{
public:
    static constexpr int defaultKeep = 5;
    static constexpr qint64 minimumSecondsBetween = 60 * 60;

    JournalBackups(QString folder, QString journalPath);

    // Called after every edit: makes a backup when none was made in the last hour.
    // Returns false only when a due backup failed (see lastError()).
    bool noteEdit(JournalStore &store);
    bool backupNow(JournalStore &store);

    QStringList existingBackups() const; // newest first
    QString folder() const { return m_folder; }
    QString lastError() const { return m_lastError; }

    void setKeep(int keep) { m_keep = keep; }
    // Tests move time forward without waiting an hour.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString defaultFolder();

private:
    QString m_folder;
    QString m_baseName;
    QString m_lastError;
    int m_keep = defaultKeep;
    QDateTime m_lastBackup;
    std::function<QDateTime()> m_clock;
};

} // namespace unfold
