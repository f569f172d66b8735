// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionPicture.h"

#include "OnionGeometry.h"

#include <QCoreApplication>

class QTableWidget;

namespace unfold {

class OnionState;
class OnionSubject;

// The onion in words: for the tooltip, for screen readers and for the "As table" view, so
// nothing the picture shows is available to sighted mouse users only.
class OnionDescription final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::OnionDescription)

public:
    // "Family, Intermediate: Alex 3 disclosures, latest 3 May 2024; Sam none".
    static QString cell(const OnionSubject &subject, const OnionState &state, const OnionCell &cell,
                        const QString &separator = QStringLiteral("\n"));
    // Who reached how far, per person; in Balance mode, how many cells lean to whom. For a window
    // over the latest sessions, with `earlier` (everything up to its end): on which topics each
    // went less deep than before.
    static QString summary(const OnionSubject &subject, const OnionState &state,
                           OnionMode mode = OnionMode::WhoReached, const OnionState *earlier = nullptr);
    // One row per topic × layer with each person's count and latest date.
    static void fillTable(QTableWidget &table, const OnionSubject &subject, const OnionState &state);
};

} // namespace unfold
