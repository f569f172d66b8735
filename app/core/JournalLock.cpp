// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace unfold {

JournalLock::JournalLock(const QString &journalPath)
    : m_journalPath(journalPath), m_lock(lockPathFor(journalPath))
{
    // A lock is never stale by age: a journal may stay open for days. QLockFile still
    // detects a holder that died, by its process id.
    m_lock.setStaleLockTime(0);
}

JournalLock::~JournalLock() = default;

namespace {
// QLockFile keeps an flock() on its lock file for as long as it holds it, and the kernel drops
// that the moment the holder dies. So a lock file nobody holds an flock on is stale, even when
// its process id has since been given to another Unfold (after a crash, on a busy machine), which
// QLockFile's own test by process id and name takes for the living holder.
bool nobodyHolds(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0; // any other failure: assume held
    ::close(fd);                                           // closing releases the flock taken just now
    return free;
}
} // namespace

bool JournalLock::tryLock()
{
    if (m_lock.tryLock(0))
        return true;
    if (m_lock.error() != QLockFile::LockFailedError || !nobodyHolds(lockPathFor(m_journalPath)))
        return false;
    return m_lock.removeStaleLockFile() && m_lock.tryLock(0);
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
