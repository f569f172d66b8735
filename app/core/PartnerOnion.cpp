// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerOnion.h"

#include "Perception.h"

namespace unfold {

OnionHistory PartnerOnion::history(const PartnerAccount &account, const QList<Topic> &mine, int layerCount)
{
    Perception::TopicMap topics(mine);
    QList<Session> sessions;
    QList<Disclosure> disclosures;
    sessions.reserve(account.sessions.size());
    for (const PartnerSession &theirs : account.sessions) {
        Session session;
        session.id = theirs.id;
        session.start = theirs.start;
        session.context = theirs.context;
        session.mood = theirs.mood;
        session.notes = theirs.notes;
        sessions.append(session);
        for (Disclosure d : Perception::disclosuresOf(theirs, topics)) {
            d.sessionId = theirs.id;
            disclosures.append(d);
        }
    }
    // TopicMap numbered the partner's own topics -1, -2, … in the order it met them.
    QList<Topic> sectors = mine;
    int position = sectors.isEmpty() ? 0 : sectors.constLast().position;
    const QStringList unknown = topics.unknown();
    for (qsizetype i = 0; i < unknown.size(); ++i)
        sectors.append(Topic{-qint64(i + 1), unknown.at(i), ++position, false});
    return OnionHistory(sessions, disclosures, sectors, layerCount);
}

} // namespace unfold
