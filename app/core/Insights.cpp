// SPDX-License-Identifier: GPL-3.0-or-later
#include "Insights.h"

#include "Statistics.h"
#include "Trends.h"

#include <QLocale>

namespace unfold {

namespace {

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString sessionDay(const SessionMeasures &s)
{
    return QLocale().toString(s.session.start.date(), QLocale::ShortFormat);
}

} // namespace

QList<Insight> Insights::find(const RelationshipSeries &series, const QString &personA,
                              const QString &personB)
{
    QList<Insight> found;
    for (const auto &insight :
         {oneSided(series, personA, personB), earlyCore(series), breadthShrinking(series),
          feltResponsivenessFalling(series, personA, personB)}) {
        if (insight)
            found.append(*insight);
    }
    return found;
}

std::optional<Insight> Insights::oneSided(const RelationshipSeries &series, const QString &personA,
                                          const QString &personB)
{
    // The latest sessions where anything was shared, newest last.
    QList<SessionMeasures> recent;
    for (qsizetype i = series.sessions().size() - 1; i >= 0 && recent.size() < oneSidedSessions; --i) {
        const SessionMeasures &s = series.sessions()[i];
        if (s.metrics.volumeBalance)
            recent.prepend(s);
    }
    if (recent.size() < oneSidedSessions)
        return std::nullopt;
    const bool aMore = recent.first().metrics.nA > recent.first().metrics.nB;
    for (const SessionMeasures &s : recent) {
        if (*s.metrics.volumeBalance > oneSidedBalance || (s.metrics.nA > s.metrics.nB) != aMore ||
            s.metrics.nA == s.metrics.nB)
            return std::nullopt;
    }
    Insight insight;
    insight.kind = Insight::Kind::OneSided;
    const QString more = aMore ? personA : personB;
    insight.title = tr("Sharing has been one-sided lately");
    insight.text =
        tr("In each of the last %1 sessions, %2 shared much more than the other. It may be a cue to "
           "slow down and leave room for the other person.")
            .arg(oneSidedSessions)
            .arg(more);
    for (const SessionMeasures &s : recent) {
        insight.evidence.append({sessionDay(s), tr("%1 shared %2, %3 shared %4 (volume balance %5)")
                                                    .arg(personA)
                                                    .arg(s.metrics.nA)
                                                    .arg(personB)
                                                    .arg(s.metrics.nB)
                                                    .arg(number(*s.metrics.volumeBalance))});
        insight.sessionIds.append(s.session.id);
    }
    insight.key = QStringLiteral("one-sided:%1").arg(recent.last().session.id);
    return insight;
}

std::optional<Insight> Insights::earlyCore(const RelationshipSeries &series)
{
    const int core = series.layerCount();
    for (qsizetype i = 0; i < qMin<qsizetype>(earlySessions, series.sessions().size()); ++i) {
        const SessionMeasures &s = series.sessions()[i];
        if (core < 1 || s.depthCounts.value(core - 1) == 0)
            continue;
        Insight insight;
        insight.kind = Insight::Kind::EarlyCore;
        insight.title = tr("Core-layer sharing came very early");
        insight.text =
            tr("Disclosures at the core layer were logged in session %1 of this relationship. Closeness "
               "usually grows layer by layer; going gently may help both of you.")
                .arg(i + 1);
        insight.evidence.append({tr("Session"), tr("%1 (%2)").arg(i + 1).arg(sessionDay(s))});
        insight.evidence.append(
            {tr("Core-layer disclosures"), QString::number(s.depthCounts.value(core - 1))});
        insight.sessionIds.append(s.session.id);
        insight.key = QStringLiteral("early-core:%1").arg(s.session.id);
        return insight;
    }
    return std::nullopt;
}

std::optional<Insight> Insights::breadthShrinking(const RelationshipSeries &series)
{
    const auto &sessions = series.sessions();
    if (sessions.size() < 2 * breadthWindow)
        return std::nullopt;
    QList<double> before;
    QList<double> recent;
    Insight insight;
    for (qsizetype i = sessions.size() - 2 * breadthWindow; i < sessions.size(); ++i) {
        const bool isRecent = i >= sessions.size() - breadthWindow;
        (isRecent ? recent : before).append(sessions[i].topicsTouched);
        insight.sessionIds.append(sessions[i].session.id);
    }
    const double meanBefore = *Statistics::mean(before);
    const double meanRecent = *Statistics::mean(recent);
    // At least one topic fewer per session, and fewer in each recent session than the mean before.
    if (meanBefore - meanRecent < 1.0)
        return std::nullopt;
    for (double r : recent) {
        if (r >= meanBefore)
            return std::nullopt;
    }
    insight.kind = Insight::Kind::BreadthShrinking;
    insight.title = tr("Fewer topics in recent sessions");
    insight.text =
        tr("The last %1 sessions touched fewer topics than the %1 before them. When sharing narrows "
           "it can mean the relationship is pulling back a little; it can also just be a busy time.")
            .arg(breadthWindow);
    insight.evidence.append({tr("Topics per session before"), number(meanBefore, 1)});
    insight.evidence.append({tr("Topics per session recently"), number(meanRecent, 1)});
    insight.key = QStringLiteral("breadth:%1").arg(sessions.last().session.id);
    return insight;
}

std::optional<Insight> Insights::feltResponsivenessFalling(const RelationshipSeries &series,
                                                           const QString &personA, const QString &personB)
{
    const Series index = series.series(RelationshipSeries::Measure::ReciprocityIndex);
    QList<double> recentIndex;
    for (qsizetype i = index.size() - 1; i >= 0 && recentIndex.size() < breadthWindow; --i) {
        if (index[i].value)
            recentIndex.append(*index[i].value);
    }
    const auto meanIndex = Statistics::mean(recentIndex);
    if (!meanIndex || *meanIndex < highReciprocity)
        return std::nullopt;
    for (Speaker who : {Speaker::A, Speaker::B}) {
        Series felt =
            series.scoreSeries(QStringLiteral("session-checkin"), QStringLiteral("responsiveness"), who);
        felt.erase(std::remove_if(felt.begin(), felt.end(), [](const SeriesPoint &p) { return !p.value; }),
                   felt.end());
        if (felt.size() < 3)
            continue;
        const Series recent = felt.mid(qMax<qsizetype>(0, felt.size() - 6));
        const auto slope = Trends::slopePer30Days(recent);
        if (!slope || *slope > -responsivenessDrop)
            continue;
        const QString name = who == Speaker::A ? personA : personB;
        Insight insight;
        insight.kind = Insight::Kind::FeltResponsivenessFalling;
        insight.title = tr("%1 feels less heard, while sharing stays high").arg(name);
        insight.text =
            tr("%1's check-in answers about feeling understood and cared for have been falling, while the "
               "logged sharing still looks balanced. It may be worth asking how sharing feels, not only "
               "how much there is.")
                .arg(name);
        insight.evidence.append(
            {tr("Felt responsiveness, trend"), tr("%1 points per 30 days").arg(number(*slope, 1))});
        insight.evidence.append({tr("Check-ins it rests on"), QString::number(recent.size())});
        insight.evidence.append({tr("Reciprocity index, recent mean"), number(*meanIndex, 0)});
        for (const SeriesPoint &p : recent)
            insight.sessionIds.append(p.sessionId);
        insight.key =
            QStringLiteral("felt-%1:%2").arg(who == Speaker::A ? u'a' : u'b').arg(recent.last().sessionId);
        return insight;
    }
    return std::nullopt;
}

} // namespace unfold
