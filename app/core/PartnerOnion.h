// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionState.h"
#include "PartnerAccount.h"
#include "Topic.h"

namespace unfold {

namespace PartnerOnion {

// The onion of a partner's account (DESIGN.md §2.3): the partner's sessions and what they logged,
// laid on this journal's topics in this journal's order so the two onions can be read side by
// side. A topic the partner logged that this journal has no topic for (names compared as
// Perception::TopicMap compares them) becomes a sector of its own after the journal's topics,
// under the partner's name for it. Sessions keep the partner journal's ids.
OnionHistory history(const PartnerAccount &account, const QList<Topic> &mine, int layerCount);

} // namespace PartnerOnion

} // namespace unfold
