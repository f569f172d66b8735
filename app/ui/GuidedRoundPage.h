// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"
#include "Protocol.h"
#include "Topic.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace unfold {
class EditHistory;
class Journal;
} // namespace unfold

namespace unfold {

// The rounds of a guided session: one prompt at a time, answered by both partners with the
// first speaker alternating, a clock per round, and Pause and Stop here always at hand. The
// therapist logs each answer in one keystroke (its depth: the speaker and the prompt's topic
// are known) or in the session editor's shorthand ("b42" + Enter).
class GuidedRoundPage final : public QWidget
{
    Q_OBJECT

public:
    GuidedRoundPage(const Journal &journal, EditHistory &history, QWidget *parent = nullptr);

    // Starts the first round of `protocol` for the session `sessionId`.
    void start(const Protocol &protocol, qint64 sessionId, const QString &nameA, const QString &nameB);
    // One tick of the round clock is a second; tests make it shorter.
    void setTickInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    int roundIndex() const { return m_round; }
    int promptIndex() const { return m_prompt; }
    Speaker expectedSpeaker() const { return m_expected; }
    int secondsLeft() const { return m_secondsLeft; }
    bool isPaused() const { return m_paused; }
    int loggedCount() const { return m_logged; }
    QLineEdit *logField() const { return m_log; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *nextRoundButton() const { return m_nextRound; }
    QLabel *clockLabel() const { return m_clock; }

    void togglePause();
    void nextPrompt();
    void nextRound();
    void stopHere();

Q_SIGNALS:
    // The rounds are over: all done, or `stoppedEarly` by Stop here.
    void finished(bool stoppedEarly);

private:
    void showRound();
    void showPrompt();
    void tick();
    void showClock();
    void logFromField();
    void logTyped(const QString &text);
    void log(Speaker speaker, int topicNumber, int depth, const QString &note);
    void showBalanceCue();
    QList<Topic> visibleTopics() const;
    int promptTopicNumber() const;
    QString nameOf(Speaker speaker) const { return speaker == Speaker::A ? m_nameA : m_nameB; }

    const Journal &m_journal;
    EditHistory &m_history;
    Protocol m_protocol;
    qint64 m_sessionId = 0;
    QString m_nameA;
    QString m_nameB;
    int m_round = 0;
    int m_prompt = 0;
    Speaker m_first = Speaker::A;
    Speaker m_expected = Speaker::A;
    int m_answered = 0; // answers to the current prompt, 0..2
    int m_logged = 0;   // disclosures logged in the session
    QList<Disclosure> m_roundDisclosures;
    int m_secondsLeft = 0;
    bool m_paused = false;
    QTimer m_timer;

    QLabel *m_roundTitle = nullptr;
    QLabel *m_promptText = nullptr;
    QLabel *m_turn = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_cue = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_log = nullptr;
    QListWidget *m_loggedList = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_nextPrompt = nullptr;
    QPushButton *m_nextRound = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace unfold
