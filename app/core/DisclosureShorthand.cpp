// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureShorthand.h"

#include <QRegularExpression>

namespace unfold {

std::optional<DisclosureShorthand::Entry> DisclosureShorthand::parse(const QString &text, int topicCount,
                                                                     int layerCount, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<Entry> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Spaced: "a 4 2 note"; compact: "a42 note" (the last digit of the run is the depth).
    static const QRegularExpression spaced(
        QStringLiteral("^\\s*([abAB])\\s+(\\d{1,2})\\s+(\\d)(?:\\s+(.*))?$"));
    static const QRegularExpression compact(QStringLiteral("^\\s*([abAB])\\s*(\\d{1,2})(\\d)(?:\\s+(.*))?$"));
    QRegularExpressionMatch match = spaced.match(text);
    if (!match.hasMatch())
        match = compact.match(text);
    if (!match.hasMatch())
        return failWith(tr("Type who, topic number and layer, e.g. \"a 4 2\" or \"b42\"."));

    Entry entry;
    entry.speaker =
        match.captured(1).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0 ? Speaker::B : Speaker::A;
    entry.topicNumber = match.captured(2).toInt();
    entry.depth = match.captured(3).toInt();
    entry.note = match.captured(4).trimmed();
    if (entry.topicNumber < 1 || entry.topicNumber > topicCount)
        return failWith(
            tr("There is no topic %1; topics are numbered 1 to %2.").arg(entry.topicNumber).arg(topicCount));
    if (entry.depth < 1 || entry.depth > layerCount)
        return failWith(
            tr("There is no layer %1; layers are numbered 1 to %2.").arg(entry.depth).arg(layerCount));
    return entry;
}

} // namespace unfold
