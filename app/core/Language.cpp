// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace unfold::Language {

namespace {
const QString settingsKey = QStringLiteral("language");
}

QString configured()
{
    return QSettings().value(settingsKey).toString();
}

void setConfigured(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("pt")};
}

QStringList translationFolders()
{
    // Installed beside the binary as share/unfold/translations; a build that is not installed
    // has only the copy built into it.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/unfold/translations");
    return {QDir::cleanPath(installed), QStringLiteral(":/i18n")};
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    // Someone in Portugal who chooses Portuguese wants Portugal's dates and first day of the
    // week, not Brazil's, which QLocale("pt") would give: keep the system's country when it
    // speaks the chosen language.
    return chosen.language() == system.language() ? system : chosen;
}

void install(const QString &code)
{
    const QLocale locale = localeFor(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // Parented to the application, so they live exactly as long as it does. English plural forms
    // first, beneath the language's own: "%n session(s)" reads "1 session" / "2 sessions" in
    // English, and a language's translator, installed later, is asked before it.
    auto *plurals = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : translationFolders()) {
        if (plurals->load(QStringLiteral("unfold_en"), folder)) {
            QCoreApplication::installTranslator(plurals);
            break;
        }
    }
    auto *ours = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : translationFolders()) {
        if (ours->load(locale, QStringLiteral("unfold"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(ours);
            break;
        }
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace unfold::Language
