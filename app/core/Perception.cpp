// SPDX-License-Identifier: GPL-3.0-or-later
#include "Perception.h"

#include "Journal.h"
#include "Statistics.h"

#include <QSet>

namespace unfold {

namespace Perception {

namespace {

QString topicKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

struct SideLog
{
    int count = 0;
    double depthSum = 0;
    QSet<qint64> topics;
};

SideLog sideOf(const QList<Disclosure> &disclosures, Speaker side)
{
    SideLog log;
    for (const Disclosure &d : disclosures) {
        if (d.speaker != side)
            continue;
        ++log.count;
        log.depthSum += d.depth;
        log.topics.insert(d.topicId);
    }
    return log;
}

// One side's measures, and the agreement components they give (appended to `components`).
SidePerception perceive(const SideLog &m, const SideLog &p, int layers, QList<double> *components)
{
    SidePerception s;
    s.countMine = m.count;
    s.countPartner = p.count;
    s.countGap = p.count - m.count;
    if (m.count + p.count > 0)
        components->append(1.0 - double(qAbs(s.countGap)) / double(m.count + p.count));
    if (m.count > 0 && p.count > 0) {
        s.depthGap = p.depthSum / p.count - m.depthSum / m.count;
        components->append(1.0 - qAbs(*s.depthGap) / double(layers - 1));
    }
    const QSet<qint64> both = QSet<qint64>(m.topics).intersect(p.topics);
    const QSet<qint64> either = QSet<qint64>(m.topics).unite(p.topics);
    if (!either.isEmpty()) {
        s.topicAgreement = double(both.size()) / double(either.size());
        components->append(*s.topicAgreement);
    }
    return s;
}

} // namespace

TopicMap::TopicMap(const QList<Topic> &mine)
{
    for (const Topic &t : mine)
        m_ids.insert(topicKey(t.name), t.id);
}

qint64 TopicMap::idOf(const QString &partnerTopic)
{
    const QString key = topicKey(partnerTopic);
    if (const auto it = m_ids.constFind(key); it != m_ids.cend())
        return *it;
    m_unknownNames.append(partnerTopic.trimmed());
    const qint64 id = -qint64(m_unknownNames.size());
    m_ids.insert(key, id);
    return id;
}

QList<Disclosure> disclosuresOf(const PartnerSession &session, TopicMap &topics)
{
    QList<Disclosure> result;
    int position = 0;
    for (const PartnerDisclosure &d : session.disclosures) {
        Disclosure disclosure;
        disclosure.position = position++;
        disclosure.speaker = d.speaker;
        disclosure.topicId = topics.idOf(d.topic);
        disclosure.depth = d.depth;
        disclosure.note = d.note;
        disclosure.reception = d.reception;
        result.append(disclosure);
    }
    return result;
}

PairPerception compare(const QList<Disclosure> &mine, const QList<Disclosure> &partner, int layers)
{
    PairPerception pair;
    QList<double> components;
    pair.a = perceive(sideOf(mine, Speaker::A), sideOf(partner, Speaker::A), layers, &components);
    pair.b = perceive(sideOf(mine, Speaker::B), sideOf(partner, Speaker::B), layers, &components);
    if (const std::optional<double> mean = Statistics::mean(components))
        pair.agreementIndex = 100.0 * *mean;
    pair.loggedMine = ReciprocityMetrics::compute(mine, layers).reciprocityIndex;
    pair.loggedPartner = ReciprocityMetrics::compute(partner, layers).reciprocityIndex;
    return pair;
}

} // namespace Perception

namespace {

const QString checkIn = QStringLiteral("session-checkin");
const QString balance = QStringLiteral("balance");

std::optional<double> feltBalance(const QList<QuestionnaireAnswer> &answers, Speaker respondent)
{
    for (const QuestionnaireAnswer &a : answers) {
        if (a.instrumentId != checkIn || a.respondent != respondent)
            continue;
        for (const SubscaleScore &s : a.scores) {
            if (s.subscale == balance)
                return s.score0to100;
        }
    }
    return std::nullopt;
}

} // namespace

PerceptionSeries PerceptionSeries::fromJournal(const Journal &journal, qint64 relationshipId)
{
    const std::optional<StoredPartnerAccount> partner = journal.partnerAccount(relationshipId);
    if (!partner)
        return {};
    return of(journal, *partner, journal.matchedSessions(relationshipId, partner));
}

PerceptionSeries PerceptionSeries::of(const Journal &journal, const StoredPartnerAccount &partner,
                                      const MatchedSessions &matched)
{
    PerceptionSeries series;
    series.unmatchedMine = int(matched.unmatchedMine.size());
    series.unmatchedPartner = int(matched.unmatchedPartner.size());
    Perception::TopicMap topics(journal.topics());
    QList<double> gapsA;
    QList<double> gapsB;
    QList<double> agreements;
    for (const SessionMatch &m : matched.matches) {
        const PartnerSession *theirs = partner.account.session(m.partnerSessionId);
        const std::optional<Session> mine = journal.session(m.sessionId);
        if (!theirs || !mine)
            continue;
        PairPerception pair =
            Perception::compare(journal.disclosures(m.sessionId), Perception::disclosuresOf(*theirs, topics),
                                journal.layerCount());
        pair.match = m;
        pair.start = mine->start;
        const QList<QuestionnaireAnswer> myAnswers = journal.answers(m.sessionId);
        for (Speaker side : {Speaker::A, Speaker::B}) {
            std::optional<double> felt = feltBalance(myAnswers, side);
            if (!felt)
                felt = feltBalance(theirs->answers, side);
            (side == Speaker::A ? pair.feltBalanceA : pair.feltBalanceB) = felt;
        }
        if (pair.a.depthGap)
            gapsA.append(*pair.a.depthGap);
        if (pair.b.depthGap)
            gapsB.append(*pair.b.depthGap);
        if (pair.agreementIndex)
            agreements.append(*pair.agreementIndex);
        series.pairs.append(pair);
    }
    series.biasA = Statistics::mean(gapsA);
    series.biasB = Statistics::mean(gapsB);
    series.meanAgreement = Statistics::mean(agreements);
    series.partnerOnlyTopics = topics.unknown();
    return series;
}

} // namespace unfold
