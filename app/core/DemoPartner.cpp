// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPartner.h"

#include "DemoJournal.h"
#include "Journal.h"
#include "JournalStore.h"

#include <QDir>
#include <QRandomGenerator>

#include <algorithm>

namespace unfold {

namespace {

Speaker other(Speaker s)
{
    return s == Speaker::A ? Speaker::B : Speaker::A;
}

} // namespace

PartnerAccount DemoPartner::retold(const PartnerAccount &mine, quint64 seed)
{
    const quint32 words[] = {quint32(seed), quint32(seed >> 32), 0x9a27u};
    QRandomGenerator random(words, 3);
    PartnerAccount theirs = mine;
    const Speaker me = mine.author.value_or(Speaker::A);
    const Speaker partner = other(me);
    theirs.author = partner;
    theirs.includesNotes = false;
    theirs.sessions.clear();
    qint64 nextId = 1;
    const int topicCount = int(mine.topics.size());
    for (qsizetype i = 0; i < mine.sessions.size(); ++i) {
        const PartnerSession &m = mine.sessions.at(i);
        // About one conversation in twelve the partner never logged.
        if (random.bounded(12) == 0)
            continue;
        PartnerSession s;
        s.id = nextId++;
        // Logged from memory: the start they note is off by up to an hour and a half either way.
        s.start = m.start.addSecs(qint64(random.bounded(-90, 91)) * 60);
        s.context = m.context;
        if (m.mood)
            s.mood = std::clamp(*m.mood + random.bounded(-1, 2), minimumMood, maximumMood);
        for (const PartnerDisclosure &d : m.disclosures) {
            if (random.bounded(9) == 0)
                continue; // forgotten
            PartnerDisclosure t = d;
            t.note.clear();
            // Each remembers their own sharing as a little deeper than the other noticed it.
            if (d.speaker == partner && random.bounded(4) == 0)
                t.depth = std::min(d.depth + 1, mine.layers);
            else if (d.speaker == me && random.bounded(5) == 0)
                t.depth = std::max(d.depth - 1, 1);
            if (topicCount > 1 && random.bounded(10) == 0) {
                const int at = int(mine.topics.indexOf(d.topic));
                t.topic = mine.topics.at(at + 1 < topicCount ? at + 1 : at - 1);
            }
            s.disclosures.append(t);
        }
        // Something of their own the first account missed.
        if (!mine.topics.isEmpty() && random.bounded(6) == 0)
            s.disclosures.append({partner,
                                  mine.topics.at(random.bounded(std::min(topicCount, 4))),
                                  1 + random.bounded(2),
                                  std::nullopt,
                                  {}});
        for (const QuestionnaireAnswer &a : m.answers) {
            if (a.respondent == partner)
                s.answers.append(a);
        }
        theirs.sessions.append(s);
        // Now and then a call only the partner logged, days away from any shared session.
        if (random.bounded(14) == 0 && i + 1 < mine.sessions.size() &&
            m.start.daysTo(mine.sessions.at(i + 1).start) >= 4) {
            PartnerSession call;
            call.id = nextId++;
            call.start = m.start.addDays(2).addSecs(3600);
            call.context = SessionContext::Phone;
            call.disclosures = {{partner, mine.topics.value(1), 1, std::nullopt, {}},
                                {me, mine.topics.value(0), 1, std::nullopt, {}}};
            theirs.sessions.append(call);
        }
    }
    return theirs;
}

bool DemoPartner::writeJournal(const QString &source, const QString &path, quint64 seed, bool overwrite,
                               QString *error)
{
    JournalProblem problem;
    const std::unique_ptr<Journal> journal =
        Journal::open(source, JournalStore::Access::ReadOnly, QString(), &problem);
    if (!journal) {
        *error = problem.message;
        return false;
    }
    const QList<Relationship> relationships = journal->relationships();
    if (relationships.isEmpty()) {
        *error = tr("%1 has no relationship to retell.").arg(QDir::toNativeSeparators(source));
        return false;
    }
    const auto partnerKind =
        std::find_if(relationships.cbegin(), relationships.cend(),
                     [](const Relationship &r) { return r.kind == RelationshipKind::Partner; });
    const Relationship relationship =
        partnerKind != relationships.cend() ? *partnerKind : relationships.first();
    PartnerAccount mine = journal->ownAccount(relationship.id, false);
    if (!mine.author)
        mine.author = Speaker::A;
    // The partner's journal has the partner as its first person, "me".
    const PartnerAccount theirs = retold(mine, seed).swapped();

    return DemoJournal::writeNew(
        path, overwrite,
        [&](JournalStore &store) {
            // The same topic names as the source, whatever language this journal was made in.
            QList<Topic> topics = store.topics();
            QHash<QString, qint64> topicIds;
            for (qsizetype i = 0; i < theirs.topics.size(); ++i) {
                Topic t = i < topics.size() ? topics.at(i) : Topic{0, {}, int(i), false};
                t.name = theirs.topics.at(i);
                if (!store.save(t))
                    return false;
                topicIds.insert(t.name, t.id);
            }
            QList<Layer> layers = journal->layers();
            if (!store.saveLayers(layers))
                return false;
            Person me{0, theirs.nameA, {}, true};
            Person them{0, theirs.nameB, {}, false};
            if (!store.save(me) || !store.save(them))
                return false;
            Relationship r{0, me.id, them.id, relationship.kind, relationship.started, relationship.stage};
            if (!store.save(r))
                return false;
            for (const PartnerSession &s : theirs.sessions) {
                Session session{0, r.id, s.start, s.context, s.mood, {}};
                if (!store.save(session))
                    return false;
                int position = 0;
                for (const PartnerDisclosure &d : s.disclosures) {
                    Disclosure disclosure{0,       session.id, position++, d.speaker, topicIds.value(d.topic),
                                          d.depth, {},         d.reception};
                    if (!store.save(disclosure))
                        return false;
                }
                for (QuestionnaireAnswer a : s.answers) {
                    a.sessionId = session.id;
                    if (!store.save(a))
                        return false;
                }
            }
            return true;
        },
        error);
}

} // namespace unfold
