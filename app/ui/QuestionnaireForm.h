// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentScorer.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace unfold {

class AnswerInput;

// One person answering one instrument, from the keyboard alone: Tab, a typed digit or Enter on
// an answer moves from item to item, Ctrl+Return (or Enter on Submit) submits. Shows progress,
// and will not submit while a subscale lacks too many answers to be scored; it then names the
// items still open.
class QuestionnaireForm final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireForm(QWidget *parent = nullptr);

    void setInstrument(const Instrument &instrument);
    // "Anna answers": who the form is for, said at the top.
    void setRespondent(const QString &name);
    AnswerSet answers() const;
    void clear();
    const Instrument &instrument() const { return m_instrument; }
    QList<AnswerInput *> inputs() const { return m_inputs; }

public Q_SLOTS:
    // Emits submitted() and returns true, or shows what is missing and returns false.
    bool submit();

Q_SIGNALS:
    void submitted(const unfold::AnswerSet &answers);
    void cancelled();

private:
    void updateProgress();
    // The numbers of the items still needed to score, and (with `first`) the first of them.
    QStringList stillNeeded(AnswerInput **first) const;
    void sayStillNeeded(const QStringList &numbers);
    void focusNextAfter(AnswerInput *input);

    Instrument m_instrument;
    QLabel *m_heading = nullptr;
    QLabel *m_instructions = nullptr;
    QScrollArea *m_scroll = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<AnswerInput *> m_inputs;
};

} // namespace unfold
