// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionSubject.h"

#include "Journal.h"
#include "PartnerOnion.h"

#include <QLocale>

namespace unfold {

OnionSubject OnionSubject::load(const Journal &journal, qint64 relationshipId)
{
    OnionSubject subject;
    subject.m_relationshipId = relationshipId;
    subject.m_history = OnionHistory::fromJournal(journal, relationshipId);
    if (const auto relationship = journal.relationship(relationshipId)) {
        subject.m_title = journal.relationshipTitle(*relationship);
        subject.m_personA = journal.person(relationship->personA).value_or(Person{}).name;
        subject.m_personB = journal.person(relationship->personB).value_or(Person{}).name;
    }
    for (const Layer &layer : journal.layers())
        subject.m_layerNames.append(layer.name);
    return subject;
}

std::optional<OnionSubject> OnionSubject::loadPartner(const Journal &journal, qint64 relationshipId)
{
    const std::optional<StoredPartnerAccount> partner = journal.partnerAccount(relationshipId);
    if (!partner)
        return std::nullopt;
    OnionSubject subject = load(journal, relationshipId);
    subject.m_history = PartnerOnion::history(partner->account, journal.topics(), journal.layerCount());
    subject.m_accountOf = partner->authorName(subject.m_personA, subject.m_personB);
    if (subject.m_accountOf.isEmpty())
        subject.m_accountOf = tr("the partner");
    subject.m_title = tr("%1, as %2 logged it").arg(subject.m_title, subject.m_accountOf);
    return subject;
}

QString OnionSubject::layerName(int depth) const
{
    const QString name = m_layerNames.value(depth - 1);
    return name.isEmpty() ? tr("Layer %1").arg(depth) : name;
}

QString OnionSubject::sessionDate(int sessionIndex) const
{
    if (sessionIndex < 0 || sessionIndex >= m_history.sessionCount())
        return {};
    return QLocale().toString(m_history.sessions().at(sessionIndex).start.toLocalTime().date(),
                              QLocale::LongFormat);
}

QString OnionSubject::subtitle(int sessionsIncluded) const
{
    const int total = m_history.sessionCount();
    if (total == 0)
        return tr("No sessions logged yet");
    if (sessionsIncluded <= 0)
        return tr("Before the first of %n session(s)", nullptr, total);
    return tr("After session %1 of %2 · %3")
        .arg(sessionsIncluded)
        .arg(total)
        .arg(sessionDate(sessionsIncluded - 1));
}

OnionPicture OnionSubject::picture(const OnionState &state, const OnionState *previous, OnionMode mode,
                                   const OnionTheme &theme) const
{
    OnionPicture picture;
    picture.state = &state;
    picture.previous = previous;
    picture.title = m_title;
    picture.subtitle = subtitle(state.sessionsIncluded());
    picture.personA = m_personA;
    picture.personB = m_personB;
    for (int depth = 1; depth <= m_history.layerCount(); ++depth)
        picture.layerNames.append(layerName(depth));
    picture.mode = mode;
    picture.theme = theme;
    return picture;
}

} // namespace unfold
