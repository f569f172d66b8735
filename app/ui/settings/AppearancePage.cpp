// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppearancePage.h"

#include "Appearance.h"
#include "Language.h"
#include "Preferences.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace unfold {

AppearancePage::AppearancePage(QWidget *parent) : SettingsPage(parent)
{
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of Unfold's windows; the window changes to it when the change is applied."));
    // The C locale (a bare environment) has no language name: no empty "()" then.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system")
                                                 : tr("As the system (%1)").arg(systemLanguage),
                        QString());
    for (const QString &code : Language::available())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::configured())));

    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("Light, dark or high-contrast windows, or as the desktop has them; "
                                         "changes as soon as it is applied."));
    m_theme->addItem(tr("As the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Preferences::Theme::HighContrast));
    m_theme->setItemData(m_theme->count() - 1,
                         tr("White text on black, yellow selection and focus, every control edged"),
                         Qt::ToolTipRole);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(Preferences::theme()))));

    auto *note = new QLabel(tr("The window changes to a new language when you apply it (what Undo could undo "
                               "until then is left behind). Pictures that are exported or printed are always "
                               "light."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(note);
}

QString AppearancePage::title() const
{
    return tr("&Appearance");
}

bool AppearancePage::apply()
{
    Language::setConfigured(m_language->currentData().toString());
    const auto theme = Preferences::Theme(m_theme->currentData().toInt());
    if (theme != Preferences::theme()) {
        Preferences::setTheme(theme);
        Appearance::apply(theme);
    }
    return true;
}

} // namespace unfold
