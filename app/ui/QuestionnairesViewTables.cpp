// SPDX-License-Identifier: GPL-3.0-or-later
// The two score tables of QuestionnairesView: the selected session's, and the relationship's history.
#include "QuestionnairesView.h"

#include "Journal.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTableWidget>

namespace unfold::ui {

namespace {

QString number(std::optional<double> value, int decimals = 1)
{
    return value ? QLocale().toString(*value, 'f', decimals)
                 : QCoreApplication::translate("unfold::ui::QuestionnairesView", "no data");
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
    QHash<qint64, QDateTime> starts;
    for (const SessionSummary &summary : m_journal->sessionSummaries(m_relationshipId))
        starts.insert(summary.session.id, summary.session.start);
    // The previous score of the same person, instrument and subscale, for reliable change.
    QHash<QString, double> previous;
    for (const QuestionnaireAnswer &answer : m_journal->answersOfRelationship(m_relationshipId)) {
        const auto instrument = m_library.find(answer.instrumentId, answer.instrumentVersion);
        const bool isA = answer.respondent == Speaker::A;
        for (const SubscaleScore &score : answer.scores) {
            const Subscale *subscale = instrument ? instrument->subscale(score.subscale) : nullptr;
            const QString key = answer.instrumentId + QLatin1Char('/') + score.subscale + (isA ? u'a' : u'b');
            QString change = tr("–");
            if (score.score && subscale && previous.contains(key)) {
                if (const auto rci =
                        InstrumentScorer::reliableChange(*subscale, previous.value(key), *score.score)) {
                    const bool reliable = std::abs(*rci) > InstrumentScorer::reliableChangeThreshold;
                    change = reliable ? (*rci > 0 ? tr("\u2191 reliable rise (RCI %1)")
                                                  : tr("\u2193 reliable fall (RCI %1)"))
                                            .arg(QLocale().toString(*rci, 'f', 2))
                                      : tr("within noise (RCI %1)").arg(QLocale().toString(*rci, 'f', 2));
                }
            }
            if (score.score)
                previous.insert(key, *score.score);
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            setRow(m_history, row,
                   {QLocale().toString(starts.value(answer.sessionId).date(), QLocale::ShortFormat),
                    instrument ? instrument->title.text() : answer.instrumentId, nameOf(isA),
                    subscale ? subscale->title.text() : score.subscale, number(score.score0to100), change});
        }
    }
    m_history->resizeColumnsToContents();
}

} // namespace unfold::ui
