// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"
#include "QuestionnaireAnswer.h"
#include "Relationship.h"
#include "Session.h"
#include "Topic.h"

namespace unfold {

// The long dyadic table of an export, for actor–partner (APIM) analyses in R: one row per person
// per session of every relationship, with that person's (the actor's) and the other person's
// (the partner's) logged sharing and felt scores side by side. Felt scores are wide, one column
// per instrument subscale and side (actor_felt_<instrument>_<subscale>, partner_felt_…), so
// read.csv gives one numeric column per measure and a model such as
//   lme(actor_felt_session_checkin_closeness ~ actor_mean_depth + partner_mean_depth,
//       random = ~ 1 | relationship_id, data = d, na.action = na.omit)
// runs on the table as it is.
namespace DyadicSessions {

inline constexpr auto tableName = "dyadic_sessions";

// One relationship's records, read from the journal once for the whole export.
struct DyadRecords
{
    Relationship relationship;
    QList<Session> sessions; // in start order
    QList<Disclosure> disclosures;
    QList<QuestionnaireAnswer> answers;
};

// Felt columns follow the fixed ones: every actor column, then every partner column, by instrument
// id and then the instrument's own subscale order. A name another column already has gets _2, _3.
DataTable build(const QList<DyadRecords> &dyads, const QList<Topic> &topics, int layerCount);

// The column name of a felt score: "actor_felt_" or "partner_felt_" and the instrument's and
// subscale's ids lower-cased with anything but a-z, 0-9 and _ made _, so R keeps it as it is.
QString feltColumn(const QString &side, const QString &instrumentId, const QString &subscale);

} // namespace DyadicSessions

} // namespace unfold
