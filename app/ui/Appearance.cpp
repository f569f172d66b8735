// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "FocusFrameStyle.h"
#include "FocusRing.h"
#include "HighContrastStyle.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

namespace unfold::Appearance {

namespace {

const QString fusion = QStringLiteral("Fusion");

// The style Qt chose for this desktop, remembered before Unfold first replaces it.
QString platformStyle()
{
    static const QString name = QApplication::style()->name();
    return name;
}

void setColour(QPalette &palette, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    palette.setColor(QPalette::All, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}

// The desktop's scheme, once followDesktop() has been called.
QPointer<DesktopColorScheme> &desktopScheme()
{
    static QPointer<DesktopColorScheme> scheme;
    return scheme;
}

// Whether the platform theme draws dark already (Qt 6.5 and later know; 6.4 does not).
bool platformIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#else
    return false;
#endif
}

} // namespace

Preferences::Theme systemLook(DesktopColorScheme::Scheme desktop, bool platformDark)
{
    using Scheme = DesktopColorScheme::Scheme;
    if (desktop == Scheme::Dark && !platformDark)
        return Preferences::Theme::Dark;
    if (desktop == Scheme::Light && platformDark)
        return Preferences::Theme::Light;
    return Preferences::Theme::System;
}

void followDesktop(DesktopColorScheme *desktop)
{
    desktopScheme() = desktop;
    QObject::connect(desktop, &DesktopColorScheme::schemeChanged, qApp, [] {
        if (Preferences::theme() == Preferences::Theme::System)
            apply(Preferences::Theme::System);
    });
    apply(Preferences::theme());
}

void apply(Preferences::Theme chosen)
{
    Preferences::Theme theme = chosen;
    if (const DesktopColorScheme *desktop = desktopScheme().data();
        desktop && chosen == Preferences::Theme::System)
        theme = systemLook(desktop->scheme(), platformIsDark());
    const QString original = platformStyle();
    static bool replaced = false;
    // Only while the high-contrast theme is on; owned by the application.
    static QPointer<FocusRing> ring;
    const bool highContrast = theme == Preferences::Theme::HighContrast;
    if (!highContrast)
        delete ring.data();
    if (theme == Preferences::Theme::System) {
        if (!replaced)
            return; // the platform's look is there already: nothing to undo
        QApplication::setStyle(original);
        // An empty palette resolves every colour from the style and the platform theme.
        QApplication::setPalette(QPalette());
        replaced = false;
        return;
    }
    // The application owns the style it is given and deletes the one it replaces.
    if (highContrast && !qobject_cast<HighContrastStyle *>(QApplication::style()))
        QApplication::setStyle(new HighContrastStyle);
    else if (!highContrast && !qobject_cast<FocusFrameStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusFrameStyle);
    QApplication::setPalette(highContrast                        ? highContrastPalette()
                             : theme == Preferences::Theme::Dark ? darkPalette()
                                                                 : lightPalette());
    if (highContrast && !ring)
        ring = new FocusRing(qApp);
    replaced = true;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> style(QStyleFactory::create(fusion));
    QPalette palette = style ? style->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    // Fusion's own blue is a little light for white text on it; this one reads at 4.5:1.
    setColour(palette, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb0), QColor(0x91, 0x91, 0x91));
    setColour(palette, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
    return palette;
}

QPalette highContrastPalette()
{
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor cyan(0x00, 0xff, 0xff);
    // Grey enough to tell a disabled control from an enabled one at a glance, light enough to
    // read (8:1 on black).
    const QColor disabledText(0xa0, 0xa0, 0xa0);
    QPalette palette;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
        setColour(palette, role, black, black);
    // Alternate rows a shade off black, so long tables keep their rhythm; text on it stays 19:1.
    setColour(palette, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a), QColor(0x1a, 0x1a, 0x1a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText})
        setColour(palette, role, white, disabledText);
    setColour(palette, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0), disabledText);
    // The shading roles draw lines (separators, sunken frames): white, or they vanish on black.
    for (const auto role :
         {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        setColour(palette, role, white, disabledText);
    // Selection and focus frames in yellow, black text on it; links in cyan.
    setColour(palette, QPalette::Highlight, yellow, disabledText);
    setColour(palette, QPalette::HighlightedText, black, black);
    setColour(palette, QPalette::Link, cyan, disabledText);
    setColour(palette, QPalette::LinkVisited, cyan, disabledText);
    return palette;
}

QPalette darkPalette()
{
    const QColor text(0xee, 0xef, 0xf1);
    const QColor disabledText(0x80, 0x84, 0x8c);
    QPalette palette;
    setColour(palette, QPalette::Window, QColor(0x2b, 0x2d, 0x31), QColor(0x2b, 0x2d, 0x31));
    setColour(palette, QPalette::WindowText, text, disabledText);
    setColour(palette, QPalette::Base, QColor(0x1f, 0x20, 0x23), QColor(0x26, 0x28, 0x2b));
    setColour(palette, QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d), QColor(0x27, 0x29, 0x2d));
    setColour(palette, QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42), QColor(0x3a, 0x3d, 0x42));
    setColour(palette, QPalette::ToolTipText, text, disabledText);
    setColour(palette, QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa6), disabledText);
    setColour(palette, QPalette::Text, text, disabledText);
    setColour(palette, QPalette::Button, QColor(0x36, 0x39, 0x3e), QColor(0x30, 0x32, 0x36));
    setColour(palette, QPalette::ButtonText, text, disabledText);
    setColour(palette, QPalette::BrightText, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80));
    setColour(palette, QPalette::Light, QColor(0x4a, 0x4e, 0x55), QColor(0x4a, 0x4e, 0x55));
    setColour(palette, QPalette::Midlight, QColor(0x40, 0x43, 0x49), QColor(0x40, 0x43, 0x49));
    setColour(palette, QPalette::Mid, QColor(0x30, 0x32, 0x37), QColor(0x30, 0x32, 0x37));
    setColour(palette, QPalette::Dark, QColor(0x1c, 0x1d, 0x20), QColor(0x1c, 0x1d, 0x20));
    setColour(palette, QPalette::Shadow, QColor(0x0e, 0x0f, 0x10), QColor(0x0e, 0x0f, 0x10));
    // Light enough that Fusion's focus frames (drawn a shade darker than this) stand out on
    // the dark window; dark text on it keeps selected text readable.
    setColour(palette, QPalette::Highlight, QColor(0x6c, 0xb4, 0xf5), QColor(0x4a, 0x4e, 0x55));
    setColour(palette, QPalette::HighlightedText, QColor(0x10, 0x12, 0x14), disabledText);
    setColour(palette, QPalette::Link, QColor(0x8a, 0xc4, 0xff), disabledText);
    setColour(palette, QPalette::LinkVisited, QColor(0xc8, 0xa8, 0xff), disabledText);
    return palette;
}

} // namespace unfold::Appearance
