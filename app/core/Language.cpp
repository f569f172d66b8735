// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <optional>

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

namespace {

// The translators installed last: installing another language replaces them.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// The language of Unfold's own translator installed last; English when none was.
QLocale &localeInUse()
{
    static QLocale inUse(QLocale::English);
    return inUse;
}

// Installs `name` (for `locale`, or the file of that name when there is none) from the first of
// `folders` that holds it. Parented to the application, so it lives no longer than it does.
bool installFirst(const std::optional<QLocale> &locale, const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        const bool loaded = locale ? translator->load(*locale, name, QStringLiteral("_"), folder)
                                   : translator->load(name, folder);
        if (loaded && QCoreApplication::installTranslator(translator)) {
            installedTranslators().append(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

void install(const QString &code)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators()))
        delete translator.data(); // a deleted translator is removed from the application
    installedTranslators().clear();
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // English plural forms first, beneath the language's own: "%n session(s)" reads "1 session" /
    // "2 sessions" in English, and a language's translator, installed later, is asked before it.
    installFirst(std::nullopt, QStringLiteral("unfold_en"), translationFolders());
    localeInUse() = installFirst(locale, QStringLiteral("unfold"), translationFolders())
                        ? QLocale(locale.language())
                        : QLocale(QLocale::English);
    installFirst(locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
}

QString nameInUse()
{
    // English by its plain name, not "American English" as the locale would call it.
    return localeInUse().language() == QLocale::English ? QStringLiteral("English")
                                                        : localeInUse().nativeLanguageName();
}

} // namespace unfold::Language
