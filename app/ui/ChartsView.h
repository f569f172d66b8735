// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartKind.h"
#include "ChartSubject.h"
#include "ShownJournal.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace unfold {

class ChartCanvas;
class EditHistory;
class InsightsPanel;
class Journal;

// The "Charts" tab: one chart of the selected relationship at a time, over a chosen range, with
// its numbers as a table, the events the user marked, and gentle insights beside it.
class ChartsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(EditHistory &history, QWidget *parent = nullptr);

    void setJournal(const unfold::Journal *journal);
    void setRelationship(qint64 relationshipId);

    ChartKind currentKind() const;
    ChartRange currentRange() const;
    // Sessions in the rolling mean drawn over the time charts; 0 for none.
    int smoothing() const;
    const ChartSubject &subject() const { return m_subject; }

public Q_SLOTS:
    void exportPicture();
    void copyPicture();
    void printPicture();
    void exportAllCharts();

Q_SIGNALS:
    void openSessionRequested(qint64 sessionId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void rebuild();
    void drawChart();
    void rangeChanged();
    void markEvent();
    void removeEvent();
    void fillTable();
    void clearTables();
    void fillSummary();
    QString fileBaseName(ChartKind kind) const;

    EditHistory &m_history;
    ShownJournal m_journal{this};
    qint64 m_relationshipId = 0;
    bool m_outOfDate = true;  // the chart and table wait for the view to be shown
    int m_drawnWidth = 0;     // the canvas' width when the chart was laid out
    bool m_showsData = false; // the chart and table show a relationship's sessions
    QTimer m_redrawForWidth;
    ChartSubject m_subject;
    QComboBox *m_chart = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_smoothing = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_asTable = nullptr;
    QStackedWidget *m_stack = nullptr;
    ChartCanvas *m_canvas = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_summary = nullptr; // the measures across the sessions, beside the chart's own numbers
    QLabel *m_status = nullptr;
    InsightsPanel *m_insights = nullptr;
};

} // namespace unfold
