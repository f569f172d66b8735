// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidedSessionWizard.h"

#include "EditHistory.h"
#include "GuidedRoundPage.h"
#include "GuidedSessionSummary.h"
#include "HandOverFlow.h"
#include "InstrumentLibrary.h"
#include "Journal.h"
#include "ProtocolLibrary.h"
#include "RecordCommands.h"
#include "ReportPainter.h"
#include "SessionReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace unfold {

GuidedSessionWizard::GuidedSessionWizard(const Journal &journal, EditHistory &history, qint64 relationshipId,
                                         QWidget *parent, const QString &protocolFolder)
    : QDialog(parent), m_journal(journal), m_history(history), m_relationshipId(relationshipId)
{
    setWindowTitle(tr("Guided Session"));
    if (const auto relationship = journal.relationship(relationshipId)) {
        m_nameA = journal.person(relationship->personA).value_or(Person{}).name;
        m_nameB = journal.person(relationship->personB).value_or(Person{}).name;
    }
    m_protocolFolder = protocolFolder;

    m_pages = new QStackedWidget;
    m_pages->addWidget(makeChoosePage());
    m_rounds = new GuidedRoundPage(journal, history);
    connect(m_rounds, &GuidedRoundPage::finished, this, &GuidedSessionWizard::roundsFinished);
    m_pages->addWidget(m_rounds);
    m_checkIn = new HandOverFlow;
    connect(m_checkIn, &HandOverFlow::bothAnswered, this, &GuidedSessionWizard::saveCheckIn);
    connect(m_checkIn, &HandOverFlow::done, this, [this] { showStep(Step::Notes); });
    connect(m_checkIn, &HandOverFlow::cancelled, this, [this] { showStep(Step::Notes); });
    m_pages->addWidget(m_checkIn);
    m_pages->addWidget(makeNotesPage());
    m_pages->addWidget(makeSummaryPage());

    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    resize(820, 640);
    // Only now is the button inside the dialog, which is what makes Enter press it.
    m_begin->setDefault(true);
    showStep(Step::Choose);
}

GuidedSessionWizard::~GuidedSessionWizard()
{
    endGroup();
}

QWidget *GuidedSessionWizard::makeChoosePage()
{
    auto *page = new QWidget;
    m_protocols = new QComboBox;
    m_protocols->setAccessibleName(tr("Protocol"));
    m_protocols->setAccessibleDescription(tr("The plan of rounds and prompts the session follows."));
    connect(m_protocols, &QComboBox::currentIndexChanged, this, &GuidedSessionWizard::showChosenProtocol);
    m_instructions = new QLabel;
    m_instructions->setWordWrap(true);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_problems->setAccessibleName(tr("Protocol problems"));
    m_problems->setAccessibleDescription(
        tr("What is wrong with a protocol that cannot be used, if anything."));
    auto *import = new QPushButton(tr("&Import Protocol…"));
    import->setAccessibleName(tr("Import a protocol file"));
    import->setAccessibleDescription(tr("Adds a protocol from a JSON file in Unfold's protocol format."));
    import->setAutoDefault(false);
    connect(import, &QPushButton::clicked, this, &GuidedSessionWizard::askImportProtocol);
    m_begin = new QPushButton(tr("&Begin"));
    m_begin->setAccessibleName(tr("Begin the guided session"));
    m_begin->setAccessibleDescription(tr("Starts a new session with the chosen protocol's first round."));
    connect(m_begin, &QPushButton::clicked, this, &GuidedSessionWizard::begin);
    auto *label = new QLabel(tr("&Protocol:"));
    label->setBuddy(m_protocols);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("A guided session with %1 and %2.").arg(m_nameA, m_nameB)));
    layout->addWidget(label);
    layout->addWidget(m_protocols);
    layout->addWidget(m_instructions);
    layout->addWidget(m_problems);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addStretch();
    buttons->addWidget(m_begin);
    layout->addLayout(buttons);
    loadProtocols();
    return page;
}

QWidget *GuidedSessionWizard::makeNotesPage()
{
    auto *page = new QWidget;
    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Therapist notes"));
    m_notes->setAccessibleDescription(
        tr("Private notes on the session; reports leave them out unless asked."));
    m_notes->setTabChangesFocus(true);
    auto *label =
        new QLabel(tr("&Therapist notes. They stay private: no report or export shows them unless you "
                      "tick \"include notes\" for it."));
    label->setWordWrap(true);
    label->setBuddy(m_notes);
    auto *next = new QPushButton(tr("Show &summary"));
    next->setAccessibleName(tr("Save the notes and show the summary"));
    next->setAccessibleDescription(tr("Keeps the notes with the session and shows what changed."));
    connect(next, &QPushButton::clicked, this, &GuidedSessionWizard::finishNotes);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_notes, 1);
    layout->addWidget(next, 0, Qt::AlignRight);
    return page;
}

QWidget *GuidedSessionWizard::makeSummaryPage()
{
    auto *page = new QWidget;
    m_summary = new GuidedSessionSummary;
    m_includeNotes = new QCheckBox(tr("&Include therapist notes in the report"));
    m_includeNotes->setAccessibleName(tr("Include therapist notes in the report"));
    m_includeNotes->setAccessibleDescription(tr("Off, the report leaves the private notes out."));
    auto *exportButton = new QPushButton(tr("&Export Report…"));
    exportButton->setAccessibleName(tr("Export the report as a PDF file"));
    exportButton->setAccessibleDescription(tr("Asks where to save the session report as PDF."));
    connect(exportButton, &QPushButton::clicked, this, &GuidedSessionWizard::askExportReport);
    auto *print = new QPushButton(tr("P&rint Report…"));
    print->setAccessibleName(tr("Print the report"));
    print->setAccessibleDescription(tr("Opens the print dialog for the session report."));
    connect(print, &QPushButton::clicked, this, &GuidedSessionWizard::printReport);
    auto *close = new QPushButton(tr("&Close"));
    close->setAccessibleName(tr("Close the guided session"));
    close->setAccessibleDescription(tr("Everything logged is already saved in the journal."));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_includeNotes);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    buttons->addWidget(print);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    return page;
}

void GuidedSessionWizard::showStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::Choose:
        m_protocols->setFocus();
        break;
    case Step::Rounds:
        break;
    case Step::CheckIn:
        break;
    case Step::Notes:
        m_notes->setFocus();
        break;
    case Step::Summary:
        m_includeNotes->setFocus();
        break;
    }
}

void GuidedSessionWizard::loadProtocols()
{
    const ProtocolLibrary library(m_protocolFolder);
    m_available = library.protocols();
    const QSignalBlocker blocker(m_protocols);
    m_protocols->clear();
    for (const Protocol &protocol : std::as_const(m_available))
        m_protocols->addItem(protocol.title.text(), protocol.id);
    // A broken imported file is left out whole; say which and why, so it can be fixed.
    QStringList problems;
    for (const ProtocolProblem &problem : library.problems())
        problems.append(problem.toString());
    m_problems->setText(
        problems.isEmpty()
            ? QString()
            : tr("Not offered, because of problems:\n%1").arg(problems.join(QLatin1Char('\n'))));
    showChosenProtocol();
}

bool GuidedSessionWizard::importProtocol(const QString &path)
{
    ProtocolLibrary library(m_protocolFolder);
    QList<ProtocolProblem> problems;
    const auto imported = library.import(path, &problems);
    if (!imported) {
        QStringList lines;
        for (const ProtocolProblem &problem : std::as_const(problems))
            lines.append(problem.toString());
        m_status->setText(tr("The protocol was not imported:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    loadProtocols();
    m_protocols->setCurrentIndex(m_protocols->findData(imported->id));
    m_status->setText(tr("Imported \"%1\".").arg(imported->title.text()));
    return true;
}

void GuidedSessionWizard::askImportProtocol()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Protocol"), QString(), tr("Protocol files (*.json)"));
    if (!path.isEmpty())
        importProtocol(path);
}

void GuidedSessionWizard::showChosenProtocol()
{
    const int index = m_protocols->currentIndex();
    m_begin->setEnabled(index >= 0);
    m_instructions->setText(index >= 0 ? m_available.at(index).instructions.text()
                                       : tr("No protocol could be read."));
}

void GuidedSessionWizard::begin()
{
    const int index = m_protocols->currentIndex();
    if (index < 0 || m_sessionId != 0)
        return;
    m_protocol = m_available.at(index);
    Session session;
    session.relationshipId = m_relationshipId;
    session.start = QDateTime::currentDateTime();
    session.context = SessionContext::InPerson;
    // Everything the session writes (the session, its marker, what is logged in the rounds, the
    // check-in, the notes) is one step of Edit › Undo: undoing it leaves no trace of the session.
    m_history.beginGroup(tr("Guided Session"));
    m_grouping = true;
    const EditOutcome started =
        m_history.perform<SaveRecordCommand<Session>>(tr("Guided session"), std::nullopt, session);
    if (!started) {
        endGroup();
        m_status->setText(tr("The session could not be started: %1").arg(started.error));
        return;
    }
    m_sessionId = started.savedId;
    // The protocol is marked on the timeline, where the charts and the report find it.
    const EditOutcome marked = m_history.perform<AddTimelineEventCommand>(TimelineEvent{
        0, m_relationshipId, session.start.date(), tr("Guided session: %1").arg(m_protocol.title.text())});
    if (!marked)
        m_status->setText(tr("The protocol could not be marked on the timeline: %1").arg(marked.error));
    if (m_protocol.rounds.isEmpty()) {
        startCheckIn();
        return;
    }
    showStep(Step::Rounds);
    m_rounds->start(m_protocol, m_sessionId, m_nameA, m_nameB);
}

void GuidedSessionWizard::endGroup()
{
    if (m_grouping)
        m_history.endGroup();
    m_grouping = false;
}

void GuidedSessionWizard::done(int result)
{
    endGroup(); // closed half-way: what was written so far is still one step
    QDialog::done(result);
}

void GuidedSessionWizard::reject()
{
    if (m_step == Step::Rounds) {
        m_rounds->stopHere();
        return;
    }
    QDialog::reject();
}

void GuidedSessionWizard::roundsFinished(bool stoppedEarly)
{
    m_stoppedEarly = stoppedEarly;
    if (stoppedEarly)
        m_status->setText(
            tr("Stopped after round %1. Nothing more has to be said today.").arg(m_rounds->roundIndex() + 1));
    startCheckIn();
}

void GuidedSessionWizard::startCheckIn()
{
    const InstrumentLibrary instruments;
    const auto instrument = instruments.find(m_protocol.checkinInstrument);
    if (m_protocol.checkinInstrument.isEmpty() || !instrument) {
        if (!m_protocol.checkinInstrument.isEmpty())
            m_status->setText(
                tr("The check-in \"%1\" is not installed; skipped.").arg(m_protocol.checkinInstrument));
        showStep(Step::Notes);
        return;
    }
    showStep(Step::CheckIn);
    m_checkIn->start(*instrument, m_nameA, m_nameB);
}

void GuidedSessionWizard::saveCheckIn()
{
    const InstrumentLibrary instruments;
    const auto instrument = instruments.find(m_protocol.checkinInstrument);
    if (!instrument)
        return;
    QList<QuestionnaireAnswer> both;
    for (const Speaker who : {Speaker::A, Speaker::B}) {
        QuestionnaireAnswer answer;
        answer.sessionId = m_sessionId;
        answer.respondent = who;
        answer.instrumentId = instrument->id;
        answer.instrumentVersion = instrument->version;
        answer.answeredAt = QDateTime::currentDateTime();
        answer.answers = who == Speaker::A ? m_checkIn->answersA() : m_checkIn->answersB();
        answer.scores = InstrumentScorer::score(*instrument, answer.answers);
        both.append(answer);
    }
    if (const EditOutcome saved = m_history.perform<SaveAnswersCommand>(both); !saved)
        m_status->setText(tr("The check-in answers could not be saved: %1").arg(saved.error));
}

void GuidedSessionWizard::finishNotes()
{
    if (const auto before = m_journal.session(m_sessionId);
        before && before->notes != m_notes->toPlainText()) {
        Session after = *before;
        after.notes = m_notes->toPlainText();
        if (const EditOutcome saved =
                m_history.perform<SaveRecordCommand<Session>>(tr("Therapist notes"), before, after);
            !saved)
            m_status->setText(tr("The notes could not be saved: %1").arg(saved.error));
    }
    endGroup(); // the session's edits end with its notes; the summary only reads
    QString error;
    const auto report = SessionReport::build(m_journal, m_relationshipId, m_sessionId, false, &error);
    if (report)
        m_summary->setReport(*report, ReportPictures::load(m_journal, m_relationshipId));
    else
        m_status->setText(error);
    showStep(Step::Summary);
}

bool GuidedSessionWizard::exportReport(const QString &path)
{
    QString error;
    if (ReportPainter::writeSessionPdf(path, m_journal, m_relationshipId, m_sessionId,
                                       m_includeNotes->isChecked(), &error) == 0) {
        m_status->setText(tr("The report was not written: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void GuidedSessionWizard::askExportReport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReport(path);
}

void GuidedSessionWizard::printReport()
{
    QString error;
    const auto report =
        SessionReport::build(m_journal, m_relationshipId, m_sessionId, m_includeNotes->isChecked(), &error);
    if (!report) {
        m_status->setText(error);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (ReportPainter::paint(printer, *report, ReportPictures::load(m_journal, m_relationshipId)) == 0)
        m_status->setText(tr("The report could not be printed."));
}

} // namespace unfold
