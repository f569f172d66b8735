// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionSubject.h"

#include "Journal.h"
#include "PartnerOnion.h"

#include <QLocale>

namespace unfold {

// The names the picture shows; the history is the caller's to add.
OnionSubject OnionSubject::named(const Journal &journal, qint64 relationshipId)
{
    OnionSubject subject;
    subject.m_relationshipId = relationshipId;
    if (const auto relationship = journal.relationship(relationshipId)) {
        subject.m_title = journal.relationshipTitle(*relationship);
        subject.m_personA = journal.person(relationship->personA).value_or(Person{}).name;
        subject.m_personB = journal.person(relationship->personB).value_or(Person{}).name;
    }
    for (const Layer &layer : journal.layers())
        subject.m_layerNames.append(layer.name);
    return subject;
}

OnionSubject OnionSubject::load(const Journal &journal, qint64 relationshipId)
{
    OnionSubject subject = named(journal, relationshipId);
    subject.m_history = OnionHistory::fromJournal(journal, relationshipId);
    return subject;
}

std::optional<OnionSubject> OnionSubject::loadPartner(const Journal &journal, qint64 relationshipId)
{
    const std::optional<StoredPartnerAccount> partner = journal.partnerAccount(relationshipId);
    if (!partner)
        return std::nullopt;
    return ofPartner(journal, relationshipId, *partner);
}

OnionSubject OnionSubject::ofPartner(const Journal &journal, qint64 relationshipId,
                                     const StoredPartnerAccount &partner)
{
    OnionSubject subject = named(journal, relationshipId);
    subject.m_history = PartnerOnion::history(partner.account, journal.topics(), journal.layerCount());
    subject.m_accountOf = partnerName(partner, subject.m_personA, subject.m_personB);
    subject.m_title = tr("%1, as %2 logged it").arg(subject.m_title, subject.m_accountOf);
    return subject;
}

QString OnionSubject::partnerName(const StoredPartnerAccount &partner, const QString &nameA,
                                  const QString &nameB)
{
    const QString name = partner.authorName(nameA, nameB);
    return name.isEmpty() ? tr("the partner") : name;
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

QString OnionSubject::subtitle(const OnionState &state) const
{
    const int last = state.sessionsIncluded();
    if (state.windowStart() <= 0 || last <= 0)
        return subtitle(last);
    return tr("Sessions %1 to %2 of %3 · %4")
        .arg(state.windowStart() + 1)
        .arg(last)
        .arg(m_history.sessionCount())
        .arg(sessionDate(last - 1));
}

OnionPicture OnionSubject::picture(const OnionState &state, const OnionState *previous, OnionMode mode,
                                   const OnionTheme &theme, const OnionState *earlier) const
{
    OnionPicture picture;
    picture.state = &state;
    picture.previous = previous;
    picture.earlier = state.windowStart() > 0 ? earlier : nullptr;
    picture.title = m_title;
    picture.subtitle = subtitle(state);
    picture.personA = m_personA;
    picture.personB = m_personB;
    for (int depth = 1; depth <= m_history.layerCount(); ++depth)
        picture.layerNames.append(layerName(depth));
    picture.mode = mode;
    picture.theme = theme;
    return picture;
}

} // namespace unfold
