// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalLock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace unfold {

JournalLock::JournalLock(const QString &journalPath) : m_lock(lockPathFor(journalPath))
{
    // A lock is never stale by age: a journal may stay open for days. QLockFile still
    // detects a holder that died, by its process id.
    m_lock.setStaleLockTime(0);
}

JournalLock::~JournalLock() = default;

bool JournalLock::tryLock()
{
    return m_lock.tryLock(0);
}

bool JournalLock::isLocked() const
{
    return m_lock.isLocked();
}

bool JournalLock::isHeldElsewhere() const
{
    return m_lock.error() == QLockFile::LockFailedError;
}

QString JournalLock::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return QCoreApplication::translate("unfold::JournalLock", "another program");
    return QCoreApplication::translate("unfold::JournalLock", "%1 (process %2 on %3)")
        .arg(app.isEmpty() ? QStringLiteral("Unfold") : app)
        .arg(pid)
        .arg(host);
}

QString JournalLock::lockPathFor(const QString &journalPath)
{
    const QFileInfo info(journalPath);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1String(".lock");
}

} // namespace unfold
