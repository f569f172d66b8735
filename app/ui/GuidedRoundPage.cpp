// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidedRoundPage.h"

#include "DisclosureShorthand.h"
#include "EditHistory.h"
#include "Journal.h"
#include "RecordCommands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace unfold {

namespace {

// The page's keys are fixed shortcuts rather than mnemonics: the therapist is typing answers
// in the log field, and the key must be the same whatever the button says right now.
const QKeySequence pauseKey(Qt::CTRL | Qt::Key_P);
const QKeySequence nextPromptKey(Qt::CTRL | Qt::Key_N);
const QKeySequence nextRoundKey(Qt::CTRL | Qt::Key_R);
const QKeySequence stopKey(Qt::Key_Escape);

QString withKey(const QString &text, const QKeySequence &key)
{
    return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

Speaker other(Speaker speaker)
{
    return speaker == Speaker::A ? Speaker::B : Speaker::A;
}

// Logged depth this far apart between the partners within a round is called uneven.
constexpr double unevenDepth = 1.0;
// As is one partner answering this many more times than the other.
constexpr int unevenCount = 2;

} // namespace

GuidedRoundPage::GuidedRoundPage(const Journal &journal, EditHistory &history, QWidget *parent)
    : QWidget(parent), m_journal(journal), m_history(history)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &GuidedRoundPage::tick);

    m_roundTitle = new QLabel;
    QFont big = m_roundTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_roundTitle->setFont(big);
    m_promptText = new QLabel;
    m_promptText->setWordWrap(true);
    QFont promptFont = m_promptText->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.6);
    m_promptText->setFont(promptFont);
    m_turn = new QLabel;
    m_clock = new QLabel;
    // Heard by its text, the time itself; what it is, as its description.
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setAccessibleDescription(tr("Time left in this round"));
    m_cue = new QLabel;
    m_cue->setWordWrap(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);

    m_log = new QLineEdit;
    m_log->setAccessibleName(tr("Log an answer"));
    m_log->setAccessibleDescription(
        tr("How deep the speaker went (1 to the number of layers), or shorthand such as b42, then Enter."));
    connect(m_log, &QLineEdit::textEdited, this, &GuidedRoundPage::logTyped);
    connect(m_log, &QLineEdit::returnPressed, this, &GuidedRoundPage::logFromField);
    m_loggedList = new QListWidget;
    m_loggedList->setAccessibleName(tr("Answers logged in this round"));
    m_loggedList->setAccessibleDescription(tr("What was logged in this round, newest last."));

    m_pause = new QPushButton(withKey(tr("Pause"), pauseKey));
    m_pause->setAccessibleName(tr("Pause or resume the round"));
    m_pause->setAccessibleDescription(tr("Stops or restarts the round's clock."));
    connect(m_pause, &QPushButton::clicked, this, &GuidedRoundPage::togglePause);
    m_nextPrompt = new QPushButton(withKey(tr("Next prompt"), nextPromptKey));
    m_nextPrompt->setAccessibleName(tr("Next prompt"));
    m_nextPrompt->setAccessibleDescription(tr("Shows the next question of this round."));
    connect(m_nextPrompt, &QPushButton::clicked, this, &GuidedRoundPage::nextPrompt);
    m_nextRound = new QPushButton(withKey(tr("Next round"), nextRoundKey));
    m_nextRound->setAccessibleName(tr("Next round"));
    m_nextRound->setAccessibleDescription(tr("Ends this round and starts the next one."));
    connect(m_nextRound, &QPushButton::clicked, this, &GuidedRoundPage::nextRound);
    m_stop = new QPushButton(withKey(tr("Stop here"), stopKey));
    m_stop->setAccessibleName(tr("Stop the rounds here and go on to the check-in"));
    m_stop->setAccessibleDescription(tr("What was logged so far is kept."));
    connect(m_stop, &QPushButton::clicked, this, &GuidedRoundPage::stopHere);

    const auto bind = [this](const QKeySequence &key, void (GuidedRoundPage::*slot)()) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(pauseKey, &GuidedRoundPage::togglePause);
    bind(nextPromptKey, &GuidedRoundPage::nextPrompt);
    bind(nextRoundKey, &GuidedRoundPage::nextRound);
    bind(stopKey, &GuidedRoundPage::stopHere);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(m_nextPrompt);
    buttons->addWidget(m_nextRound);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_roundTitle, 1);
    top->addWidget(m_clock);
    layout->addLayout(top);
    layout->addWidget(m_promptText);
    layout->addWidget(m_turn);
    layout->addWidget(m_log);
    layout->addWidget(m_message);
    layout->addWidget(m_cue);
    layout->addWidget(m_loggedList, 1);
    layout->addLayout(buttons);
}

void GuidedRoundPage::start(const Protocol &protocol, qint64 sessionId, const QString &nameA,
                            const QString &nameB)
{
    m_protocol = protocol;
    m_sessionId = sessionId;
    m_nameA = nameA;
    m_nameB = nameB;
    m_round = 0;
    m_first = Speaker::A;
    m_logged = 0;
    m_paused = false;
    m_log->setPlaceholderText(tr("Depth 1 to %1 for the speaker now, or shorthand such as b42 and Enter")
                                  .arg(m_journal.layerCount()));
    showRound();
}

void GuidedRoundPage::showRound()
{
    const ProtocolRound &round = m_protocol.rounds.at(m_round);
    m_roundTitle->setText(
        tr("Round %1 of %2: %3").arg(m_round + 1).arg(m_protocol.rounds.size()).arg(round.title.text()));
    m_secondsLeft = round.minutes * 60;
    m_prompt = 0;
    m_roundDisclosures.clear();
    m_loggedList->clear();
    m_cue->clear();
    m_nextRound->setText(withKey(
        m_round + 1 < m_protocol.rounds.size() ? tr("Next round") : tr("Finish rounds"), nextRoundKey));
    showPrompt();
    if (!m_paused)
        m_timer.start();
    showClock();
    m_log->setFocus();
}

void GuidedRoundPage::showPrompt()
{
    const ProtocolRound &round = m_protocol.rounds.at(m_round);
    const ProtocolPrompt &prompt = round.prompts.at(m_prompt);
    m_promptText->setText(prompt.text.text());
    m_answered = 0;
    m_expected = m_first;
    m_turn->setText(tr("Prompt %1 of %2 · %3 answers first, then %4")
                        .arg(m_prompt + 1)
                        .arg(round.prompts.size())
                        .arg(nameOf(m_first), nameOf(other(m_first))));
    m_nextPrompt->setEnabled(m_prompt + 1 < round.prompts.size());
    m_message->setText(tr("Now answering: %1").arg(nameOf(m_expected)));
}

void GuidedRoundPage::tick()
{
    if (m_paused || m_secondsLeft <= 0)
        return;
    --m_secondsLeft;
    if (m_secondsLeft == 0)
        m_timer.stop();
    showClock();
}

void GuidedRoundPage::showClock()
{
    const QString time =
        QStringLiteral("%1:%2").arg(m_secondsLeft / 60).arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0'));
    if (m_paused)
        m_clock->setText(tr("Paused · %1 left").arg(time));
    else if (m_secondsLeft == 0)
        m_clock->setText(tr("Time is up: finish this answer, then go on"));
    else
        m_clock->setText(tr("%1 left").arg(time));
}

void GuidedRoundPage::togglePause()
{
    m_paused = !m_paused;
    if (m_paused)
        m_timer.stop();
    else if (m_secondsLeft > 0)
        m_timer.start();
    m_pause->setText(withKey(m_paused ? tr("Resume") : tr("Pause"), pauseKey));
    showClock();
    m_log->setFocus();
}

void GuidedRoundPage::nextPrompt()
{
    const ProtocolRound &round = m_protocol.rounds.at(m_round);
    if (m_prompt + 1 >= round.prompts.size())
        return;
    ++m_prompt;
    // Who goes first alternates, so neither partner always has to open up first.
    m_first = other(m_first);
    showPrompt();
    m_log->setFocus();
}

void GuidedRoundPage::nextRound()
{
    if (m_round + 1 >= m_protocol.rounds.size()) {
        m_timer.stop();
        Q_EMIT finished(false);
        return;
    }
    ++m_round;
    m_first = other(m_first);
    showRound();
}

void GuidedRoundPage::stopHere()
{
    m_timer.stop();
    Q_EMIT finished(true);
}

QList<Topic> GuidedRoundPage::visibleTopics() const
{
    QList<Topic> topics;
    for (const Topic &topic : m_journal.topics()) {
        if (!topic.hidden)
            topics.append(topic);
    }
    return topics;
}

int GuidedRoundPage::promptTopicNumber() const
{
    // The prompt names a default topic; a journal may have renamed or reordered its topics, so
    // the name is looked for first and the default position is the fallback.
    const int index = m_protocol.rounds.at(m_round).prompts.at(m_prompt).topicIndex;
    const QList<Topic> topics = visibleTopics();
    const QString name = defaultTopicNames().value(index);
    for (qsizetype i = 0; i < topics.size(); ++i) {
        if (topics.at(i).name == name)
            return int(i) + 1;
    }
    return std::clamp(index + 1, 1, int(std::max<qsizetype>(1, topics.size())));
}

void GuidedRoundPage::logTyped(const QString &text)
{
    // One keystroke: a lone depth digit logs the expected speaker on the prompt's topic.
    if (text.size() != 1 || !text.front().isDigit())
        return;
    const int depth = text.front().digitValue();
    if (depth < 1 || depth > m_journal.layerCount()) {
        m_message->setText(tr("Not logged: depth must be from 1 to %1").arg(m_journal.layerCount()));
        m_log->clear();
        return;
    }
    m_log->clear();
    log(m_expected, promptTopicNumber(), depth, {});
}

void GuidedRoundPage::logFromField()
{
    const QString text = m_log->text().trimmed();
    if (text.isEmpty())
        return;
    QString error;
    const auto entry =
        DisclosureShorthand::parse(text, int(visibleTopics().size()), m_journal.layerCount(), &error);
    if (!entry) {
        m_message->setText(tr("Not logged: %1").arg(error));
        return;
    }
    m_log->clear();
    log(entry->speaker, entry->topicNumber, entry->depth, entry->note);
}

void GuidedRoundPage::log(Speaker speaker, int topicNumber, int depth, const QString &note)
{
    const QList<Topic> topics = visibleTopics();
    if (topicNumber < 1 || topicNumber > topics.size())
        return;
    Disclosure disclosure;
    disclosure.sessionId = m_sessionId;
    disclosure.position = m_logged;
    disclosure.speaker = speaker;
    disclosure.topicId = topics.at(topicNumber - 1).id;
    disclosure.depth = depth;
    disclosure.note = note;
    const EditOutcome logged =
        m_history.perform<SaveRecordCommand<Disclosure>>(tr("Log an answer"), std::nullopt, disclosure);
    if (!logged) {
        m_message->setText(tr("Not logged: %1").arg(logged.error));
        return;
    }
    ++m_logged;
    m_roundDisclosures.append(disclosure);
    m_loggedList->addItem(
        tr("%1 · %2 · depth %3").arg(nameOf(speaker), topics.at(topicNumber - 1).name).arg(depth));
    m_loggedList->scrollToBottom();
    if (speaker == m_expected) {
        ++m_answered;
        m_expected = other(m_expected);
    }
    const ProtocolRound &round = m_protocol.rounds.at(m_round);
    if (m_answered >= 2 && m_prompt + 1 < round.prompts.size()) {
        nextPrompt();
    } else if (m_answered >= 2) {
        m_message->setText(
            m_round + 1 < m_protocol.rounds.size()
                ? tr("Both have answered every prompt of this round. Go on with Next round.")
                : tr("Both have answered every prompt. Finish the rounds when you are ready."));
    } else {
        m_message->setText(tr("Now answering: %1").arg(nameOf(m_expected)));
    }
    showBalanceCue();
}

void GuidedRoundPage::showBalanceCue()
{
    // The theory's advice: when sharing turns uneven, slow down. Said in words, never only
    // by colour, and never as more than a suggestion.
    int countA = 0;
    int countB = 0;
    double depthA = 0;
    double depthB = 0;
    for (const Disclosure &d : std::as_const(m_roundDisclosures)) {
        (d.speaker == Speaker::A ? countA : countB) += 1;
        (d.speaker == Speaker::A ? depthA : depthB) += d.depth;
    }
    const bool uneven =
        std::abs(countA - countB) >= unevenCount ||
        (countA > 0 && countB > 0 && std::abs(depthA / countA - depthB / countB) >= unevenDepth);
    m_cue->setText(uneven ? tr("Sharing in this round is uneven. It may help to pause, or to stop here.")
                          : QString());
}

} // namespace unfold
