// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <QString>

namespace unfold {
class Journal;
}

namespace unfold::cli {

// --relationship NAME: the title "A & B" or the id, ignoring case. Returns the id, or 0 after
// complaining that it is unknown (listing the relationships there are) or ambiguous.
qint64 findRelationship(const Invocation &invocation, const Journal &journal, const QString &wanted);

} // namespace unfold::cli
