// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopColorScheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>

namespace unfold {

namespace {

const QString service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearance = QStringLiteral("org.freedesktop.appearance");
const QString colorScheme = QStringLiteral("color-scheme");
// The first read happens before the window shows, so it is not left to look light for a moment;
// a portal that takes longer than this is not waited for.
constexpr int readTimeoutMs = 1000;

// One call to the portal's Settings; the first answer's value, or an invalid variant.
QVariant readSetting(QDBusConnection &bus, const QString &method)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
    call << appearance << colorScheme;
    const QDBusMessage reply = bus.call(call, QDBus::Block, readTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst();
}

} // namespace

DesktopColorScheme::DesktopColorScheme(QObject *parent) : QObject(parent) {}

bool DesktopColorScheme::connectToPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    // Changes are subscribed to first, so none between the read and the subscription is missed.
    bus.connect(service, path, interface, QStringLiteral("SettingChanged"), this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    // ReadOne (version 2 of the interface) answers the value; older portals have only Read,
    // which wraps it in one more variant.
    QVariant value = readSetting(bus, QStringLiteral("ReadOne"));
    if (!value.isValid())
        value = readSetting(bus, QStringLiteral("Read"));
    if (!value.isValid())
        return false;
    setScheme(fromPortalValue(value));
    return true;
}

DesktopColorScheme::Scheme DesktopColorScheme::fromPortalValue(const QVariant &value)
{
    QVariant inner = value;
    for (int depth = 0; depth < 3 && inner.metaType() == QMetaType::fromType<QDBusVariant>(); ++depth)
        inner = inner.value<QDBusVariant>().variant();
    if (inner.metaType() != QMetaType::fromType<uint>())
        return Scheme::NoPreference;
    switch (inner.toUInt()) {
    case 1:
        return Scheme::Dark;
    case 2:
        return Scheme::Light;
    default:
        return Scheme::NoPreference;
    }
}

void DesktopColorScheme::settingChanged(const QString &nameSpace, const QString &key, const QVariant &value)
{
    if (nameSpace == appearance && key == colorScheme)
        setScheme(fromPortalValue(value));
}

void DesktopColorScheme::portalSettingChanged(const QString &nameSpace, const QString &key,
                                              const QDBusVariant &value)
{
    settingChanged(nameSpace, key, value.variant());
}

void DesktopColorScheme::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    Q_EMIT schemeChanged(scheme);
}

} // namespace unfold
