// SPDX-License-Identifier: GPL-3.0-or-later
// The two score tables of QuestionnairesView: the selected session's, and the relationship's history.
#include "QuestionnairesView.h"

#include "Journal.h"
#include "ScoreHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTableWidget>

namespace unfold {

namespace {

QString number(std::optional<double> value, int decimals = 1)
{
    return value ? QLocale().toString(*value, 'f', decimals)
                 : QCoreApplication::translate("unfold::QuestionnairesView", "no data");
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

void QuestionnairesView::fillSessionScores()
{
    m_sessionScores->setRowCount(0);
    if (!m_journal || m_sessionId == 0)
        return;
    for (const QuestionnaireAnswer &answer : m_journal->answers(m_sessionId)) {
        const auto instrument = m_library.find(answer.instrumentId, answer.instrumentVersion);
        for (const SubscaleScore &score : answer.scores) {
            const Subscale *subscale = instrument ? instrument->subscale(score.subscale) : nullptr;
            const int row = m_sessionScores->rowCount();
            m_sessionScores->insertRow(row);
            setRow(m_sessionScores, row,
                   {instrument ? instrument->title.text() : answer.instrumentId,
                    nameOf(answer.respondent == Speaker::A),
                    subscale ? subscale->title.text() : score.subscale, number(score.score, 2),
                    number(score.score0to100), tr("%1 of %2").arg(score.answered).arg(score.items)});
        }
    }
    m_sessionScores->resizeColumnsToContents();
}

void QuestionnairesView::fillHistory()
{
    m_history->setRowCount(0);
    if (!m_journal || m_relationshipId == 0)
        return;
    // Change and reliable change are computed in the core, the same for the report and the CLI.
    for (const ScoreChange &c : ScoreHistory::ofRelationship(*m_journal, m_relationshipId, m_library)) {
        const auto instrument = m_library.find(c.instrumentId, c.instrumentVersion);
        const Subscale *subscale = instrument ? instrument->subscale(c.subscale) : nullptr;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        setRow(m_history, row,
               {QLocale().toString(c.start.date(), QLocale::ShortFormat),
                instrument ? instrument->title.text() : c.instrumentId, nameOf(c.respondent == Speaker::A),
                subscale ? subscale->title.text() : c.subscale, number(c.score0to100),
                ScoreHistory::rciText(c.rciFromPrevious, tr("–")),
                ScoreHistory::rciText(c.rciFromBaseline, tr("–"))});
    }
    m_history->resizeColumnsToContents();
}

} // namespace unfold
