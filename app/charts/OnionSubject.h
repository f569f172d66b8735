// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionPicture.h"
#include "OnionState.h"
#include "PartnerAccount.h"

#include <QCoreApplication>

#include <optional>

namespace unfold {

class Journal;

// The onion of one relationship as loaded from a journal: its history over the sessions and
// the names the picture shows. The widget and the command line build their pictures from it.
class OnionSubject final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::OnionSubject)

public:
    static OnionSubject load(const Journal &journal, qint64 relationshipId);
    // The onion as the partner's account of the relationship tells it (PartnerOnion), on this
    // journal's topics and sides; nullopt when the journal holds no such account.
    static std::optional<OnionSubject> loadPartner(const Journal &journal, qint64 relationshipId);
    // The same from an account already read (Journal::partnerAccount).
    static OnionSubject ofPartner(const Journal &journal, qint64 relationshipId,
                                  const StoredPartnerAccount &partner);
    // Who wrote the account, as its onion names them: "Sam", or "the partner" when unsaid.
    static QString partnerName(const StoredPartnerAccount &partner, const QString &nameA,
                               const QString &nameB);

    // Whose account the onion shows: empty for the journal's own, else the partner's name.
    QString accountOf() const { return m_accountOf; }

    const OnionHistory &history() const { return m_history; }
    qint64 relationshipId() const { return m_relationshipId; }
    QString title() const { return m_title; }
    QString personA() const { return m_personA; }
    QString personB() const { return m_personB; }
    const QStringList &layerNames() const { return m_layerNames; }
    QString layerName(int depth) const;

    // "After session 12 of 36 · Friday 3 May 2024", or that nothing is logged yet.
    QString subtitle(int sessionsIncluded) const;
    // The same for a state, which may be a window: "Sessions 7 to 12 of 36 · Friday 3 May 2024".
    QString subtitle(const OnionState &state) const;
    QString sessionDate(int sessionIndex) const;
    // A picture of `state`, with what is new since `previous` outlined and, for a window, what
    // `earlier` reached before it drawn faintly (OnionPicture). All must outlive the picture.
    OnionPicture picture(const OnionState &state, const OnionState *previous, OnionMode mode,
                         const OnionTheme &theme, const OnionState *earlier = nullptr) const;

private:
    static OnionSubject named(const Journal &journal, qint64 relationshipId);

    OnionHistory m_history;
    qint64 m_relationshipId = 0;
    QString m_title;
    QString m_personA;
    QString m_personB;
    QStringList m_layerNames;
    QString m_accountOf;
};

} // namespace unfold
