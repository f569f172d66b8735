// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace unfold {

class Journal;

// One session in a client's history: what was logged, how both felt, and the therapist's note.
struct ClientHistoryRow
{
    qint64 sessionId = 0;
    int number = 0; // 1-based
    QDateTime start;
    QString protocol; // marked on the timeline that day by a guided session, else empty
    int disclosuresA = 0;
    int disclosuresB = 0;
    std::optional<double> loggedReciprocity;
    std::optional<double> feltBalanceA; // session check-in "balance", 0–100
    std::optional<double> feltBalanceB;
    QString notes;
};

// A relationship's sessions as a therapist's client history, oldest first.
class ClientHistory final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ClientHistory)

public:
    static QList<ClientHistoryRow> rows(const Journal &journal, qint64 relationshipId);
};

} // namespace unfold
