// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentJournals.h"

#include <QFileInfo>
#include <QSettings>

namespace unfold::RecentJournals {

namespace {
const QString key = QStringLiteral("recentJournals");

void store(const QStringList &paths)
{
    QSettings().setValue(key, paths);
}
} // namespace

QStringList list()
{
    QStringList result;
    const QStringList stored = QSettings().value(key).toStringList();
    for (const QString &path : stored)
        if (QFileInfo::exists(path))
            result.append(path);
    return result;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, maximumCount));
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void clear()
{
    store({});
}

} // namespace unfold::RecentJournals
