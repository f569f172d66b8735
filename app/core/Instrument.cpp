// SPDX-License-Identifier: GPL-3.0-or-later
#include "Instrument.h"

#include <QLocale>

namespace unfold {

QString LocalizedText::text(const QString &language) const
{
    const QString wanted = language.isEmpty() ? QLocale().name() : language;
    if (const QString exact = byLanguage.value(wanted); !exact.isEmpty())
        return exact;
    // "de_CH" falls back to "de" before English.
    if (const QString base = byLanguage.value(wanted.section(QLatin1Char('_'), 0, 0)); !base.isEmpty())
        return base;
    return byLanguage.value(QStringLiteral("en"));
}

QString ResponseScale::anchorLabel(int value, const QString &language) const
{
    for (const ScaleAnchor &anchor : anchors) {
        if (anchor.value == value)
            return anchor.label.text(language);
    }
    return {};
}

const InstrumentItem *Instrument::item(const QString &itemId) const
{
    for (const InstrumentItem &i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

const Subscale *Instrument::subscale(const QString &subscaleId) const
{
    for (const Subscale &s : subscales) {
        if (s.id == subscaleId)
            return &s;
    }
    return nullptr;
}

QList<const InstrumentItem *> Instrument::itemsOf(const QString &subscaleId) const
{
    QList<const InstrumentItem *> result;
    for (const InstrumentItem &i : items) {
        if (i.subscale == subscaleId)
            result.append(&i);
    }
    return result;
}

int Instrument::itemMin(const InstrumentItem &i) const
{
    return i.kind == ItemKind::Circles ? circlesMin : scale.min;
}
int Instrument::itemMax(const InstrumentItem &i) const
{
    return i.kind == ItemKind::Circles ? circlesMax : scale.max;
}

} // namespace unfold
