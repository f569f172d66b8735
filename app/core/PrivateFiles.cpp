// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unfold::PrivateFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::PrivateFiles", text);
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

// The armed fault, if any. Tests run one write at a time, so no lock is needed.
struct Fault
{
    bool armed = false;
    Step step = Step::Create;
    int errorNumber = 0;
    int remaining = 0;
};
Fault fault;

// True when the test seam says this step fails now; errno is then set as the system would.
bool injected(Step step)
{
    if (!fault.armed || fault.step != step || --fault.remaining > 0)
        return false;
    fault.armed = false;
    errno = fault.errorNumber;
    return true;
}

bool fail(QString *error)
{
    *error = systemError(errno);
    return false;
}

// Flushes the folder's entry list, so a rename in it survives a power cut. Some file systems
// refuse to sync a folder; the file itself is on disk by then, so that is no failure.
void syncFolderOf(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool renameOver(const QString &from, const QString &to, QString *error)
{
    if (injected(Step::Rename) ||
        std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(error);
    return true;
}

// Writes `bytes` into a new private temporary file beside `target` and syncs it; on failure
// nothing is left behind.
bool writeTemporary(const QString &target, const QByteArray &bytes, QString *temporary, QString *error)
{
    *temporary = temporaryNameBeside(target);
    const QByteArray name = QFile::encodeName(*temporary);
    const int fd = injected(Step::Create)
                       ? -1
                       : ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail(error);
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    bool ok = true;
    while (ok && left > 0) {
        const ssize_t written = injected(Step::Write) ? -1 : ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        ok = written > 0;
        if (ok) {
            data += written;
            left -= written;
        } else if (written == 0) {
            errno = EIO;
        }
    }
    // A full disk may show only here: the sync (and the close) report what delayed writes found.
    ok = ok && !injected(Step::Sync) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ok = (::close(fd) == 0) && ok;
    if (!ok) {
        errno = savedErrno;
        *error = systemError(errno);
        ::unlink(name.constData());
        return false;
    }
    return true;
}

} // namespace

bool ensureDirectory(const QString &dir, QString *error)
{
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    // Parents made here are private too: a folder's listing names the journals inside it.
    const QString parent = QFileInfo(path).absolutePath();
    if (parent != path && !ensureDirectory(parent, error))
        return false;
    // Created 0700 in one step, so it is never open to others even for a moment.
    if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0 && !QFileInfo(path).isDir()) {
        *error = tr("cannot create folder %1: %2").arg(QDir::toNativeSeparators(path), systemError(errno));
        return false;
    }
    return true;
}

bool createEmptyFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail(error);
    ::close(fd);
    return true;
}

QString temporaryNameBeside(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1Char('.') +
           QString::number(::getpid()) + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->generate(), 16) + QLatin1String(".part");
}

bool commitTemporary(const QString &temporary, const QString &target, QString *error)
{
    const QByteArray from = QFile::encodeName(temporary);
    const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(error);
    // Another library (SQLite) wrote this file: whatever mode it chose, it leaves here private.
    const bool ok = !injected(Step::Sync) && ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        errno = savedErrno;
        return fail(error);
    }
    if (!renameOver(temporary, target, error))
        return false;
    syncFolderOf(target);
    return true;
}

bool writeOutInPieces(int fd, QString *error)
{
#ifdef Q_OS_LINUX
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0)
        return fail(error);
    // Small enough that a save waits for at most one piece (a few ms on a slow disk), large
    // enough that a decade's backup takes 80 of them.
    constexpr off_t piece = 1 << 20;
    for (off_t offset = 0; offset < status.st_size; offset += piece) {
        if (::sync_file_range(fd, offset, piece,
                              SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                  SYNC_FILE_RANGE_WAIT_AFTER) == 0)
            continue;
        // A kernel or file system without it: the commit's sync writes everything, as before.
        if (errno == ENOSYS || errno == EINVAL)
            return true;
        return fail(error);
    }
#else
    Q_UNUSED(fd);
    Q_UNUSED(error);
#endif
    return true;
}

namespace {

// Writes all `files` or none; `error` says why, naming the file when asked to.
bool writeAll(const QList<PendingFile> &files, bool nameTheFile, QString *error)
{
    const auto say = [error, nameTheFile](const QString &target, const QString &why) {
        *error = nameTheFile ? tr("cannot write %1: %2").arg(QDir::toNativeSeparators(target), why) : why;
    };
    if (files.isEmpty())
        return true;
    removeLeftovers(QFileInfo(files.first().target).absolutePath());
    // First every file is written aside and synced: most failures (a full disk) happen here,
    // before any target has been touched.
    QStringList temporaries;
    const auto discard = [&temporaries] {
        for (const QString &t : std::as_const(temporaries))
            ::unlink(QFile::encodeName(t).constData());
    };
    for (const PendingFile &file : files) {
        // Said in words rather than as errno's "No such file or directory", which names no folder.
        const QString folder = QFileInfo(file.target).absolutePath();
        if (!QFileInfo(folder).isDir()) {
            say(file.target, tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
            discard();
            return false;
        }
        QString temporary;
        if (!writeTemporary(file.target, file.bytes, &temporary, error)) {
            say(file.target, *error);
            discard();
            return false;
        }
        temporaries.append(temporary);
    }
    if (files.size() == 1) {
        if (!renameOver(temporaries.first(), files.first().target, error)) {
            say(files.first().target, *error);
            discard();
            return false;
        }
        syncFolderOf(files.first().target);
        return true;
    }

    // Several renames cannot be one step, so each earlier file is kept under a second name
    // (a hard link: no copy, no window without a file) until all new ones are in place.
    QStringList keptOld(files.size());
    const auto forgetOld = [&keptOld] {
        for (const QString &old : std::as_const(keptOld))
            if (!old.isEmpty())
                ::unlink(QFile::encodeName(old).constData());
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QByteArray target = QFile::encodeName(files[i].target);
        if (::access(target.constData(), F_OK) != 0)
            continue;
        QString old = temporaryNameBeside(files[i].target);
        old.replace(old.size() - 5, 5, QStringLiteral(".old"));
        // Some file systems (FAT on a USB stick, many network shares) have no hard links: there
        // the earlier file is kept as a private copy instead.
        const bool kept = ::link(target.constData(), QFile::encodeName(old).constData()) == 0 ||
                          ((errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == EMLINK) &&
                           QFile::copy(files[i].target, old) &&
                           ::chmod(QFile::encodeName(old).constData(), S_IRUSR | S_IWUSR) == 0);
        if (!kept) {
            say(files[i].target, systemError(errno));
            forgetOld();
            discard();
            return false;
        }
        keptOld[i] = old;
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (renameOver(temporaries[i], files[i].target, error))
            continue;
        say(files[i].target, *error);
        // Puts back what was there before the files already replaced. An earlier file that
        // cannot be put back keeps its second name, and the message says where it is.
        for (qsizetype j = 0; j < i; ++j) {
            const QByteArray target = QFile::encodeName(files[j].target);
            if (keptOld[j].isEmpty()) {
                ::unlink(target.constData());
            } else if (std::rename(QFile::encodeName(keptOld[j]).constData(), target.constData()) == 0) {
                keptOld[j].clear();
            } else {
                *error += QLatin1Char(' ') + tr("The earlier %1 is kept as %2.")
                                                 .arg(QDir::toNativeSeparators(files[j].target),
                                                      QDir::toNativeSeparators(keptOld[j]));
                keptOld[j].clear(); // not to be removed below
            }
        }
        forgetOld(); // the files not yet replaced: their second names are links to them
        for (qsizetype j = i; j < temporaries.size(); ++j)
            ::unlink(QFile::encodeName(temporaries[j]).constData());
        return false;
    }
    forgetOld();
    syncFolderOf(files.first().target);
    return true;
}

} // namespace

bool writeAtomically(const QString &target, const QByteArray &bytes, QString *error)
{
    // The caller names the file in its own words; only the reason is given here.
    return writeAll({{target, bytes}}, false, error);
}

bool writeAllAtomically(const QList<PendingFile> &files, QString *error)
{
    return writeAll(files, true, error);
}

int removeLeftovers(const QString &folder)
{
    static const QRegularExpression leftover(
        QStringLiteral("^\\.(.+)\\.(\\d+)-[0-9a-f]+\\.(part|old)(-journal|-wal|-shm)?$"));
    int removed = 0;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const auto match = leftover.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(2).toLongLong();
        // A live process (this one, or another Unfold writing right now) is left alone.
        if (pid == ::getpid() || pid <= 0 || pid > INT_MAX || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        // An earlier file kept while a batch was renamed in: that batch died midway, so the
        // earlier file goes back, and the folder holds one export's files as far as it can.
        if (match.captured(3) == QLatin1String("old") && match.captured(4).isEmpty() &&
            std::rename(QFile::encodeName(dir.filePath(name)).constData(),
                        QFile::encodeName(dir.filePath(match.captured(1))).constData()) == 0) {
            ++removed;
            continue;
        }
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

void failNextAt(Step step, int errorNumber, int occurrence)
{
    fault = {true, step, errorNumber, occurrence};
}

void clearFaults()
{
    fault = {};
}

} // namespace unfold::PrivateFiles
