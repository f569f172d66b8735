// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionState.h"
#include "OnionSubject.h"
#include "ShownJournal.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace unfold {

class Journal;
class OnionCanvas;
class SteadyLabel;
struct OnionCell;

// The onion of the selected relationship with a scrubber over its sessions (play/pause), a
// switch between "who reached" and "balance", a period (all sessions or only the latest few, so
// pulling back shows), a switch between the journal's own account and the
// partner's (when one was imported), a table view of the same content, and the picture's export,
// copy and print. Refreshes itself when the journal announces a change.
class OnionView final : public QWidget
{
    Q_OBJECT

public:
    explicit OnionView(QWidget *parent = nullptr);
    ~OnionView() override;

    void setJournal(const unfold::Journal *journal);
    void setRelationship(qint64 relationshipId);

    // For tests and for keeping the place when switching relationships.
    int sessionsShown() const { return m_state.sessionsIncluded(); }
    void showAfterSession(int sessions);
    const OnionState &state() const { return m_state; }
    const OnionSubject &subject() const { return m_subject; }
    // Shows the partner's account of the relationship when there is one (returns whether it does).
    bool showPartnerAccount(bool partner);
    // Shows only the latest `sessions` sessions up to the scrubber's place (0: all of them), when
    // the period choice offers that many; returns whether it does.
    bool showWindow(int sessions);
    OnionCanvas *canvas() const { return m_canvas; }

public Q_SLOTS:
    void exportPicture();
    void copyPicture();
    void printPicture();

Q_SIGNALS:
    void openSessionRequested(qint64 sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleReload();
    void reload();
    void showState(int sessions);
    void switchAccount();
    qint64 sessionToOpen(qint64 sessionId) const;
    void refreshPicture();
    void keepSummaryRoom();
    void togglePlaying();
    void advance();
    void showTooltip(const OnionCell &cell, QPoint globalPosition);
    void describeCurrentCell(const OnionCell &cell);
    void listDisclosures(const OnionCell &cell, QPoint globalPosition);
    OnionPicture exportedPicture() const;

    ShownJournal m_journal{this};
    qint64 m_relationshipId = 0;
    OnionSubject m_subject;
    OnionState m_state;
    OnionState m_previous;
    OnionState m_earlier; // everything up to the shown session, when a window is shown
    bool m_reloadPending = false;

    OnionCanvas *m_canvas = nullptr;
    QTableWidget *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_accountLabel = nullptr;
    QComboBox *m_account = nullptr;
    QHash<qint64, qint64> m_mineOfPartner; // partner's session id -> the matched session of mine
    QToolButton *m_asTable = nullptr;
    QToolButton *m_play = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_date = nullptr;
    SteadyLabel *m_summary = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace unfold
