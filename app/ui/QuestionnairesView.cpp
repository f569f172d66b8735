// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionnairesView.h"

#include "EditHistory.h"
#include "HandOverFlow.h"
#include "HelpButton.h"
#include "Journal.h"
#include "MnemonicText.h"
#include "QuestionnaireForm.h"
#include "RecordCommands.h"
#include "ScoreHistory.h"
#include "SessionTime.h"

#include <QBoxLayout>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>

namespace unfold {

namespace {
enum Page
{
    OverviewPage,
    FormPage,
};

// A list of scores: a subscale's row with a column for each person (filled in
// QuestionnairesViewScores.cpp). The arrows move from row to row and open a group.
QTreeWidget *makeScoreTree(const QString &name, const QString &description, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setAccessibleName(name);
    tree->setAccessibleDescription(description);
    tree->setColumnCount(3);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One cell at a time, so the arrows reach each person's score (Left and Right also open
    // and close a row from its first column).
    tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    return tree;
}
} // namespace

QuestionnairesView::QuestionnairesView(EditHistory &history, QWidget *parent)
    : QWidget(parent), m_edits(history)
{
    m_pages = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto *overview = new QWidget;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    auto *listLabel = new QLabel(tr("Instr&uments"), left);
    m_instruments = new QListWidget(left);
    m_instruments->setAccessibleName(tr("Instruments"));
    m_instruments->setAccessibleDescription(
        tr("The questionnaires you can answer; Enter starts the chosen one."));
    listLabel->setBuddy(m_instruments);
    m_answerA = new QPushButton(left);
    m_answerB = new QPushButton(left);
    m_answerCouple = new QPushButton(tr("Answer as a &couple (hand-over)"), left);
    m_answerCouple->setAccessibleName(tr("Answer as a couple, one after the other"));
    m_answerCouple->setAccessibleDescription(
        tr("Each answers in turn on this device without seeing the other's "
           "answers, then both are compared."));
    m_answerA->setAccessibleDescription(
        tr("Opens the chosen questionnaire for this person, about this session."));
    m_answerB->setAccessibleDescription(
        tr("Opens the chosen questionnaire for this person, about this session."));
    m_import = new QPushButton(tr("I&mport instrument\u2026"), left);
    m_import->setAccessibleName(tr("Import an instrument file"));
    m_import->setAccessibleDescription(
        tr("Adds a questionnaire from a JSON file in Unfold's instrument format."));
    m_status = new QLabel(left);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("Status")); // read out by its text
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_instruments, 1);
    for (QWidget *w : {static_cast<QWidget *>(m_answerA), static_cast<QWidget *>(m_answerB),
                       static_cast<QWidget *>(m_answerCouple), static_cast<QWidget *>(m_import),
                       static_cast<QWidget *>(m_status)})
        leftLayout->addWidget(w);
    leftLayout->addWidget(
        new HelpButton(QStringLiteral("questionnaires"), tr("How questionnaires are scored"), left), 0,
        Qt::AlignLeft);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    m_sessionScores = makeScoreTree(
        tr("Scores of this session"),
        tr("The scores of the questionnaires answered in the chosen session, from 0 to 100: one row per "
           "subscale, one column per person."),
        right);
    m_history = makeScoreTree(
        tr("Score history of this relationship"),
        tr("Each subscale with each person's latest score; open it for every session's score and the change "
           "since the person's previous one."),
        right);
    m_sessionScores->setObjectName(QStringLiteral("sessionScores"));
    m_history->setObjectName(QStringLiteral("scoreHistory"));
    auto *historyKey =
        new QLabel(tr("Scores are from 0 to 100. In brackets: the change since that person's previous score. "
                      "\u2191 and \u2193 mark a reliable change, where the instrument gives norms."),
                   right);
    historyKey->setWordWrap(true);
    historyKey->setToolTip(ScoreHistory::rciNote());
    auto *sessionLabel = new QLabel(tr("Scores of this sessio&n"), right);
    sessionLabel->setBuddy(m_sessionScores);
    auto *historyLabel = new QLabel(tr("Score histor&y"), right);
    historyLabel->setBuddy(m_history);
    rightLayout->addWidget(sessionLabel);
    rightLayout->addWidget(m_sessionScores, 1);
    rightLayout->addWidget(historyLabel);
    rightLayout->addWidget(m_history, 2);
    rightLayout->addWidget(historyKey);

    auto *splitter = new QSplitter(overview);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The instruments take what their buttons need; the scores, read in columns, take the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({left->minimumSizeHint().width(), QWIDGETSIZE_MAX});
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(splitter);
    m_pages->addWidget(overview);

    m_form = new QuestionnaireForm;
    m_pages->addWidget(m_form);
    // The hand-over holds the screen until it ends: a window over the whole main window that
    // keeps the rest of the app (the other tabs, menus, the sidebar) out of reach while the
    // device passes from one partner to the other.
    m_handOverWindow = new QDialog(this);
    m_handOverWindow->setObjectName(QStringLiteral("handOverWindow"));
    m_handOverWindow->setModal(true);
    m_handOver = new HandOverFlow(m_handOverWindow);
    auto *handOverLayout = new QVBoxLayout(m_handOverWindow);
    handOverLayout->addWidget(m_handOver);
    // Escape or closing the window is Cancel, as the flow's own button.
    connect(m_handOverWindow, &QDialog::rejected, this, &QuestionnairesView::showOverview);

    connect(m_answerA, &QPushButton::clicked, this, &QuestionnairesView::answerAsA);
    connect(m_answerB, &QPushButton::clicked, this, &QuestionnairesView::answerAsB);
    connect(m_answerCouple, &QPushButton::clicked, this, &QuestionnairesView::answerAsCouple);
    connect(m_import, &QPushButton::clicked, this, &QuestionnairesView::importInstrument);
    connect(m_instruments, &QListWidget::itemActivated, this, &QuestionnairesView::answerAsA);
    connect(m_form, &QuestionnaireForm::cancelled, this, &QuestionnairesView::showOverview);
    connect(m_form, &QuestionnaireForm::submitted, this, [this](const AnswerSet &answers) {
        const auto instrument = m_form->instrument();
        const EditOutcome saved =
            m_edits.perform<SaveAnswersCommand>(QList{makeAnswer(instrument, m_answeringAsA, answers)});
        if (!saved)
            showStatus(tr("The answers could not be saved: %1").arg(saved.error));
        else
            showStatus(tr("Saved %1's answers.").arg(nameOf(m_answeringAsA)));
        showOverview();
    });
    connect(m_handOver, &HandOverFlow::bothAnswered, this, &QuestionnairesView::saveCouple);
    connect(m_handOver, &HandOverFlow::done, this, &QuestionnairesView::showOverview);
    connect(m_handOver, &HandOverFlow::cancelled, this, &QuestionnairesView::showOverview);

    fillInstruments();
    refresh();
}

void QuestionnairesView::setJournal(const unfold::Journal *journal)
{
    m_journal.show(journal);
    m_relationshipId = 0;
    m_sessionId = 0;
    if (m_journal) {
        connect(m_journal, &Journal::answersChanged, this, &QuestionnairesView::refresh);
        connect(m_journal, &Journal::sessionsChanged, this, &QuestionnairesView::refresh);
        connect(m_journal, &Journal::peopleChanged, this, &QuestionnairesView::refresh);
        connect(m_journal, &QObject::destroyed, this, [this] { setJournal(nullptr); });
    }
    showOverview();
}

void QuestionnairesView::setRelationship(qint64 relationshipId)
{
    m_relationshipId = relationshipId;
    m_sessionId = 0;
    showOverview();
}

void QuestionnairesView::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    if (m_journal && sessionId != 0) {
        if (const auto session = m_journal->session(sessionId))
            m_relationshipId = session->relationshipId;
    }
    refresh();
}

std::optional<Instrument> QuestionnairesView::selectedInstrument() const
{
    const QListWidgetItem *item = m_instruments->currentItem();
    if (!item)
        return std::nullopt;
    return m_library.find(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toInt());
}

QString QuestionnairesView::nameOf(bool personA) const
{
    if (m_journal) {
        if (const auto relationship = m_journal->relationship(m_relationshipId)) {
            if (const auto person =
                    m_journal->person(personA ? relationship->personA : relationship->personB))
                return person->name;
        }
    }
    return personA ? tr("Person A") : tr("Person B");
}

void QuestionnairesView::answerAsA()
{
    answerAlone(true);
}
void QuestionnairesView::answerAsB()
{
    answerAlone(false);
}

void QuestionnairesView::answerAlone(bool personA)
{
    const auto instrument = selectedInstrument();
    if (!instrument || !m_journal || m_sessionId == 0)
        return;
    if (!mayAnswerAgain(*instrument, {personA}))
        return;
    m_answeringAsA = personA;
    m_form->setInstrument(*instrument);
    m_form->setRespondent(nameOf(personA));
    m_pages->setCurrentIndex(FormPage);
    m_form->clear();
}

void QuestionnairesView::answerAsCouple()
{
    const auto instrument = selectedInstrument();
    if (!instrument || !m_journal || m_sessionId == 0)
        return;
    if (!mayAnswerAgain(*instrument, {true, false}))
        return;
    m_handOver->start(*instrument, nameOf(true), nameOf(false));
    m_handOverWindow->setWindowTitle(
        tr("%1 answer \"%2\"")
            .arg(QLocale().createSeparatedList({nameOf(true), nameOf(false)}), instrument->title.text()));
    m_handOverWindow->setGeometry(window()->geometry());
    m_handOverWindow->show();
    m_handOverWindow->activateWindow();
}

bool QuestionnairesView::mayAnswerAgain(const Instrument &instrument, const QList<bool> &asA)
{
    // The sets these answers would replace, found the way the journal replaces them.
    QList<QuestionnaireAnswer> coming;
    for (const bool personA : asA) {
        QuestionnaireAnswer answer;
        answer.sessionId = m_sessionId;
        answer.respondent = personA ? Speaker::A : Speaker::B;
        answer.instrumentId = instrument.id;
        coming.append(answer);
    }
    QStringList who;
    QDateTime when;
    for (const QuestionnaireAnswer &earlier : m_journal->answersReplacedBy(coming)) {
        who.append(nameOf(earlier.respondent == Speaker::A));
        when = std::max(when, earlier.answeredAt);
    }
    if (who.isEmpty())
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Answer Again?"),
                    tr("%1 already answered \"%2\" for this session (%3).")
                        .arg(QLocale().createSeparatedList(who), instrument.title.text(),
                             QLocale().toString(when.toLocalTime(), SessionTime::format(QLocale()))),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("answerAgainQuestion"));
    ask.setInformativeText(tr("A session keeps one set of answers per person, so every chart and report "
                              "shows one number. Answering again replaces the earlier answers; "
                              "Edit › Undo brings them back."));
    QPushButton *again = ask.addButton(tr("Answer Again"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == again;
}

QuestionnaireAnswer QuestionnairesView::makeAnswer(const Instrument &instrument, bool personA,
                                                   const AnswerSet &answers) const
{
    QuestionnaireAnswer answer;
    answer.sessionId = m_sessionId;
    answer.respondent = personA ? Speaker::A : Speaker::B;
    answer.instrumentId = instrument.id;
    answer.instrumentVersion = instrument.version;
    answer.answeredAt = QDateTime::currentDateTime();
    answer.answers = answers;
    answer.scores = InstrumentScorer::score(instrument, answers);
    return answer;
}

void QuestionnairesView::saveCouple(const AnswerSet &a, const AnswerSet &b)
{
    const auto instrument = selectedInstrument();
    if (!instrument || !m_journal)
        return;
    QList<QuestionnaireAnswer> both{makeAnswer(*instrument, true, a), makeAnswer(*instrument, false, b)};
    if (const EditOutcome saved = m_edits.perform<SaveAnswersCommand>(both); !saved)
        showStatus(tr("The answers could not be saved: %1").arg(saved.error));
    else
        showStatus(tr("Saved the answers of %1 and %2.").arg(nameOf(true), nameOf(false)));
}

void QuestionnairesView::showOverview()
{
    m_handOverWindow->hide();
    m_pages->setCurrentIndex(OverviewPage);
    refresh();
}

void QuestionnairesView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void QuestionnairesView::fillInstruments()
{
    const QString current = m_instruments->currentItem()
                                ? m_instruments->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_instruments->clear();
    for (const Instrument &instrument : m_library.instruments()) {
        auto *item = new QListWidgetItem(instrumentName(instrument.id, instrument.version));
        item->setData(Qt::UserRole, instrument.id);
        item->setData(Qt::UserRole + 1, instrument.version);
        item->setToolTip(instrument.instructions.text());
        m_instruments->addItem(item);
        if (instrument.id == current)
            m_instruments->setCurrentItem(item);
    }
    if (!m_instruments->currentItem() && m_instruments->count() > 0)
        m_instruments->setCurrentRow(0);
}

void QuestionnairesView::refresh()
{
    const bool canAnswer = m_journal && !m_journal->isReadOnly() && m_sessionId != 0;
    m_answerA->setText(tr("Answer for %1").arg(MnemonicText::literal(nameOf(true))));
    m_answerA->setAccessibleName(tr("Answer for %1").arg(nameOf(true)));
    m_answerB->setText(tr("Answer for %1").arg(MnemonicText::literal(nameOf(false))));
    m_answerB->setAccessibleName(tr("Answer for %1").arg(nameOf(false)));
    for (QPushButton *button : {m_answerA, m_answerB, m_answerCouple})
        button->setEnabled(canAnswer);
    // The hint goes once a session is chosen; a message about the last answers stays.
    const QString chooseHint = tr("Choose a session to answer questionnaires about it.");
    if (!m_journal || m_sessionId == 0) {
        if (m_status->text().isEmpty())
            m_status->setText(chooseHint);
    } else if (m_status->text() == chooseHint) {
        m_status->clear();
    }
    fillSessionScores();
    fillHistory();
}

bool QuestionnairesView::importInstrumentFile(const QString &path, QString *problemsOut)
{
    QList<InstrumentProblem> problems;
    const auto instrument = m_library.import(path, &problems);
    if (!instrument) {
        QStringList lines;
        for (const InstrumentProblem &p : problems)
            lines.append(p.toString());
        const QString text = lines.join(QLatin1Char('\n'));
        if (problemsOut)
            *problemsOut = text;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Instrument not imported"),
                                    tr("The instrument was not imported; nothing of it was used."),
                                    QMessageBox::Ok, this);
        box->setInformativeText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    fillInstruments();
    for (int row = 0; row < m_instruments->count(); ++row) {
        if (m_instruments->item(row)->data(Qt::UserRole).toString() == instrument->id)
            m_instruments->setCurrentRow(row);
    }
    showStatus(tr("Imported \u201c%1\u201d.").arg(instrument->title.text()));
    return true;
}

void QuestionnairesView::importInstrument()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Instrument"), QString(),
                                                      tr("Instrument files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importInstrumentFile(path);
}

} // namespace unfold
