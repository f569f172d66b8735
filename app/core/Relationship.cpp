// SPDX-License-Identifier: GPL-3.0-or-later
#include "Relationship.h"

#include <array>
#include <utility>

namespace unfold {

namespace {

constexpr std::array kindKeys{
    std::pair{RelationshipKind::Partner, "partner"},
    std::pair{RelationshipKind::Friend, "friend"},
    std::pair{RelationshipKind::Family, "family"},
    std::pair{RelationshipKind::Colleague, "colleague"},
    std::pair{RelationshipKind::ClientCouple, "client-couple"},
    std::pair{RelationshipKind::Other, "other"},
};

constexpr std::array stageKeys{
    std::pair{Stage::Unset, ""},
    std::pair{Stage::Orientation, "orientation"},
    std::pair{Stage::ExploratoryAffective, "exploratory-affective"},
    std::pair{Stage::Affective, "affective"},
    std::pair{Stage::Stable, "stable"},
    std::pair{Stage::Depenetration, "depenetration"},
};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key, Enum fallback)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1StringView(k))
            return e;
    return fallback;
}
} // namespace

QString relationshipKindKey(RelationshipKind kind)
{
    return keyOf(kindKeys, kind);
}
RelationshipKind relationshipKindFromKey(const QString &key)
{
    return valueOf(kindKeys, key, RelationshipKind::Other);
}
QString stageKey(Stage stage)
{
    return keyOf(stageKeys, stage);
}
Stage stageFromKey(const QString &key)
{
    return valueOf(stageKeys, key, Stage::Unset);
}

} // namespace unfold
