// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTable.h"

#include "ChartSeriesSet.h"
#include "RelationshipSummary.h"
#include "SessionTime.h"

#include <QLocale>

namespace unfold {

ChartTable ChartTable::of(ChartKind kind, const ChartSubject &subject, const ChartRange &range, int smoothing)
{
    ChartTable table;
    table.caption = ChartKinds::title(kind) + QStringLiteral(" — ") + subject.title();
    const QLocale locale;
    const auto &sessions = subject.series().sessions();
    if (ChartSeriesSet::isOverTime(kind)) {
        const TimeChartSpec spec = ChartSeriesSet::timeChart(kind, subject, smoothing);
        table.columns = {tr("Session"), tr("Date")};
        for (const NamedSeries &s : spec.series)
            table.columns.append(s.name);
        // One row per session in range that has a value in any series.
        QHash<qint64, QStringList> rows;
        QList<qint64> order;
        for (const SessionMeasures &m : sessions) {
            if (!range.contains(m.session.start))
                continue;
            order.append(m.session.id);
            QStringList row{QString::number(subject.sessionNumber(m.session.id)),
                            SessionTime::text(m.session.start, locale)};
            for (qsizetype i = 0; i < spec.series.size(); ++i)
                row.append(QString());
            rows.insert(m.session.id, row);
        }
        QSet<qint64> used;
        for (qsizetype i = 0; i < spec.series.size(); ++i) {
            for (const SeriesPoint &p : spec.series[i].values) {
                if (!rows.contains(p.sessionId))
                    continue;
                used.insert(p.sessionId);
                rows[p.sessionId][2 + i] =
                    p.value ? locale.toString(*p.value, 'f', spec.series[i].decimals) : noData();
            }
        }
        for (qint64 id : order) {
            if (!used.contains(id))
                continue;
            QStringList row = rows.value(id);
            for (QString &cell : row) {
                if (cell.isEmpty())
                    cell = noData();
            }
            table.rows.append(row);
            table.sessionIds.append(id);
        }
        return table;
    }
    if (kind == ChartKind::Layers) {
        table.columns = {tr("Session"), tr("Date")};
        for (int depth = 1; depth <= subject.series().layerCount(); ++depth)
            table.columns.append(subject.layerName(depth));
        for (const SessionMeasures &m : sessions) {
            if (!range.contains(m.session.start))
                continue;
            QStringList row{QString::number(subject.sessionNumber(m.session.id)),
                            SessionTime::text(m.session.start, locale)};
            for (int count : m.depthCounts)
                row.append(QString::number(count));
            table.rows.append(row);
            table.sessionIds.append(m.session.id);
        }
        return table;
    }
    const OnionState state = ChartSeriesSet::stateAtEnd(subject, range);
    table.columns = {tr("Topic"), subject.personA(), subject.personB()};
    for (int t = 0; t < state.topicCount(); ++t) {
        QStringList row{state.topics()[t].name};
        for (Speaker who : {Speaker::A, Speaker::B}) {
            const int depth = state.maxDepth(t, who);
            row.append(depth == 0 ? tr("not yet") : tr("%1 (%2)").arg(subject.layerName(depth)).arg(depth));
        }
        table.rows.append(row);
        table.sessionIds.append(0);
    }
    return table;
}

int ChartTable::summarySessions(const ChartSubject &subject, const ChartRange &range)
{
    int count = 0;
    for (const SessionMeasures &m : subject.series().sessions()) {
        if (range.to.isValid() && m.session.start > range.to)
            break;
        ++count;
    }
    return count;
}

ChartTable ChartTable::summary(const ChartSubject &subject, const ChartRange &range)
{
    const int sessions = summarySessions(subject, range);
    const RelationshipSummary figures = RelationshipSummary::of(subject.series(), sessions);
    ChartTable table;
    table.caption = tr("Across sessions 1 to %1 (descriptive) — %2").arg(sessions).arg(subject.title());
    table.columns = RelationshipSummary::columns();
    table.rows = figures.rows(subject.personA(), subject.personB());
    table.sessionIds.fill(0, table.rows.size());
    return table;
}

} // namespace unfold
