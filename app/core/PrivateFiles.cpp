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
QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }
} // namespace

bool ensureDirectory(const QString &dir, QString *error)
{
    QFileInfo info(dir);
    if (info.isDir())
        return true;
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1String(".")
        + QString::number(QRandomGenerator::global()->generate(), 16) + QLatin1String(".part");
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
    return true;
}

} // namespace unfold::PrivateFiles
