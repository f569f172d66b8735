// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unfold::PrivateFiles {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
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
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkdir(path, ownerOnly) && !QFileInfo(path).isDir()) {
        *error = QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool createEmptyFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = systemError();
        return false;
    }
    ::close(fd);
    return true;
}

QString temporaryNameBeside(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1String(".") +
           QString::number(QRandomGenerator::global()->generate(), 16) + QLatin1String(".part");
}

bool commitTemporary(const QString &temporary, const QString &target, QString *error)
{
    const QByteArray from = QFile::encodeName(temporary);
    const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = systemError();
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    const QByteArray to = QFile::encodeName(target);
    if (std::rename(from.constData(), to.constData()) != 0) {
        *error = systemError();
        return false;
    }
    // The rename lives in the folder: until the folder is on disk too, a power cut can bring
    // back the old name. The copy itself is complete by now, so a folder that cannot be synced
    // (some file systems refuse) is no reason to report failure.
    const QByteArray folder = QFile::encodeName(QFileInfo(target).absolutePath());
    const int folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd >= 0) {
        ::fsync(folderFd);
        ::close(folderFd);
    }
    return true;
}

bool writeAtomically(const QString &target, const QByteArray &bytes, QString *error)
{
    const QString temporary = temporaryNameBeside(target);
    if (!createEmptyFile(temporary, error))
        return false;
    QFile file(temporary);
    bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
    if (!ok)
        *error = file.errorString();
    file.close();
    ok = ok && commitTemporary(temporary, target, error);
    if (!ok)
        QFile::remove(temporary);
    return ok;
}

} // namespace unfold::PrivateFiles
