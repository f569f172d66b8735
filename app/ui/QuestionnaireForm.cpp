// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionnaireForm.h"

#include "AnswerInput.h"
#include "MnemonicText.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>

namespace unfold {

QuestionnaireForm::QuestionnaireForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_instructions = new QLabel(this);
    m_instructions->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m answered"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("Message")); // read out by its text
    m_message->hide();
    m_submit = new QPushButton(tr("Su&bmit"), this);
    m_submit->setAccessibleName(tr("Submit answers"));
    m_submit->setToolTip(tr("Submit (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel answering"));
    m_cancel->setAccessibleDescription(tr("Leaves the questionnaire without saving the answers."));
    // Enter on a focused button presses it, as in a dialog: the last item's digit lands on Submit.
    m_submit->setAutoDefault(true);
    m_cancel->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    layout->addWidget(m_heading);
    layout->addWidget(m_instructions);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &QuestionnaireForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QuestionnaireForm::cancelled);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &QuestionnaireForm::submit);
    }
}

void QuestionnaireForm::setInstrument(const Instrument &instrument)
{
    m_instrument = instrument;
    m_inputs.clear();
    m_instructions->setText(instrument.instructions.text());
    auto *page = new QWidget;
    auto *rows = new QVBoxLayout(page);
    int number = 0;
    for (const InstrumentItem &item : instrument.items) {
        ++number;
        // The label is the input's buddy, so an "&" in the item would be taken for a mnemonic.
        auto *label = new QLabel(tr("%1. %2").arg(number).arg(MnemonicText::literal(item.text.text())), page);
        label->setWordWrap(true);
        auto *input = new AnswerInput(instrument, item, page);
        input->setAccessibleName(tr("Item %1: %2").arg(number).arg(item.text.text()));
        label->setBuddy(input);
        rows->addWidget(label);
        rows->addWidget(input);
        rows->addSpacing(8);
        connect(input, &AnswerInput::valueChanged, this, &QuestionnaireForm::updateProgress);
        connect(input, &AnswerInput::chosenByKey, this, [this, input] { focusNextAfter(input); });
        m_inputs.append(input);
    }
    if (!instrument.attribution.isEmpty()) {
        auto *source = new QLabel(instrument.attribution, page);
        source->setWordWrap(true);
        rows->addWidget(source);
    }
    rows->addStretch(1);
    m_scroll->setWidget(page); // deletes the previous page and its inputs
    // Keep Tab order item by item, then the buttons.
    QWidget *previous = nullptr;
    for (AnswerInput *input : std::as_const(m_inputs)) {
        if (previous)
            setTabOrder(previous, input);
        previous = input;
    }
    if (previous) {
        setTabOrder(previous, m_submit);
        setTabOrder(m_submit, m_cancel);
    }
    m_message->hide();
    updateProgress();
    if (!m_inputs.isEmpty())
        m_inputs.first()->setFocus(Qt::OtherFocusReason);
}

void QuestionnaireForm::setRespondent(const QString &name)
{
    m_heading->setText(name.isEmpty() ? m_instrument.title.text()
                                      : tr("%1 answers: %2").arg(name, m_instrument.title.text()));
}

AnswerSet QuestionnaireForm::answers() const
{
    AnswerSet set;
    for (const AnswerInput *input : m_inputs) {
        if (input->value())
            set.insert(input->itemId(), *input->value());
    }
    return set;
}

void QuestionnaireForm::clear()
{
    for (AnswerInput *input : std::as_const(m_inputs))
        input->setValue(std::nullopt);
    m_message->hide();
    if (!m_inputs.isEmpty()) {
        m_inputs.first()->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(m_inputs.first());
    }
}

QStringList QuestionnaireForm::stillNeeded(AnswerInput **first) const
{
    const QStringList blocking = InstrumentScorer::itemsBlockingScores(m_instrument, answers());
    QStringList numbers;
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        if (blocking.contains(m_inputs.at(i)->itemId())) {
            numbers.append(QString::number(i + 1));
            if (first && !*first)
                *first = m_inputs.at(i);
        }
    }
    return numbers;
}

void QuestionnaireForm::sayStillNeeded(const QStringList &numbers)
{
    m_message->setText(tr("Too many items are still open to score this questionnaire. Still needed: %1.")
                           .arg(numbers.join(QStringLiteral(", "))));
    m_message->show();
}

bool QuestionnaireForm::submit()
{
    AnswerInput *first = nullptr;
    const QStringList numbers = stillNeeded(&first);
    if (!numbers.isEmpty()) {
        sayStillNeeded(numbers);
        if (first) {
            first->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(first);
        }
        return false;
    }
    m_message->hide();
    Q_EMIT submitted(answers());
    return true;
}

void QuestionnaireForm::updateProgress()
{
    m_progress->setMaximum(int(m_inputs.size()));
    m_progress->setValue(int(answers().size()));
    // A refusal shown before follows the answers: the items it lists shrink as they are answered,
    // and it goes when nothing is missing (it stayed, listing answered items, until Submit).
    if (m_message->isVisible()) {
        const QStringList numbers = stillNeeded(nullptr);
        if (numbers.isEmpty())
            m_message->hide();
        else
            sayStillNeeded(numbers);
    }
}

void QuestionnaireForm::focusNextAfter(AnswerInput *input)
{
    const qsizetype at = m_inputs.indexOf(input);
    if (at + 1 < m_inputs.size()) {
        m_inputs.at(at + 1)->setFocus(Qt::TabFocusReason);
        m_scroll->ensureWidgetVisible(m_inputs.at(at + 1));
    } else {
        m_submit->setFocus(Qt::TabFocusReason);
    }
}

} // namespace unfold
