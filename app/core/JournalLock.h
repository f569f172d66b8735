// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace unfold {

// Marks a journal as in use by this instance, so a second instance can be told and offered a
// read-only view instead of two writers interleaving edits. A crashed holder's lock is stale
// and is taken over.
class JournalLock final
{
public:
    explicit JournalLock(const QString &journalPath);
    ~JournalLock();
    Q_DISABLE_COPY_MOVE(JournalLock)

    bool tryLock();
    bool isLocked() const;
    // After a failed tryLock(): true when another live process holds the lock, false when the
    // lock file could not be made at all.
    bool isHeldElsewhere() const;
    // Who holds the lock, for the message to the user ("another Unfold (process 1234)").
    QString holderDescription() const;

    static QString lockPathFor(const QString &journalPath);

private:
    QString m_journalPath;
    QLockFile m_lock;
};

} // namespace unfold
