// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small journal of one client couple for report and guided-session tests: three sessions,
// check-in scores in each, a therapist note on the last, and the protocol of the last one
// marked on the timeline.
#include "Journal.h"

#include <QTimeZone>

namespace unfold::testing {

inline constexpr char coupleNote[] = "Private: Ben hesitated about money";

inline QuestionnaireAnswer checkin(qint64 sessionId, Speaker who, double balance, double responsiveness)
{
    QuestionnaireAnswer a;
    a.sessionId = sessionId;
    a.respondent = who;
    a.instrumentId = QStringLiteral("session-checkin");
    a.instrumentVersion = 1;
    a.answeredAt = QDateTime(QDate(2025, 3, 1), QTime(20, 0), QTimeZone::utc());
    a.answers = {{QStringLiteral("balance_1"), 4}};
    a.scores = {{QStringLiteral("balance"), 3, 3, 4.0, 4.0, balance},
                {QStringLiteral("responsiveness"), 3, 3, 4.0, 4.0, responsiveness}};
    return a;
}

// Returns the journal at `path`, or nothing; `sessions` receives the sessions' ids in order.
inline std::unique_ptr<Journal> writeCoupleJournal(const QString &path, QList<qint64> *sessions)
{
    JournalProblem problem;
    auto journal = Journal::create(path, QString(), &problem);
    if (!journal)
        return nullptr;
    Person a{0, QStringLiteral("Anna"), {}, false};
    Person b{0, QStringLiteral("Ben"), {}, false};
    if (!journal->savePerson(a) || !journal->savePerson(b))
        return nullptr;
    Relationship r{0, a.id, b.id, RelationshipKind::ClientCouple, QDate(2024, 1, 1), Stage::Unset};
    if (!journal->saveRelationship(r))
        return nullptr;
    const QList<Topic> topics = journal->topics();
    const double balance[][2] = {{40, 60}, {50, 55}, {70, 65}};
    for (int s = 0; s < 3; ++s) {
        Session session{0,  r.id, QDateTime(QDate(2025, 3, 1 + 7 * s), QTime(18, 0), QTimeZone::utc()),
                        {}, {},   {}};
        if (s == 2)
            session.notes = QString::fromLatin1(coupleNote);
        if (!journal->saveSession(session))
            return nullptr;
        sessions->append(session.id);
        for (int i = 0; i < 4; ++i) {
            Disclosure d;
            d.sessionId = session.id;
            d.position = i;
            d.speaker = i % 2 == 0 ? Speaker::A : Speaker::B;
            d.topicId = topics.at(s + i / 2).id;
            d.depth = std::min(3, 1 + s);
            if (!journal->saveDisclosure(d))
                return nullptr;
        }
        QList<QuestionnaireAnswer> answers{checkin(session.id, Speaker::A, balance[s][0], 50 + 10 * s),
                                           checkin(session.id, Speaker::B, balance[s][1], 60)};
        if (!journal->saveAnswers(answers))
            return nullptr;
    }
    TimelineEvent event{0, r.id, QDate(2025, 3, 15),
                        QStringLiteral("Guided session: Escalating reciprocal disclosure")};
    if (!journal->saveTimelineEvent(event))
        return nullptr;
    return journal;
}

} // namespace unfold::testing
