// SPDX-License-Identifier: GPL-3.0-or-later
// Stable keys under which enums are stored, so a journal stays readable by people and tools.
#include "Disclosure.h"
#include "Session.h"

namespace unfold {

QString sessionContextKey(SessionContext context)
{
    switch (context) {
    case SessionContext::InPerson:
        return QStringLiteral("in-person");
    case SessionContext::Video:
        return QStringLiteral("video");
    case SessionContext::Phone:
        return QStringLiteral("phone");
    case SessionContext::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("in-person");
}

SessionContext sessionContextFromKey(const QString &key)
{
    if (key == QLatin1StringView("video"))
        return SessionContext::Video;
    if (key == QLatin1StringView("phone"))
        return SessionContext::Phone;
    if (key == QLatin1StringView("text"))
        return SessionContext::Text;
    return SessionContext::InPerson;
}

QString receptionKey(Reception reception)
{
    switch (reception) {
    case Reception::Responsive:
        return QStringLiteral("responsive");
    case Reception::Neutral:
        return QStringLiteral("neutral");
    case Reception::Dismissive:
        return QStringLiteral("dismissive");
    }
    return {};
}

std::optional<Reception> receptionFromKey(const QString &key)
{
    if (key == QLatin1StringView("responsive"))
        return Reception::Responsive;
    if (key == QLatin1StringView("neutral"))
        return Reception::Neutral;
    if (key == QLatin1StringView("dismissive"))
        return Reception::Dismissive;
    return std::nullopt;
}

} // namespace unfold
