// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartKind.h"
#include "ChartSubject.h"

namespace unfold {

// A chart's numbers as a table, for screen readers and for anyone who prefers numbers.
// Undefined values read "no data", never 0.
struct ChartTable
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ChartTable)

public:
    QString caption;
    QStringList columns;
    QList<QStringList> rows;
    QList<qint64> sessionIds; // per row, 0 where a row is not a session

    static ChartTable of(ChartKind kind, const ChartSubject &subject, const ChartRange &range,
                         int smoothing = 0);
    // The measures across the sessions (RelationshipSummary) from the first session up to the
    // last one the range reaches: cumulative figures always start at the relationship's start.
    static ChartTable summary(const ChartSubject &subject, const ChartRange &range);
    // How many sessions that summary covers.
    static int summarySessions(const ChartSubject &subject, const ChartRange &range);
    static QString noData() { return tr("no data"); }
};

} // namespace unfold
