// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Perception.h"
#include "ShownJournal.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace unfold {

class EditHistory;
class Journal;

// Both sides of a relationship (DESIGN.md §2.3): the partner's account beside mine. Lists the
// matched sessions with how far the accounts agree, lets the user confirm, re-pair or unpair a
// match, and shows one matched conversation side by side: what each account logged, and each
// person's check-in from whichever account holds it.
class PerceptionView final : public QWidget
{
    Q_OBJECT

public:
    explicit PerceptionView(EditHistory &history, QWidget *parent = nullptr);
    ~PerceptionView() override;

    void setJournal(const unfold::Journal *journal);
    void setRelationship(qint64 relationshipId);

    // For tests: the pairs table and the two accounts of the chosen pair.
    QTableWidget *pairsTable() const { return m_pairs; }
    QTableWidget *mineTable() const { return m_mine; }
    QTableWidget *theirsTable() const { return m_theirs; }
    QString summaryText() const;

public Q_SLOTS:
    void confirmPair();
    void pairWith();
    void unpair();

Q_SIGNALS:
    void openSessionRequested(qint64 sessionId);

private:
    // One row of the pairs table: a match, or a session of one account without a match.
    struct Row
    {
        qint64 sessionId = 0;        // 0: only the partner logged it
        qint64 partnerSessionId = 0; // 0: only I logged it
        bool confirmed = false;
        const PairPerception *perception = nullptr;
    };

    void scheduleReload();
    void reload();
    void showPair();
    void updateActions();
    const Row *currentRow() const;
    void decide(const QList<MatchDecision> &decisions, const QString &text);
    QString partnerName() const;

    EditHistory &m_history;
    ShownJournal m_journal{this};
    qint64 m_relationshipId = 0;
    bool m_reloadPending = false;
    bool m_writable = false;
    std::optional<StoredPartnerAccount> m_account;
    PerceptionSeries m_series;
    QList<Row> m_rows;
    QString m_nameA;
    QString m_nameB;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_page = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_pairs = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_pairWith = nullptr;
    QPushButton *m_unpair = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_mineTitle = nullptr;
    QLabel *m_theirsTitle = nullptr;
    QTableWidget *m_mine = nullptr;
    QTableWidget *m_theirs = nullptr;
    QTableWidget *m_checkIns = nullptr;
};

} // namespace unfold
