// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartKind.h"

namespace unfold {

QList<ChartKind> ChartKinds::all()
{
    return {ChartKind::Trust,  ChartKind::Reciprocity, ChartKind::Depth,     ChartKind::Breadth,
            ChartKind::Layers, ChartKind::Topics,      ChartKind::Perception};
}

QString ChartKinds::key(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trust:
        return QStringLiteral("trust");
    case ChartKind::Reciprocity:
        return QStringLiteral("reciprocity");
    case ChartKind::Depth:
        return QStringLiteral("depth");
    case ChartKind::Breadth:
        return QStringLiteral("breadth");
    case ChartKind::Layers:
        return QStringLiteral("layers");
    case ChartKind::Topics:
        return QStringLiteral("topics");
    case ChartKind::Perception:
        return QStringLiteral("perception");
    }
    return {};
}

std::optional<ChartKind> ChartKinds::fromKey(const QString &key)
{
    for (ChartKind kind : all()) {
        if (ChartKinds::key(kind).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ChartKinds::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trust:
        return tr("Trust and closeness over time");
    case ChartKind::Reciprocity:
        return tr("Felt and logged reciprocity over time");
    case ChartKind::Depth:
        return tr("Depth of sharing per person");
    case ChartKind::Breadth:
        return tr("Topics reached per person (cumulative)");
    case ChartKind::Layers:
        return tr("Layer mix per session");
    case ChartKind::Topics:
        return tr("Deepest layer per topic");
    case ChartKind::Perception:
        return tr("Two accounts: how deep each went");
    }
    return {};
}

} // namespace unfold
