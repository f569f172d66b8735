// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "JournalBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <QStandardPaths>
#include <sys/stat.h>

#include <algorithm>

namespace unfold::Preferences {

namespace {

const QString themeKey = QStringLiteral("appearance/theme");
const QString formatKey = QStringLiteral("pictures/format");
const QString widthKey = QStringLiteral("pictures/width");
const QString dpiKey = QStringLiteral("pictures/dpi");
const QString backupKey = QStringLiteral("folders/backups");
const QString journalKey = QStringLiteral("folders/journals");
const QString lockKey = QStringLiteral("privacy/lock-minutes");
const QString desktopRecentKey = QStringLiteral("privacy/desktop-recent-files");

// Words rather than numbers in the settings file, so it stays readable and reorderable.
const QStringList themeNames{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                             QStringLiteral("high-contrast")};

void store(const QString &key, const QVariant &value, const QVariant &fallback)
{
    QSettings settings;
    if (value == fallback)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

int storedNumber(const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = QSettings().value(key).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

QString storedFolder(const QString &key, const QString &fallback)
{
    const QString folder = QSettings().value(key).toString();
    return folder.isEmpty() || QDir::isRelativePath(folder) ? fallback : QDir::cleanPath(folder);
}

} // namespace

Theme theme()
{
    const qsizetype index = themeNames.indexOf(QSettings().value(themeKey).toString());
    return index < 0 ? Theme::System : Theme(index);
}

void setTheme(Theme theme)
{
    store(themeKey, themeNames.value(int(theme)), themeNames.first());
}

QStringList exportFormats()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

QString exportFormat()
{
    const QString stored = QSettings().value(formatKey).toString();
    return exportFormats().contains(stored) ? stored : exportFormats().first();
}

void setExportFormat(const QString &suffix)
{
    if (exportFormats().contains(suffix))
        store(formatKey, suffix, exportFormats().first());
}

int exportWidth()
{
    return storedNumber(widthKey, defaultExportWidth, minimumExportWidth, maximumExportWidth);
}

void setExportWidth(int width)
{
    store(widthKey, std::clamp(width, minimumExportWidth, maximumExportWidth), defaultExportWidth);
}

int exportDpi()
{
    return storedNumber(dpiKey, defaultExportDpi, minimumExportDpi, maximumExportDpi);
}

void setExportDpi(int dpi)
{
    store(dpiKey, std::clamp(dpi, minimumExportDpi, maximumExportDpi), defaultExportDpi);
}

QString defaultBackupFolder()
{
    return JournalBackups::defaultFolder();
}

QString backupFolder()
{
    return storedFolder(backupKey, defaultBackupFolder());
}

void setBackupFolder(const QString &folder)
{
    const QString fallback = QDir::cleanPath(defaultBackupFolder());
    store(backupKey, folder.isEmpty() ? fallback : QDir::cleanPath(folder), fallback);
}

QString defaultJournalFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString journalFolder()
{
    return storedFolder(journalKey, defaultJournalFolder());
}

void setJournalFolder(const QString &folder)
{
    const QString fallback = QDir::cleanPath(defaultJournalFolder());
    store(journalKey, folder.isEmpty() ? fallback : QDir::cleanPath(folder), fallback);
}

QString defaultJournalPath()
{
    return journalFolder() + QStringLiteral("/journal.unfold");
}

int lockMinutes()
{
    return storedNumber(lockKey, defaultLockMinutes, 0, maximumLockMinutes);
}

void setLockMinutes(int minutes)
{
    store(lockKey, std::clamp(minutes, 0, maximumLockMinutes), defaultLockMinutes);
}

bool listInDesktopRecent()
{
    return QSettings().value(desktopRecentKey, defaultListInDesktopRecent).toBool();
}

void setListInDesktopRecent(bool listed)
{
    store(desktopRecentKey, listed, defaultListInDesktopRecent);
}

void keepPrivate()
{
    const QString file = QSettings().fileName();
    const QByteArray folder = QFile::encodeName(QFileInfo(file).absolutePath());
    if (QFileInfo(file).isFile())
        ::chmod(QFile::encodeName(file).constData(), S_IRUSR | S_IWUSR);
    if (QFileInfo(QFileInfo(file).absolutePath()).isDir())
        ::chmod(folder.constData(), S_IRWXU);
}

} // namespace unfold::Preferences
