// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <QList>

namespace unfold {
class Journal;
struct ScoreChange;
} // namespace unfold

namespace unfold::cli {

// `unfold score --journal`: one row (csv) or object (json) per answer set and subscale of a
// relationship, with the change since the respondent's previous score and the reliable change
// against that score and their baseline (empty or null where the instrument gives no norms).
void printScoreHistory(const Invocation &invocation, const Journal &journal, qint64 relationshipId,
                       const QList<ScoreChange> &history, bool json);

} // namespace unfold::cli
