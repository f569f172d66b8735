// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariant>

class QDBusVariant;

namespace unfold {

// The colour scheme the desktop prefers, as the freedesktop appearance portal tells it
// (org.freedesktop.portal.Settings, "org.freedesktop.appearance" "color-scheme"), read once and
// then followed as the user changes it. GNOME, KDE and others answer there whatever Qt's own
// platform theme knows. Without a session bus or a portal the scheme stays NoPreference, and
// Unfold looks as the platform draws it.
class DesktopColorScheme final : public QObject
{
    Q_OBJECT

public:
    // The portal's own numbers: 0 no preference, 1 prefer dark, 2 prefer light.
    enum class Scheme
    {
        NoPreference,
        Dark,
        Light
    };
    Q_ENUM(Scheme)

    explicit DesktopColorScheme(QObject *parent = nullptr);

    // Asks the portal on the session bus and subscribes to its changes. False when there is no
    // bus or no portal that knows the setting; the scheme is then NoPreference.
    bool connectToPortal();

    Scheme scheme() const { return m_scheme; }

    // A portal value (unsigned 0, 1 or 2, perhaps inside one or two D-Bus variants, as Read
    // wraps it) as a scheme; anything else is NoPreference.
    static Scheme fromPortalValue(const QVariant &value);

    // The portal's SettingChanged signal; other settings are ignored.
    void settingChanged(const QString &nameSpace, const QString &key, const QVariant &value);

Q_SIGNALS:
    void schemeChanged(unfold::DesktopColorScheme::Scheme scheme);

private Q_SLOTS:
    // QtDBus delivers signals only to slots named by signature, hence a slot of its own.
    void portalSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);

private:
    void setScheme(Scheme scheme);

    Scheme m_scheme = Scheme::NoPreference;
};

} // namespace unfold
