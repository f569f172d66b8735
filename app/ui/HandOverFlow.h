// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentScorer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace unfold {

class QuestionnaireForm;

// A couple answers one instrument on one screen without seeing each other's answers: A is
// asked to take the device, answers, the screen clears and asks for B, B answers; only then
// are both shown side by side, with the differences marked.
class HandOverFlow final : public QWidget
{
    Q_OBJECT

public:
    enum class Stage
    {
        HandToA,
        AnswerA,
        HandToB,
        AnswerB,
        Compare
    };

    explicit HandOverFlow(QWidget *parent = nullptr);

    void start(const Instrument &instrument, const QString &nameA, const QString &nameB);
    Stage stage() const { return m_stage; }
    AnswerSet answersA() const { return m_answersA; }
    AnswerSet answersB() const { return m_answersB; }
    QuestionnaireForm *form() const { return m_form; }
    QTableWidget *comparison() const { return m_comparison; }
    // Answers this far apart (in points, after reverse keying) are marked as a difference.
    static constexpr int markedDifference = 2;

Q_SIGNALS:
    // Both have answered: the comparison is now showing.
    void bothAnswered(const unfold::AnswerSet &a, const unfold::AnswerSet &b);
    void done();
    void cancelled();

private:
    void showHandOver(const QString &name, const QString &other);
    void beginAnswering();
    void takeAnswers(const AnswerSet &answers);
    void fillComparison();

    Instrument m_instrument;
    QString m_nameA;
    QString m_nameB;
    Stage m_stage = Stage::HandToA;
    AnswerSet m_answersA;
    AnswerSet m_answersB;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_handOverText = nullptr;
    QPushButton *m_ready = nullptr;
    QuestionnaireForm *m_form = nullptr;
    QLabel *m_compareHeading = nullptr;
    QTableWidget *m_comparison = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace unfold
