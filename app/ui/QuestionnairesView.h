// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentLibrary.h"
#include "QuestionnaireAnswer.h"
#include "ShownJournal.h"

#include <QWidget>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace unfold {
class EditHistory;
class Journal;
} // namespace unfold

namespace unfold {

class HandOverFlow;
class QuestionnaireForm;

// The questionnaires of a relationship: the instruments to answer about the selected session
// (for A, for B, or as a couple by hand-over), that session's scores, and the relationship's
// score history. Answers are saved as edits of the history, so Edit › Undo takes them back.
class QuestionnairesView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairesView(EditHistory &history, QWidget *parent = nullptr);

    void setJournal(const unfold::Journal *journal);
    void setRelationship(qint64 relationshipId);
    void setSession(qint64 sessionId);

    // Validates and imports an instrument file; problems are shown and returned as text.
    bool importInstrumentFile(const QString &path, QString *problems = nullptr);
    const InstrumentLibrary &library() const { return m_library; }

public Q_SLOTS:
    // File › Import Instrument: asks for a file, validates it, and says clearly what is wrong.
    void importInstrument();
    void answerAsA();
    void answerAsB();
    void answerAsCouple();

private:
    std::optional<Instrument> selectedInstrument() const;
    QString nameOf(bool personA) const;
    // An instrument's title, with its version only where two versions need telling apart.
    QString instrumentName(const QString &id, int version) const;
    void answerAlone(bool personA);
    // Asks before a second set of answers replaces an earlier one of the same session, person
    // and instrument (DESIGN.md §2.1: one set each). True when nothing is replaced or the user agrees.
    bool mayAnswerAgain(const Instrument &instrument, const QList<bool> &asA);
    QuestionnaireAnswer makeAnswer(const Instrument &instrument, bool personA,
                                   const AnswerSet &answers) const;
    void saveCouple(const AnswerSet &a, const AnswerSet &b);
    void showOverview();
    void fillInstruments();
    void refresh();
    void fillSessionScores();
    void fillHistory();
    void showStatus(const QString &text);

    EditHistory &m_edits;
    ShownJournal m_journal{this};
    qint64 m_relationshipId = 0;
    qint64 m_sessionId = 0;
    bool m_answeringAsA = true;
    InstrumentLibrary m_library;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_instruments = nullptr;
    QPushButton *m_answerA = nullptr;
    QPushButton *m_answerB = nullptr;
    QPushButton *m_answerCouple = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_sessionScores = nullptr;
    QTreeWidget *m_history = nullptr;
    QuestionnaireForm *m_form = nullptr;
    QDialog *m_handOverWindow = nullptr;
    HandOverFlow *m_handOver = nullptr;
};

} // namespace unfold
