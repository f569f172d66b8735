// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandOverFlow.h"

#include "QuestionnaireForm.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>

namespace unfold {

namespace {
enum Page
{
    HandOverPage,
    FormPage,
    ComparePage
};

QString scoreText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1)
                 : QCoreApplication::translate("unfold::HandOverFlow", "no score");
}
} // namespace

HandOverFlow::HandOverFlow(QWidget *parent) : QWidget(parent)
{
    m_pages = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto *handOver = new QWidget;
    auto *handLayout = new QVBoxLayout(handOver);
    m_handOverText = new QLabel(handOver);
    m_handOverText->setWordWrap(true);
    m_handOverText->setAlignment(Qt::AlignCenter);
    QFont big = m_handOverText->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_handOverText->setFont(big);
    m_ready = new QPushButton(handOver);
    m_ready->setDefault(true);
    m_ready->setAccessibleName(tr("Start answering"));
    m_ready->setAccessibleDescription(
        tr("Shows the questionnaire to the person named; the other's answers stay "
           "hidden."));
    auto *cancel = new QPushButton(tr("Cancel"), handOver);
    cancel->setAccessibleName(tr("Cancel the hand-over"));
    cancel->setAccessibleDescription(tr("Stops without saving any answers."));
    handLayout->addStretch(1);
    handLayout->addWidget(m_handOverText);
    handLayout->addWidget(m_ready, 0, Qt::AlignCenter);
    handLayout->addWidget(cancel, 0, Qt::AlignCenter);
    handLayout->addStretch(1);
    m_pages->addWidget(handOver);

    m_form = new QuestionnaireForm;
    m_pages->addWidget(m_form);

    auto *compare = new QWidget;
    auto *compareLayout = new QVBoxLayout(compare);
    m_compareHeading = new QLabel(compare);
    m_compareHeading->setWordWrap(true);
    m_comparison = new QTableWidget(compare);
    m_comparison->setAccessibleName(tr("Both answers side by side"));
    m_comparison->setAccessibleDescription(tr("One row per question: what each of you answered."));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setWordWrap(true);
    m_comparison->setAlternatingRowColors(true);
    m_comparison->verticalHeader()->hide();   // the questions carry their own numbers
    m_comparison->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_done = new QPushButton(tr("&Done"), compare);
    m_done->setAccessibleName(tr("Close the comparison"));
    m_done->setAccessibleDescription(tr("Goes back to the questionnaires; both sets of answers are saved."));
    compareLayout->addWidget(m_compareHeading);
    compareLayout->addWidget(m_comparison, 1);
    compareLayout->addWidget(m_done, 0, Qt::AlignRight);
    m_pages->addWidget(compare);

    connect(m_ready, &QPushButton::clicked, this, &HandOverFlow::beginAnswering);
    connect(cancel, &QPushButton::clicked, this, &HandOverFlow::cancelled);
    connect(m_form, &QuestionnaireForm::submitted, this, &HandOverFlow::takeAnswers);
    connect(m_form, &QuestionnaireForm::cancelled, this, &HandOverFlow::cancelled);
    connect(m_done, &QPushButton::clicked, this, &HandOverFlow::done);
}

void HandOverFlow::start(const Instrument &instrument, const QString &nameA, const QString &nameB)
{
    m_instrument = instrument;
    m_nameA = nameA;
    m_nameB = nameB;
    m_answersA.clear();
    m_answersB.clear();
    m_form->setInstrument(instrument);
    m_stage = Stage::HandToA;
    showHandOver(nameA, nameB);
}

void HandOverFlow::showHandOver(const QString &name, const QString &other)
{
    m_handOverText->setText(tr("Please hand the device to %1.\n%2, please look away until %1 has finished; "
                               "you will answer next, and neither of you sees the other's answers until "
                               "both are done.")
                                .arg(name, other));
    if (m_stage == Stage::HandToB)
        m_handOverText->setText(
            tr("Thank you, %1. Your answers are hidden.\nPlease hand the device to %2.").arg(other, name));
    m_ready->setText(tr("I am %1: start").arg(name));
    m_ready->setAccessibleName(tr("Start answering as %1").arg(name));
    m_pages->setCurrentIndex(HandOverPage);
    m_ready->setFocus(Qt::OtherFocusReason);
}

void HandOverFlow::beginAnswering()
{
    const bool first = m_stage == Stage::HandToA;
    m_stage = first ? Stage::AnswerA : Stage::AnswerB;
    m_form->clear();
    m_form->setRespondent(first ? m_nameA : m_nameB);
    m_pages->setCurrentIndex(FormPage);
    m_form->clear(); // focuses the first item
}

void HandOverFlow::takeAnswers(const AnswerSet &answers)
{
    if (m_stage == Stage::AnswerA) {
        m_answersA = answers;
        // The screen clears before B takes the device: A's answers are gone from the form.
        m_form->clear();
        m_stage = Stage::HandToB;
        showHandOver(m_nameB, m_nameA);
        return;
    }
    if (m_stage != Stage::AnswerB)
        return;
    m_answersB = answers;
    m_form->clear();
    m_stage = Stage::Compare;
    fillComparison();
    m_pages->setCurrentIndex(ComparePage);
    m_comparison->setFocus(Qt::OtherFocusReason);
    Q_EMIT bothAnswered(m_answersA, m_answersB);
}

void HandOverFlow::fillComparison()
{
    m_compareHeading->setText(tr("%1 and %2 side by side. Rows marked \u25C6 differ by %3 points or more.")
                                  .arg(m_nameA, m_nameB)
                                  .arg(markedDifference));
    const QList<SubscaleScore> scoresA = InstrumentScorer::score(m_instrument, m_answersA);
    const QList<SubscaleScore> scoresB = InstrumentScorer::score(m_instrument, m_answersB);
    m_comparison->clear();
    m_comparison->setColumnCount(4);
    m_comparison->setHorizontalHeaderLabels({tr("Item"), m_nameA, m_nameB, tr("Difference")});
    m_comparison->setRowCount(int(scoresA.size() + m_instrument.items.size()));
    QFont bold = m_comparison->font();
    bold.setBold(true);
    int row = 0;
    auto put = [&](const QString &label, const QString &a, const QString &b, const QString &difference,
                   bool marked) {
        const QStringList cells{label, a, b, difference};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (marked)
                cell->setFont(bold);
            if (c > 0)
                cell->setTextAlignment(Qt::AlignCenter);
            m_comparison->setItem(row, c, cell);
        }
        ++row;
    };
    for (qsizetype i = 0; i < scoresA.size(); ++i) {
        const Subscale *subscale = m_instrument.subscale(scoresA.at(i).subscale);
        const auto a = scoresA.at(i).score0to100;
        const auto b = scoresB.at(i).score0to100;
        QString difference = tr("no data");
        if (a && b)
            difference = tr("%1 points").arg(QLocale().toString(std::abs(*a - *b), 'f', 1));
        put(tr("Score: %1 (0–100)").arg(subscale->title.text()), scoreText(a), scoreText(b), difference,
            false);
    }
    int number = 0;
    for (const InstrumentItem &item : m_instrument.items) {
        ++number;
        const auto a = m_answersA.constFind(item.id);
        const auto b = m_answersB.constFind(item.id);
        QString difference = tr("not compared");
        bool marked = false;
        if (a != m_answersA.constEnd() && b != m_answersB.constEnd()) {
            const int gap = std::abs(InstrumentScorer::keyed(m_instrument, item, *a) -
                                     InstrumentScorer::keyed(m_instrument, item, *b));
            marked = gap >= markedDifference;
            difference = gap == 0 ? tr("same")
                         : marked ? tr("\u25C6 %n apart", nullptr, gap)
                                  : tr("%n apart", nullptr, gap);
        }
        const QString text = tr("%1. %2").arg(number).arg(item.text.text());
        put(text, a != m_answersA.constEnd() ? QString::number(*a) : tr("no answer"),
            b != m_answersB.constEnd() ? QString::number(*b) : tr("no answer"), difference, marked);
    }
    // The question takes what the numbers leave and wraps; each row is as tall as its question
    // needs at the width it has now, not at the width it had when filled.
    QHeaderView *columns = m_comparison->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    columns->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    // The two people's columns are as wide as each other: neither answer looks the weightier.
    int personWidth = 0;
    for (int c : {1, 2}) {
        columns->setSectionResizeMode(c, QHeaderView::Interactive);
        m_comparison->resizeColumnToContents(c);
        personWidth = std::max(personWidth, m_comparison->columnWidth(c));
    }
    for (int c : {1, 2})
        m_comparison->setColumnWidth(c, personWidth);
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace unfold
