// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace unfold::Language {

// The language chosen in Settings: a code such as "de", or empty to follow the system.
QString configured();
void setConfigured(const QString &code);

// The languages Unfold ships, as codes ("en", "de").
QStringList available();

// The locale for `code`, which dates, numbers and the first day of the week follow: the
// system's when `code` is empty or the system speaks that language, else the language's own.
QLocale localeFor(const QString &code);

// Where Unfold's translations are looked for, first to last.
QStringList translationFolders();

// Installs Unfold's and Qt's own translations for `code` (empty: the system's languages)
// into the running application. English needs none.
void install(const QString &code);

// The language the last install() gave Unfold's words, by its own name ("Deutsch"): English where
// no translation of the chosen or system language is shipped.
QString nameInUse();

} // namespace unfold::Language
