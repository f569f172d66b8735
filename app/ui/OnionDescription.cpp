// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionDescription.h"

#include "OnionPicture.h"
#include "OnionState.h"
#include "OnionSubject.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace unfold {

namespace {

QString latestDate(const OnionState &state, int topic, int depth, Speaker speaker)
{
    const QDateTime latest = state.latest(topic, depth, speaker);
    return latest.isValid() ? QLocale().toString(latest.toLocalTime().date(), QLocale::ShortFormat)
                            : QString();
}

QString personAt(const OnionSubject &subject, const OnionState &state, int topic, int depth, Speaker speaker)
{
    const QString name = speaker == Speaker::A ? subject.personA() : subject.personB();
    const int count = state.count(topic, depth, speaker);
    if (count == 0) {
        return state.reached(topic, depth, speaker)
                   ? OnionDescription::tr("%1: passed through on the way deeper, no disclosures here")
                         .arg(name)
                   : OnionDescription::tr("%1: not reached").arg(name);
    }
    return OnionDescription::tr("%1: %n disclosure(s), latest %2", nullptr, count)
        .arg(name, latestDate(state, topic, depth, speaker));
}

} // namespace

QString OnionDescription::cell(const OnionSubject &subject, const OnionState &state, const OnionCell &cell,
                               const QString &separator)
{
    if (!cell.isValid() || cell.topic >= state.topicCount())
        return {};
    return tr("%1, %2 layer").arg(state.topics().at(cell.topic).name, subject.layerName(cell.depth)) +
           separator + personAt(subject, state, cell.topic, cell.depth, Speaker::A) + separator +
           personAt(subject, state, cell.topic, cell.depth, Speaker::B);
}

QString OnionDescription::summary(const OnionSubject &subject, const OnionState &state, OnionMode mode,
                                  const OnionState *earlier)
{
    QString text = tr("Onion of %1, %2.").arg(subject.title(), subject.subtitle(state));
    if (mode == OnionMode::Balance) {
        int lean[3] = {0, 0, 0};
        for (int topic = 0; topic < state.topicCount(); ++topic)
            for (int depth = 1; depth <= state.layerCount(); ++depth) {
                const int a = state.count(topic, depth, Speaker::A);
                const int b = state.count(topic, depth, Speaker::B);
                if (a + b > 0)
                    ++lean[int(onionLeanOf(a, b))];
            }
        return text + u' ' +
               tr("Of the cells where anything was shared, %1 lean to %2, %3 are about even and %4 lean to "
                  "%5.")
                   .arg(lean[int(OnionLean::A)])
                   .arg(subject.personA())
                   .arg(lean[int(OnionLean::Even)])
                   .arg(lean[int(OnionLean::B)])
                   .arg(subject.personB());
    }
    const bool window = earlier && state.windowStart() > 0;
    for (const Speaker speaker : {Speaker::A, Speaker::B}) {
        const QString name = speaker == Speaker::A ? subject.personA() : subject.personB();
        QStringList deepest;
        QStringList shallower;
        for (int topic = 0; topic < state.topicCount(); ++topic) {
            const QString &topicName = state.topics().at(topic).name;
            const int depth = state.maxDepth(topic, speaker);
            if (depth > 0)
                deepest.append(tr("%1 to %2").arg(topicName, subject.layerName(depth)));
            const int before = window ? earlier->maxDepth(topic, speaker) : 0;
            if (before > depth)
                shallower.append(
                    depth > 0 ? tr("%1 (%2 before, %3 now)")
                                    .arg(topicName, subject.layerName(before), subject.layerName(depth))
                              : tr("%1 (%2 before, not now)").arg(topicName, subject.layerName(before)));
        }
        text += u' ' + tr("%1 reached %2 of %3 topics (penetration %4 %)%5")
                           .arg(name)
                           .arg(state.breadth(speaker))
                           .arg(state.topicCount())
                           .arg(qRound(state.penetration(speaker) * 100))
                           .arg(deepest.isEmpty()
                                    ? QStringLiteral(".")
                                    : QStringLiteral(": ") + deepest.join(QStringLiteral("; ")) + u'.');
        if (!shallower.isEmpty())
            text +=
                u' ' +
                tr("%1 went less deep than before on %2.").arg(name, shallower.join(QStringLiteral("; ")));
    }
    return text;
}

void OnionDescription::fillTable(QTableWidget &table, const OnionSubject &subject, const OnionState &state)
{
    const QStringList headers{tr("Topic"),
                              tr("Layer"),
                              tr("%1: disclosures").arg(subject.personA()),
                              tr("%1: latest").arg(subject.personA()),
                              tr("%1: disclosures").arg(subject.personB()),
                              tr("%1: latest").arg(subject.personB())};
    table.clear();
    table.setColumnCount(int(headers.size()));
    table.setHorizontalHeaderLabels(headers);
    table.setRowCount(state.topicCount() * state.layerCount());
    int row = 0;
    for (int topic = 0; topic < state.topicCount(); ++topic) {
        for (int depth = 1; depth <= state.layerCount(); ++depth, ++row) {
            const QStringList cells{state.topics().at(topic).name,
                                    subject.layerName(depth),
                                    QString::number(state.count(topic, depth, Speaker::A)),
                                    latestDate(state, topic, depth, Speaker::A),
                                    QString::number(state.count(topic, depth, Speaker::B)),
                                    latestDate(state, topic, depth, Speaker::B)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                table.setItem(row, column, item);
            }
        }
    }
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace unfold
