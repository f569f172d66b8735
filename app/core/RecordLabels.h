// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "Relationship.h"
#include "Session.h"

#include <QString>

namespace unfold::RecordLabels {

// The words the user reads for each stored key, in their language.
QString kind(RelationshipKind kind);
QString stage(Stage stage);
// What a stage means in Altman and Taylor's account, in a sentence, for choosing one.
QString stageMeaning(Stage stage);
QString context(SessionContext context);
QString reception(std::optional<Reception> reception);
QString mood(std::optional<int> mood);

inline constexpr RelationshipKind allKinds[] = {RelationshipKind::Partner,      RelationshipKind::Friend,
                                                RelationshipKind::Family,       RelationshipKind::Colleague,
                                                RelationshipKind::ClientCouple, RelationshipKind::Other};
inline constexpr Stage allStages[] = {Stage::Unset,     Stage::Orientation, Stage::ExploratoryAffective,
                                      Stage::Affective, Stage::Stable,      Stage::Depenetration};
inline constexpr SessionContext allContexts[] = {SessionContext::InPerson, SessionContext::Video,
                                                 SessionContext::Phone, SessionContext::Text};

} // namespace unfold::RecordLabels
