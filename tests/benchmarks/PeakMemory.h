// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>

// Peak resident memory of this process so far, in MiB (Linux: VmHWM); -1 where it cannot be read.
inline double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}
