// SPDX-License-Identifier: GPL-3.0-or-later
// Dark mode follows the desktop: the appearance portal's color-scheme values (0, 1, 2, and the
// variants D-Bus wraps them in) map to no preference, dark and light; a SettingChanged signal
// changes the look live while the theme is "As the system", and nothing else; a theme chosen in
// Settings wins over the desktop. No portal is needed: the signal is fed as the bus delivers it.

#include "Appearance.h"
#include "DesktopColorScheme.h"
#include "Preferences.h"

#include <QApplication>
#include <QDBusVariant>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace unfold;
using Scheme = DesktopColorScheme::Scheme;
using Theme = Preferences::Theme;

Q_DECLARE_METATYPE(unfold::Preferences::Theme)

namespace {

const QString appearance = QStringLiteral("org.freedesktop.appearance");
const QString colorScheme = QStringLiteral("color-scheme");

QVariant wrapped(const QVariant &value)
{
    return QVariant::fromValue(QDBusVariant(value));
}

QColor window()
{
    return QApplication::palette().color(QPalette::Window);
}

} // namespace

class TestDesktopColorScheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void portalValues_data();
    void portalValues();
    void systemLook_data();
    void systemLook();
    void changesArriveAsSignals();
    void otherSettingsAreIgnored();
    void theSystemThemeFollowsLive();
    void aChosenThemeWins();

private:
    QColor m_platformWindow;
};

void TestDesktopColorScheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The offscreen platform draws light, and Qt 6.4 cannot tell what it draws: either way not dark.
    m_platformWindow = window();
    QVERIFY(m_platformWindow.lightnessF() > 0.5);
}

void TestDesktopColorScheme::cleanupTestCase()
{
    QSettings().clear();
}

void TestDesktopColorScheme::portalValues_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Scheme>("scheme");
    QTest::newRow("0: no preference") << QVariant(0u) << Scheme::NoPreference;
    QTest::newRow("1: prefer dark") << QVariant(1u) << Scheme::Dark;
    QTest::newRow("2: prefer light") << QVariant(2u) << Scheme::Light;
    QTest::newRow("unknown number") << QVariant(7u) << Scheme::NoPreference;
    QTest::newRow("ReadOne: one variant") << wrapped(1u) << Scheme::Dark;
    QTest::newRow("Read: two variants") << wrapped(wrapped(2u)) << Scheme::Light;
    QTest::newRow("a string") << QVariant(QStringLiteral("1")) << Scheme::NoPreference;
    QTest::newRow("signed") << QVariant(1) << Scheme::NoPreference;
    QTest::newRow("nothing") << QVariant() << Scheme::NoPreference;
}

void TestDesktopColorScheme::portalValues()
{
    QFETCH(QVariant, value);
    QFETCH(Scheme, scheme);
    QCOMPARE(DesktopColorScheme::fromPortalValue(value), scheme);
}

void TestDesktopColorScheme::systemLook_data()
{
    QTest::addColumn<Scheme>("desktop");
    QTest::addColumn<bool>("platformIsDark");
    QTest::addColumn<Theme>("look");
    QTest::newRow("no preference") << Scheme::NoPreference << false << Theme::System;
    QTest::newRow("no preference, dark platform") << Scheme::NoPreference << true << Theme::System;
    QTest::newRow("dark on a light platform") << Scheme::Dark << false << Theme::Dark;
    QTest::newRow("dark on a dark platform") << Scheme::Dark << true << Theme::System;
    QTest::newRow("light on a light platform") << Scheme::Light << false << Theme::System;
    QTest::newRow("light on a dark platform") << Scheme::Light << true << Theme::Light;
}

void TestDesktopColorScheme::systemLook()
{
    QFETCH(Scheme, desktop);
    QFETCH(bool, platformIsDark);
    QFETCH(Theme, look);
    QCOMPARE(Appearance::systemLook(desktop, platformIsDark), look);
}

void TestDesktopColorScheme::changesArriveAsSignals()
{
    DesktopColorScheme desktop;
    QSignalSpy changed(&desktop, &DesktopColorScheme::schemeChanged);
    QCOMPARE(desktop.scheme(), Scheme::NoPreference);
    desktop.settingChanged(appearance, colorScheme, 1u);
    QCOMPARE(desktop.scheme(), Scheme::Dark);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Scheme>(), Scheme::Dark);
    desktop.settingChanged(appearance, colorScheme, 1u); // the same again: no change
    QCOMPARE(changed.size(), 1);
    desktop.settingChanged(appearance, colorScheme, 0u);
    QCOMPARE(desktop.scheme(), Scheme::NoPreference);
    QCOMPARE(changed.size(), 2);
}

void TestDesktopColorScheme::otherSettingsAreIgnored()
{
    DesktopColorScheme desktop;
    QSignalSpy changed(&desktop, &DesktopColorScheme::schemeChanged);
    desktop.settingChanged(appearance, QStringLiteral("accent-color"), 1u);
    desktop.settingChanged(QStringLiteral("org.gnome.desktop.interface"), colorScheme, 1u);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(desktop.scheme(), Scheme::NoPreference);
}

void TestDesktopColorScheme::theSystemThemeFollowsLive()
{
    Preferences::setTheme(Theme::System);
    DesktopColorScheme desktop;
    Appearance::followDesktop(&desktop);
    QCOMPARE(window(), m_platformWindow);

    desktop.settingChanged(appearance, colorScheme, 1u);
    QCOMPARE(window(), Appearance::darkPalette().color(QPalette::Window));
    desktop.settingChanged(appearance, colorScheme, 2u);
    QCOMPARE(window(), m_platformWindow); // light is what the platform draws already
    desktop.settingChanged(appearance, colorScheme, 1u);
    QCOMPARE(window(), Appearance::darkPalette().color(QPalette::Window));
    desktop.settingChanged(appearance, colorScheme, 0u);
    QCOMPARE(window(), m_platformWindow);
    // Settings › Appearance › As the system, chosen while the desktop is dark: dark at once.
    desktop.settingChanged(appearance, colorScheme, 1u);
    Preferences::setTheme(Theme::Light);
    Appearance::apply(Theme::Light);
    QCOMPARE(window(), Appearance::lightPalette().color(QPalette::Window));
    Preferences::setTheme(Theme::System);
    Appearance::apply(Theme::System);
    QCOMPARE(window(), Appearance::darkPalette().color(QPalette::Window));
    desktop.settingChanged(appearance, colorScheme, 0u);
}

void TestDesktopColorScheme::aChosenThemeWins()
{
    DesktopColorScheme desktop;
    Appearance::followDesktop(&desktop);
    Preferences::setTheme(Theme::Light);
    Appearance::apply(Theme::Light);
    desktop.settingChanged(appearance, colorScheme, 1u);
    QCOMPARE(window(), Appearance::lightPalette().color(QPalette::Window));
    Preferences::setTheme(Theme::HighContrast);
    Appearance::apply(Theme::HighContrast);
    desktop.settingChanged(appearance, colorScheme, 2u);
    QCOMPARE(window(), Appearance::highContrastPalette().color(QPalette::Window));
    Preferences::setTheme(Theme::System);
    Appearance::apply(Theme::System);
}

QTEST_MAIN(TestDesktopColorScheme)
#include "test_desktop_color_scheme.moc"
