// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "FocusFrameStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

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

} // namespace

void apply(Preferences::Theme theme)
{
    const QString original = platformStyle();
    static bool replaced = false;
    if (theme == Preferences::Theme::System) {
        if (!replaced)
            return; // the platform's look is there already: nothing to undo
        QApplication::setStyle(original);
        // An empty palette resolves every colour from the style and the platform theme.
        QApplication::setPalette(QPalette());
        replaced = false;
        return;
    }
    if (!qobject_cast<FocusFrameStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusFrameStyle); // the application owns and deletes it
    QApplication::setPalette(theme == Preferences::Theme::Dark ? darkPalette() : lightPalette());
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
