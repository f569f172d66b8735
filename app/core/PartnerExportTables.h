// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

namespace unfold {

class Journal;

// The partners' accounts a journal holds (DESIGN.md §2.3), as tables of their own beside the
// journal's own log in a data export: never mixed into sessions or disclosures.
//   partner_accounts               one row per relationship with a partner's account
//   partner_sessions               the partner's sessions, with the session of mine matched to each
//   partner_disclosures            what the partner logged, in this journal's sides and topics
//   partner_questionnaire_answers  the answers the partner's account carries, one row per item
//   session_matches                the matched pairs and the perception measures of each
// Notes are in them only when `includeNotes` is asked for and the partner chose to share them.
namespace PartnerExportTables {

QList<DataTable> build(const Journal &journal, bool includeNotes);

} // namespace PartnerExportTables

} // namespace unfold
