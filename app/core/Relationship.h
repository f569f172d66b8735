// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace unfold {

// The kinds of relationship DESIGN.md §2 names; stored by their key so the file stays readable.
enum class RelationshipKind
{
    Partner,
    Friend,
    Family,
    Colleague,
    ClientCouple,
    Other
};

// Altman & Taylor's stages, as the user sees their relationship; Unset until they choose.
enum class Stage
{
    Unset,
    Orientation,
    ExploratoryAffective,
    Affective,
    Stable,
    Depenetration
};

// Two people and how the user sees what is between them. Person A is the first person:
// in a personal journal, the user.
struct Relationship
{
    qint64 id = 0;
    qint64 personA = 0;
    qint64 personB = 0;
    RelationshipKind kind = RelationshipKind::Friend;
    QDate started;
    Stage stage = Stage::Unset;

    friend bool operator==(const Relationship &, const Relationship &) = default;
};

QString relationshipKindKey(RelationshipKind kind);
RelationshipKind relationshipKindFromKey(const QString &key);
QString stageKey(Stage stage);
Stage stageFromKey(const QString &key);

} // namespace unfold
