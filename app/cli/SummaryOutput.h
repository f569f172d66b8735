// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

namespace unfold {
class Journal;
class RelationshipSummary;
} // namespace unfold

namespace unfold::cli {

// `unfold metrics --summary`: one row (csv) or object (json) per figure, under its DESIGN.md
// §2.1 name, with the person or topic it is about, its value (empty or null when undefined),
// and the number, first and last of the sessions it rests on.
void printSummary(const Invocation &invocation, const Journal &journal, qint64 relationshipId,
                  const RelationshipSummary &summary, bool json);

} // namespace unfold::cli
