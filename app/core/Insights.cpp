// SPDX-License-Identifier: GPL-3.0-or-later
#include "Insights.h"

#include "InstrumentLibrary.h"
#include "InstrumentScorer.h"
#include "Journal.h"
#include "Statistics.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace unfold {

namespace {

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The index of the session in view among the relationship's sessions; -1 when there is none.
qsizetype inView(const RelationshipSeries &series, const InsightContext &context)
{
    const auto &sessions = series.sessions();
    if (context.sessionInView == 0)
        return sessions.size() - 1;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (sessions[i].session.id == context.sessionInView)
            return i;
    }
    return -1;
}

bool anythingShared(const SessionMeasures &s)
{
    return s.metrics.nA + s.metrics.nB > 0;
}

// How much of a session's sharing was A's: the sum of the depths of A's disclosures over both
// people's. Depth counts, so a person opening up at the core weighs more than small talk.
double shareOfA(const ReciprocityMetrics &m)
{
    const double a = m.nA * m.depthA.value_or(0);
    const double b = m.nB * m.depthB.value_or(0);
    return a + b > 0 ? a / (a + b) : 0.5;
}

// The size of a change in a subscale's 0–100 score that is beyond noise: a reliable change where
// the instrument gives norms, otherwise one point of the scale its items are answered on.
struct Noise
{
    double threshold = 0;        // on the 0–100 score
    bool reliableChange = false; // from the instrument's norms
};

std::optional<Noise> noiseThreshold(const QList<Instrument> &instruments, const QString &instrumentId,
                                    const QString &subscaleId)
{
    const Instrument *instrument = nullptr;
    for (const Instrument &candidate : instruments) {
        if (candidate.id == instrumentId && (!instrument || candidate.version > instrument->version))
            instrument = &candidate;
    }
    if (!instrument)
        return std::nullopt;
    const Subscale *subscale = instrument->subscale(subscaleId);
    const QList<const InstrumentItem *> items = instrument->itemsOf(subscaleId);
    if (!subscale || items.isEmpty())
        return std::nullopt;
    const int range = instrument->itemMax(*items.first()) - instrument->itemMin(*items.first());
    if (range <= 0)
        return std::nullopt;
    const double onePoint = 100.0 / range;
    if (subscale->norms && subscale->norms->sd > 0 && subscale->norms->reliability < 1) {
        // Jacobson–Truax on the subscale's own metric (a mean, or a prorated sum), back on 0–100.
        double reliable = InstrumentScorer::reliableChangeThreshold * subscale->norms->sd *
                          std::sqrt(2.0 * (1.0 - subscale->norms->reliability));
        if (subscale->rule == ScoringRule::Sum)
            reliable /= items.size();
        return Noise{reliable * onePoint, true};
    }
    return Noise{onePoint, false};
}

// How far a person's answers fell, and the limit it went beyond; nothing when the fall is within
// noise. Either a steady trend (least squares over days, a fall of at least `noise` over the
// window, |t| of the slope at least 2, and the latest answer that far below the first), or a
// jump of the latest answer below the usual level before it: two scale points, since one answer
// alone is noisier than a trend (or a reliable change, which is made for one comparison).
struct Fall
{
    double size = 0;
    double limit = 0;
};

std::optional<Fall> fallBeyondNoise(const Series &felt, const Noise &noise)
{
    const qsizetype n = felt.size();
    if (n < 2)
        return std::nullopt;
    const double days = double(felt.first().start.daysTo(felt.last().start));
    if (days < Insights::feltMinimumDays)
        return std::nullopt;
    QList<double> x;
    QList<double> y;
    for (const SeriesPoint &p : felt) {
        x.append(double(felt.first().start.secsTo(p.start)) / 86400.0);
        y.append(*p.value);
    }
    const double first = y.first();
    const double latest = y.last();
    if (n >= 3) {
        const double mx = *Statistics::mean(x);
        const double my = *Statistics::mean(y);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (qsizetype i = 0; i < n; ++i) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx > 0) {
            const double slope = sxy / sxx;
            const double change = slope * (x.last() - x.first());
            const double residual = std::max(0.0, syy - slope * sxy);
            const double se = std::sqrt(residual / double(n - 2) / sxx);
            const bool steady = slope < 0 && (se < 1e-12 || slope / se <= -Insights::feltTrendT);
            if (steady && -change >= noise.threshold && first - latest >= noise.threshold)
                return Fall{-change, noise.threshold};
        }
    }
    const double usual = *Statistics::mean(y.mid(0, n - 1));
    const double jumpLimit =
        noise.reliableChange ? noise.threshold : Insights::feltJumpPoints * noise.threshold;
    if (usual - latest >= jumpLimit)
        return Fall{usual - latest, jumpLimit};
    return std::nullopt;
}

QString subscaleTitle(const QList<Instrument> &instruments, const QString &instrumentId,
                      const QString &subscaleId)
{
    for (const Instrument &instrument : instruments) {
        if (instrument.id == instrumentId) {
            if (const Subscale *subscale = instrument.subscale(subscaleId))
                return subscale->title.text();
        }
    }
    return subscaleId;
}

} // namespace

QString Insight::ruleId(Kind kind)
{
    switch (kind) {
    case Kind::OneSided:
        return QStringLiteral("one-sided");
    case Kind::EarlyCore:
        return QStringLiteral("early-core");
    case Kind::BreadthShrinking:
        return QStringLiteral("breadth-shrinking");
    case Kind::FeltFalling:
        return QStringLiteral("felt-falling");
    case Kind::FeltFallingWhileBalanced:
        return QStringLiteral("felt-falling-while-balanced");
    }
    return {};
}

InsightContext InsightContext::load(const Journal &journal, qint64 relationshipId, qint64 sessionInView)
{
    InsightContext context;
    context.sessionInView = sessionInView;
    if (const auto relationship = journal.relationship(relationshipId)) {
        context.personA = journal.person(relationship->personA).value_or(Person{}).name;
        context.personB = journal.person(relationship->personB).value_or(Person{}).name;
        context.kind = relationship->kind;
        context.started = relationship->started;
    }
    context.instruments = InstrumentLibrary().instruments();
    return context;
}

std::optional<int> Insights::earlyDays(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::Partner:
    case RelationshipKind::Friend:
    case RelationshipKind::Other:
        return 30;
    case RelationshipKind::Colleague:
        return 60; // work ties usually stay longer in the outer layers
    case RelationshipKind::Family:
    case RelationshipKind::ClientCouple:
        return std::nullopt;
    }
    return std::nullopt;
}

bool Insights::contradict(Insight::Kind a, Insight::Kind b)
{
    const auto pair = [&](Insight::Kind x, Insight::Kind y) {
        return (a == x && b == y) || (a == y && b == x);
    };
    return pair(Insight::Kind::OneSided, Insight::Kind::FeltFallingWhileBalanced);
}

QList<Insight> Insights::find(const RelationshipSeries &series, const InsightContext &context)
{
    QList<Insight> candidates;
    const auto one = oneSided(series, context);
    if (one)
        candidates.append(*one);
    if (const auto early = earlyCore(series, context))
        candidates.append(*early);
    if (const auto breadth = breadthShrinking(series, context))
        candidates.append(*breadth);
    candidates.append(feltFalling(series, context, one.has_value()));

    // The rules are written not to contradict each other; this keeps it so if one changes.
    QList<Insight> found;
    for (const Insight &candidate : candidates) {
        if (std::none_of(found.begin(), found.end(),
                         [&](const Insight &shown) { return contradict(shown.kind, candidate.kind); }))
            found.append(candidate);
    }
    return found;
}

std::optional<Insight> Insights::oneSided(const RelationshipSeries &series, const InsightContext &context)
{
    const auto &sessions = series.sessions();
    QList<qsizetype> shared; // the latest sessions where anything was shared, oldest first
    for (qsizetype i = inView(series, context); i >= 0 && shared.size() < oneSidedLongWindow; --i) {
        if (anythingShared(sessions[i]))
            shared.prepend(i);
    }
    // Shares of exactly two thirds (4 of 6) must count whatever the rounding.
    const auto atLeast = [](double share) { return share >= oneSidedShare - 1e-9; };
    std::optional<bool> aLeads;
    QList<qsizetype> restsOn;
    // Each of the last few sessions one-sided, the same way...
    if (shared.size() >= oneSidedSessions) {
        const QList<qsizetype> recent = shared.mid(shared.size() - oneSidedSessions);
        const bool a = shareOfA(sessions[recent.first()].metrics) > 0.5;
        if (std::all_of(recent.begin(), recent.end(), [&](qsizetype i) {
                const double share = shareOfA(sessions[i].metrics);
                return atLeast(a ? share : 1 - share);
            })) {
            aLeads = a;
            restsOn = recent;
        }
    }
    // ... or a longer stretch one-sided taken together, led by the same person in all but one
    // session: a lively story varies from session to session without being any less one-sided.
    if (!aLeads && shared.size() == oneSidedLongWindow) {
        double weightA = 0;
        double weightB = 0;
        int ledByA = 0;
        int ledByB = 0;
        for (qsizetype i : shared) {
            const ReciprocityMetrics &m = sessions[i].metrics;
            const double a = m.nA * m.depthA.value_or(0);
            const double b = m.nB * m.depthB.value_or(0);
            weightA += a;
            weightB += b;
            ledByA += a > b ? 1 : 0;
            ledByB += b > a ? 1 : 0;
        }
        const double pooledA = weightA / (weightA + weightB);
        if (atLeast(pooledA) && ledByA >= oneSidedLongWindow - 1)
            aLeads = true;
        else if (atLeast(1 - pooledA) && ledByB >= oneSidedLongWindow - 1)
            aLeads = false;
        restsOn = shared;
    }
    if (!aLeads)
        return std::nullopt;
    double weightA = 0;
    double weightB = 0;
    for (qsizetype i : restsOn) {
        const ReciprocityMetrics &m = sessions[i].metrics;
        weightA += m.nA * m.depthA.value_or(0);
        weightB += m.nB * m.depthB.value_or(0);
    }
    const double together = *aLeads ? weightA / (weightA + weightB) : weightB / (weightA + weightB);
    const QString more = *aLeads ? context.personA : context.personB;
    Insight insight;
    insight.kind = Insight::Kind::OneSided;
    insight.title = tr("Sharing has been one-sided lately");
    insight.text =
        tr("Over the last %1 sessions, %2 did most of the sharing: %3 % of it, counting how deep "
           "each disclosure went. It may be a cue to slow down and leave room for the other person.")
            .arg(QLocale().toString(restsOn.size()), more, number(100 * together, 0));
    const auto person = [](const QString &name, int count, const std::optional<double> &depth) {
        return count == 0 ? tr("%1 shared nothing").arg(name)
                          : tr("%1 shared %2 at mean depth %3")
                                .arg(name, QLocale().toString(count), number(*depth, 1));
    };
    for (qsizetype i : restsOn) {
        const SessionMeasures &s = sessions[i];
        const double share = shareOfA(s.metrics);
        insight.evidence.append(
            {tr("Session %1 (%2)").arg(QLocale().toString(i + 1), day(s.session.start.date())),
             tr("%1; %2; %3 % of it by %4")
                 .arg(person(context.personA, s.metrics.nA, s.metrics.depthA),
                      person(context.personB, s.metrics.nB, s.metrics.depthB),
                      number(100 * (*aLeads ? share : 1 - share), 0), more)});
        insight.values.append({QStringLiteral("n_a"), double(s.metrics.nA), s.session.id});
        insight.values.append({QStringLiteral("n_b"), double(s.metrics.nB), s.session.id});
        if (s.metrics.depthA)
            insight.values.append({QStringLiteral("depth_a"), *s.metrics.depthA, s.session.id});
        if (s.metrics.depthB)
            insight.values.append({QStringLiteral("depth_b"), *s.metrics.depthB, s.session.id});
        insight.values.append({QStringLiteral("share_a"), share, s.session.id});
        insight.sessionIds.append(s.session.id);
    }
    insight.evidence.append({tr("Share of the sharing by %1, together").arg(more),
                             number(100 * together, 0) + QStringLiteral(" %")});
    insight.values.append({QStringLiteral("share_a_together"), weightA / (weightA + weightB), 0});
    insight.values.append({QStringLiteral("share_threshold"), oneSidedShare, 0});
    insight.key = QStringLiteral("one-sided:%1").arg(insight.sessionIds.last());
    return insight;
}

std::optional<Insight> Insights::earlyCore(const RelationshipSeries &series, const InsightContext &context)
{
    const std::optional<int> window = earlyDays(context.kind);
    const int core = series.layerCount();
    if (!window || !context.started.isValid() || core < 1)
        return std::nullopt;
    const auto &sessions = series.sessions();
    for (qsizetype i = 0; i <= inView(series, context); ++i) {
        const SessionMeasures &s = sessions[i];
        if (!s.session.start.isValid())
            continue;
        const qint64 days = std::max<qint64>(0, context.started.daysTo(s.session.start.date()));
        if (days > *window)
            break; // sessions come in start order: the rest are later still
        const int atCore = s.depthCounts.value(core - 1);
        if (atCore == 0)
            continue;
        Insight insight;
        insight.kind = Insight::Kind::EarlyCore;
        insight.title = tr("Core-layer sharing came very early");
        insight.text = tr("Disclosures at the core layer were logged in session %1, within the first %2 days "
                          "of this relationship. Closeness usually grows layer by layer; going gently may "
                          "help both of you.")
                           .arg(QLocale().toString(i + 1), QLocale().toString(*window));
        insight.evidence.append({tr("Relationship began"), day(context.started)});
        insight.evidence.append(
            {tr("Session %1 (%2)").arg(QLocale().toString(i + 1), day(s.session.start.date())),
             tr("core-layer disclosures: %1; days since the start: %2")
                 .arg(QLocale().toString(atCore), QLocale().toString(days))});
        insight.values = {{QStringLiteral("days_since_start"), double(days), s.session.id},
                          {QStringLiteral("core_disclosures"), double(atCore), s.session.id},
                          {QStringLiteral("early_days"), double(*window), 0}};
        insight.sessionIds.append(s.session.id);
        insight.key = QStringLiteral("early-core:%1").arg(s.session.id);
        return insight;
    }
    return std::nullopt;
}

std::optional<Insight> Insights::breadthShrinking(const RelationshipSeries &series,
                                                  const InsightContext &context)
{
    const auto &sessions = series.sessions();
    // Sessions where nothing was logged say nothing about breadth: they are skipped, not zeros.
    QList<qsizetype> window;
    for (qsizetype i = inView(series, context); i >= 0 && window.size() < 2 * breadthWindow; --i) {
        if (anythingShared(sessions[i]))
            window.prepend(i);
    }
    if (window.size() < 2 * breadthWindow)
        return std::nullopt;
    // Breadth as DESIGN.md §2.1 counts it: distinct topics reached, here over each stretch of
    // sessions, so a short session among long ones is not mistaken for narrowing.
    QSet<qint64> before;
    QSet<qint64> recent;
    for (qsizetype k = 0; k < window.size(); ++k) {
        for (qint64 topic : sessions[window[k]].topicIds)
            (k < breadthWindow ? before : recent).insert(topic);
    }
    const int topicsBefore = int(before.size());
    const int topicsRecent = int(recent.size());
    if (topicsBefore - topicsRecent < breadthDrop)
        return std::nullopt;
    const auto span = [&](qsizetype from, qsizetype to) {
        return tr("Sessions %1 to %2")
            .arg(QLocale().toString(window[from] + 1), QLocale().toString(window[to] + 1));
    };
    Insight insight;
    insight.kind = Insight::Kind::BreadthShrinking;
    insight.title = tr("Fewer topics in recent sessions");
    insight.text =
        tr("The last %1 sessions touched %2 topics between them, the %1 before them %3. When sharing "
           "narrows it can mean the relationship is pulling back a little; it can also just be a "
           "busy time.")
            .arg(QLocale().toString(breadthWindow), QLocale().toString(topicsRecent),
                 QLocale().toString(topicsBefore));
    insight.evidence.append(
        {span(0, breadthWindow - 1), tr("topics: %1").arg(QLocale().toString(topicsBefore))});
    insight.evidence.append(
        {span(breadthWindow, window.size() - 1), tr("topics: %1").arg(QLocale().toString(topicsRecent))});
    for (qsizetype i : window) {
        const SessionMeasures &s = sessions[i];
        insight.evidence.append(
            {tr("Session %1 (%2)").arg(QLocale().toString(i + 1), day(s.session.start.date())),
             tr("topics: %1").arg(QLocale().toString(s.topicsTouched))});
        insight.values.append({QStringLiteral("topics"), double(s.topicsTouched), s.session.id});
        insight.sessionIds.append(s.session.id);
    }
    insight.values.append({QStringLiteral("topics_before"), double(topicsBefore), 0});
    insight.values.append({QStringLiteral("topics_recent"), double(topicsRecent), 0});
    insight.key = QStringLiteral("breadth:%1").arg(insight.sessionIds.last());
    return insight;
}

QList<Insight> Insights::feltFalling(const RelationshipSeries &series, const InsightContext &context,
                                     bool sharingOneSided)
{
    const auto &sessions = series.sessions();
    const qsizetype last = inView(series, context);
    if (last < 0)
        return {};
    QHash<qint64, qsizetype> order;
    for (qsizetype i = 0; i <= last; ++i)
        order.insert(sessions[i].session.id, i);

    // Logged sharing "looks balanced" when the recent reciprocity index is high.
    QList<double> recentIndex;
    QList<qint64> indexSessions;
    for (qsizetype i = last; i >= 0 && recentIndex.size() < balanceWindow; --i) {
        if (const auto &index = sessions[i].metrics.reciprocityIndex) {
            recentIndex.append(*index);
            indexSessions.prepend(sessions[i].session.id);
        }
    }
    const auto meanIndex = Statistics::mean(recentIndex);
    const bool balanced = !sharingOneSided && meanIndex && *meanIndex >= highReciprocity;

    // The subscales each person answered, in the order they were first answered.
    QList<std::pair<QString, QString>> subscales;
    for (const ScoreRecord &record : series.scores()) {
        const std::pair<QString, QString> id{record.instrumentId, record.subscale};
        if (order.contains(record.sessionId) && !subscales.contains(id))
            subscales.append(id);
    }

    QList<Insight> found;
    for (Speaker who : {Speaker::A, Speaker::B}) {
        const QString name = who == Speaker::A ? context.personA : context.personB;
        QStringList fell;
        Insight insight;
        QList<qint64> restsOn;
        for (const auto &[instrumentId, subscaleId] : subscales) {
            const auto threshold = noiseThreshold(context.instruments, instrumentId, subscaleId);
            if (!threshold)
                continue;
            Series felt;
            for (const SeriesPoint &p : series.scoreSeries(instrumentId, subscaleId, who)) {
                if (p.value && order.contains(p.sessionId))
                    felt.append(p);
            }
            felt = felt.mid(std::max<qsizetype>(0, felt.size() - feltWindow));
            const auto fall = fallBeyondNoise(felt, *threshold);
            if (!fall)
                continue;
            const qint64 days = felt.first().start.daysTo(felt.last().start);
            const QString title = subscaleTitle(context.instruments, instrumentId, subscaleId);
            fell.append(title);
            const qsizetype from = order.value(felt.first().sessionId);
            const qsizetype to = order.value(felt.last().sessionId);
            QStringList answers;
            for (const SeriesPoint &p : felt)
                answers.append(number(*p.value, 0));
            insight.evidence.append(
                {title,
                 tr("%1 (0–100) from session %2 to session %3, %4 days apart; a fall of %5 points, where "
                    "up to %6 is noise")
                     .arg(answers.join(QStringLiteral(", ")), QLocale().toString(from + 1),
                          QLocale().toString(to + 1), QLocale().toString(days), number(fall->size, 0),
                          number(fall->limit, 0))});
            const QString valueName = instrumentId + QLatin1Char('/') + subscaleId;
            for (const SeriesPoint &p : felt) {
                insight.values.append({valueName, *p.value, p.sessionId});
                restsOn.append(p.sessionId);
            }
            insight.values.append({valueName + QStringLiteral("/fall"), fall->size, 0});
            insight.values.append({valueName + QStringLiteral("/noise_limit"), fall->limit, 0});
        }
        if (fell.isEmpty())
            continue;
        const QString what = QLocale().createSeparatedList(fell);
        if (balanced) {
            insight.kind = Insight::Kind::FeltFallingWhileBalanced;
            insight.title = tr("%1 feels less met, while sharing stays balanced").arg(name);
            insight.text =
                tr("%1's answers about %2 have fallen by more than their usual ups and downs, while "
                   "the logged sharing still looks balanced. It may be worth asking how sharing "
                   "feels, not only how much there is.")
                    .arg(name, what);
            insight.evidence.append({tr("Reciprocity index, recent mean"), number(*meanIndex, 0)});
            insight.values.append({QStringLiteral("reciprocity_index_mean"), *meanIndex, 0});
            restsOn.append(indexSessions);
        } else {
            insight.kind = Insight::Kind::FeltFalling;
            insight.title = tr("%1's answers have fallen").arg(name);
            insight.text =
                tr("%1's answers about %2 have fallen by more than their usual ups and downs. It may "
                   "be worth asking gently how your conversations have felt lately.")
                    .arg(name, what);
        }
        std::sort(restsOn.begin(), restsOn.end(),
                  [&](qint64 x, qint64 y) { return order.value(x) < order.value(y); });
        restsOn.erase(std::unique(restsOn.begin(), restsOn.end()), restsOn.end());
        insight.sessionIds = restsOn;
        insight.key = QStringLiteral("felt-%1:%2")
                          .arg(who == Speaker::A ? u'a' : u'b')
                          .arg(restsOn.isEmpty() ? 0 : restsOn.last());
        found.append(insight);
    }
    return found;
}

} // namespace unfold
