// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Protocol.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace unfold {
class EditHistory;
class Journal;
} // namespace unfold

namespace unfold {

class GuidedRoundPage;
class GuidedSessionSummary;
class HandOverFlow;

// Session › Guided Session…: runs a protocol with a couple from start to report. Choose a
// protocol; the rounds (GuidedRoundPage); each partner's private check-in (HandOverFlow); the
// therapist's private notes; the summary, from which the report is exported or printed.
class GuidedSessionWizard final : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Choose,
        Rounds,
        CheckIn,
        Notes,
        Summary
    };

    // `protocolFolder`: where imported protocols are kept (empty: the default folder).
    GuidedSessionWizard(const Journal &journal, EditHistory &history, qint64 relationshipId,
                        QWidget *parent = nullptr, const QString &protocolFolder = {});

    Step step() const { return m_step; }
    qint64 sessionId() const { return m_sessionId; }
    QComboBox *protocolChoice() const { return m_protocols; }
    GuidedRoundPage *rounds() const { return m_rounds; }
    HandOverFlow *checkIn() const { return m_checkIn; }
    QPlainTextEdit *notes() const { return m_notes; }
    GuidedSessionSummary *summary() const { return m_summary; }
    QCheckBox *includeNotes() const { return m_includeNotes; }
    // Whether the rounds ended with Stop here.
    bool stoppedEarly() const { return m_stoppedEarly; }

    void begin();
    // Writes the report of this session to `path`; false with a message shown when it fails.
    bool exportReport(const QString &path);
    // Validates and imports the protocol file at `path`; false with the problems shown.
    bool importProtocol(const QString &path);
    QLabel *status() const { return m_status; }
    // Escape during the rounds means Stop here, not closing the session half-way.
    void reject() override;
    void done(int result) override;
    ~GuidedSessionWizard() override;

private:
    QWidget *makeChoosePage();
    QWidget *makeNotesPage();
    QWidget *makeSummaryPage();
    void showStep(Step step);
    void loadProtocols();
    void askImportProtocol();
    void showChosenProtocol();
    void roundsFinished(bool stoppedEarly);
    void startCheckIn();
    void saveCheckIn();
    void finishNotes();
    void askExportReport();
    void printReport();
    void endGroup();

    const Journal &m_journal;
    EditHistory &m_history;
    qint64 m_relationshipId = 0;
    QString m_protocolFolder;
    QList<Protocol> m_available;
    Protocol m_protocol;
    qint64 m_sessionId = 0;
    QString m_nameA;
    QString m_nameB;
    Step m_step = Step::Choose;
    bool m_stoppedEarly = false;
    bool m_grouping = false; // the history's group of this session's edits is open

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_protocols = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_begin = nullptr;
    GuidedRoundPage *m_rounds = nullptr;
    HandOverFlow *m_checkIn = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    GuidedSessionSummary *m_summary = nullptr;
    QCheckBox *m_includeNotes = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace unfold
