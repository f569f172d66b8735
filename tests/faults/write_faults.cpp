// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * A fault injector for whole runs of the real `unfold` binary, loaded with LD_PRELOAD. It counts
 * every write to a regular file, every sync and every rename or link the process makes, whoever
 * makes it (SQLite, Qt's file classes, Unfold's own private writes, the PDF and image writers),
 * and fails the Nth with an error such as a full disk would give.
 *
 * Why LD_PRELOAD and not an SQLite VFS wrapper: a VFS sees only what SQLite writes, and most of
 * what these tests cover (exports, charts, reports, scores, backups' temporary files and
 * renames) never passes through SQLite. Preloading needs no seam in the product either.
 *
 *   UNFOLD_FAULT_AT=N        fail the Nth counted call (1-based); unset or 0: fail nothing
 *   UNFOLD_FAULT_ERRNO=E     the errno it fails with (default ENOSPC)
 *   UNFOLD_FAULT_REPORT=FILE at exit, write "<calls counted> <1 if N was reached> <its file>" there
 *   UNFOLD_FAULT_SLOW=PART:MS the first write to a file whose path holds PART waits MS ms first
 *                            (a slow disk at one moment): whatever the writer holds meanwhile
 *                            (a backup's copy, its read lock on the journal) is held that long
 *   UNFOLD_FAULT_SLOW_SYNC=PART:MS  the same for the first sync of such a file, or the first piece
 *                            of it written out (a backup's copy synced to a slow disk, after it
 *                            has let go of the journal)
 */
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string_view>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

// Counted from every thread: a backup is copied on a thread of its own.
std::atomic<long> counted = 0;
long failAt = -1;
int failErrno = ENOSPC;
std::atomic<int> reached = 0;
// The file the failed call wrote, synced or renamed to: the test tells which faults may pass unsaid.
char failedPath[4096] = "";

void loadSettings()
{
    static bool loaded = false;
    if (loaded)
        return;
    loaded = true;
    const char *at = getenv("UNFOLD_FAULT_AT");
    if (at && atol(at) > 0)
        failAt = atol(at);
    const char *error = getenv("UNFOLD_FAULT_ERRNO");
    if (error && atoi(error) > 0)
        failErrno = atoi(error);
}

void pathOf(int fd, char *target, size_t capacity);

/* True when this call is the one to fail. Writes to pipes and terminals (the command's own
 * output) are not counted: the faults are the disk's. A rename or link gives its new name. */
bool shouldFail(int fd, const char *name = nullptr)
{
    loadSettings();
    if (fd >= 0) {
        struct stat st
        {
        };
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
            return false;
    }
    if (++counted == failAt) {
        reached = 1;
        if (fd >= 0)
            pathOf(fd, failedPath, sizeof failedPath);
        else if (name)
            snprintf(failedPath, sizeof failedPath, "%s", name);
        // UNFOLD_FAULT_TRACE=1 shows where the failed call came from, when a row needs explaining.
        if (getenv("UNFOLD_FAULT_TRACE")) {
            void *frames[32];
            backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
        }
        errno = failErrno;
        return true;
    }
    return false;
}

/* The path `fd` was opened with, into `target` (empty when unknown). */
void pathOf(int fd, char *target, size_t capacity)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t size = readlink(link, target, capacity - 1);
    target[size > 0 ? size : 0] = '\0';
}

/* QLockFile syncs the lock it wrote and, by design, goes on whatever the sync says: a lock's
 * content is advice about who holds it, not data, and losing it loses nothing. Writing the
 * lock is still counted (a lock that cannot be written must be reported). */
bool isLockFile(int fd)
{
    char target[4096];
    pathOf(fd, target, sizeof target);
    const size_t length = strlen(target);
    return length > 5 && strcmp(target + length - 5, ".lock") == 0;
}

/* UNFOLD_FAULT_SLOW (writes) and UNFOLD_FAULT_SLOW_SYNC (syncs): the first such call on a file
 * whose path holds PART waits first, once a run each. */
std::atomic<bool> slowedWrite = false;
std::atomic<bool> slowedSync = false;

void maybeSlow(int fd, const char *setting = "UNFOLD_FAULT_SLOW", std::atomic<bool> &slowed = slowedWrite)
{
    const char *slow = getenv(setting);
    const char *colon = slow ? strrchr(slow, ':') : nullptr;
    if (!colon || slowed)
        return;
    char target[4096];
    pathOf(fd, target, sizeof target);
    const std::string_view part(slow, size_t(colon - slow));
    if (std::string_view(target).find(part) == std::string_view::npos || slowed.exchange(true))
        return;
    const long ms = atol(colon + 1);
    timespec wait{ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&wait, &wait) != 0 && errno == EINTR) {
    }
}

__attribute__((destructor)) void report()
{
    const char *path = getenv("UNFOLD_FAULT_REPORT");
    if (!path)
        return;
    /* The report itself must not be counted: write it with the real calls. */
    FILE *out = fopen(path, "w");
    if (!out)
        return;
    fprintf(out, "%ld %d %s\n", counted.load(), reached.load(), failedPath);
    fclose(out);
}

// The next definition of `name` in load order: libc's.
template <typename Function> Function real(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t size)
{
    maybeSlow(fd);
    if (shouldFail(fd))
        return -1;
    return real<ssize_t (*)(int, const void *, size_t)>("write")(fd, buffer, size);
}

ssize_t pwrite(int fd, const void *buffer, size_t size, off_t offset)
{
    maybeSlow(fd);
    if (shouldFail(fd))
        return -1;
    return real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite")(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t size, off_t offset)
{
    maybeSlow(fd);
    if (shouldFail(fd))
        return -1;
    return real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite64")(fd, buffer, size, offset);
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    maybeSlow(fd);
    if (shouldFail(fd))
        return -1;
    return real<ssize_t (*)(int, const struct iovec *, int)>("writev")(fd, vector, count);
}

// Syncing a folder after a rename is a hint some file systems refuse; Unfold, like SQLite, goes
// on without it, so only syncs of files are counted.
int fsync(int fd)
{
    maybeSlow(fd, "UNFOLD_FAULT_SLOW_SYNC", slowedSync);
    if (!isLockFile(fd) && shouldFail(fd))
        return -1;
    return real<int (*)(int)>("fsync")(fd);
}

int fdatasync(int fd)
{
    maybeSlow(fd, "UNFOLD_FAULT_SLOW_SYNC", slowedSync);
    if (!isLockFile(fd) && shouldFail(fd))
        return -1;
    return real<int (*)(int)>("fdatasync")(fd);
}

// A large file's data written out a piece at a time before its sync (a backup's copy): each
// piece is a sync the disk can refuse.
int sync_file_range(int fd, off64_t offset, off64_t count, unsigned int flags)
{
    maybeSlow(fd, "UNFOLD_FAULT_SLOW_SYNC", slowedSync);
    if (shouldFail(fd))
        return -1;
    return real<int (*)(int, off64_t, off64_t, unsigned int)>("sync_file_range")(fd, offset, count, flags);
}

int rename(const char *from, const char *to)
{
    if (shouldFail(-1, to))
        return -1;
    return real<int (*)(const char *, const char *)>("rename")(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    if (shouldFail(-1, to))
        return -1;
    return real<int (*)(int, const char *, int, const char *)>("renameat")(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    if (shouldFail(-1, to))
        return -1;
    return real<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2")(fromDir, from,
                                                                                          toDir, to, flags);
}

int link(const char *from, const char *to)
{
    if (shouldFail(-1, to))
        return -1;
    return real<int (*)(const char *, const char *)>("link")(from, to);
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags)
{
    if (shouldFail(-1, to))
        return -1;
    return real<int (*)(int, const char *, int, const char *, int)>("linkat")(fromDir, from, toDir, to,
                                                                              flags);
}

} // extern "C"
