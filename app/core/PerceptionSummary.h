// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartnerAccount.h"
#include "Perception.h"

#include <QCoreApplication>

namespace unfold {

// The two accounts of a relationship in a few sentences, and how a gap or an index is written:
// the Both Sides tab and the session report say the same in the same words.
class PerceptionSummary final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::PerceptionSummary)

public:
    // Whose account and when it came, how many sessions matched, each person's perception bias,
    // the mean agreement, and the topics only the partner's journal has.
    static QStringList lines(const PerceptionSeries &series, const StoredPartnerAccount &partner,
                             const QString &nameA, const QString &nameB);
    // The name of the account's author, or "The partner" when the file did not say.
    static QString partnerName(const StoredPartnerAccount &partner, const QString &nameA,
                               const QString &nameB);
    // A signed gap in layers, "+0.50" / "−0.25": the sign is spelled, never only a colour.
    static QString gapText(const std::optional<double> &gap);
    // An index of 0–100 as a whole number, or "no data".
    static QString indexText(const std::optional<double> &value);
};

} // namespace unfold
