// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Perception.h"

#include <QCoreApplication>

#include <optional>

namespace unfold {

class Journal;

// The partner's account beside the journal's own in a session report (DESIGN.md §2.3). Like the
// rest of a report it rests only on what was known by the reported session: sessions of mine up
// to it, and the partner's sessions that started by then (or within the matching window after),
// matched among themselves.
struct ReportPerception
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ReportPerception)

public:
    QString partner;     // who wrote the account
    QStringList summary; // PerceptionSummary::lines over those sessions
    PerceptionSeries series;
    std::optional<PairPerception> session; // the reported session beside the partner's, when matched
    QDateTime partnerStart;                // when the partner's matched session started

    // Nothing when the journal holds no partner's account of the relationship.
    static std::optional<ReportPerception> of(const Journal &journal, qint64 relationshipId,
                                              const Session &reported, const QString &nameA,
                                              const QString &nameB);
    // "Both sides: Sam's account beside yours", the section's heading in every output.
    QString heading() const;
    // "This session beside Sam's of Friday 3 May: agreement 72 of 100; depth gap Alex +0.50,
    // Sam −0.25", or that the partner's account has no session matched to it.
    QString sessionLine(const QString &nameA, const QString &nameB) const;
};

} // namespace unfold
