// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsView.h"

#include "ChartSeriesSet.h"

#include "ChartBuilder.h"
#include "ChartCanvas.h"
#include "ChartTable.h"
#include "EditHistory.h"
#include "HelpButton.h"
#include "InsightsPanel.h"
#include "Journal.h"
#include "RecordCommands.h"
#include "RelationshipSummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace unfold {

ChartsView::ChartsView(EditHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_chart(new QComboBox), m_range(new QComboBox),
      m_from(new QDateEdit), m_to(new QDateEdit), m_asTable(new QCheckBox(tr("Show as t&able"))),
      m_stack(new QStackedWidget), m_canvas(new ChartCanvas), m_table(new QTableWidget),
      m_summaryLabel(new QLabel), m_summary(new QTableWidget), m_status(new QLabel),
      m_insights(new InsightsPanel)
{
    for (ChartKind kind : ChartKinds::all())
        m_chart->addItem(ChartKinds::title(kind), int(kind));
    m_chart->setAccessibleName(tr("Chart"));
    m_chart->setAccessibleDescription(tr("Which measure the chart shows over the sessions."));
    m_range->addItem(tr("Last 4 weeks"), int(ChartRange::Preset::FourWeeks));
    m_range->addItem(tr("Last 3 months"), int(ChartRange::Preset::ThreeMonths));
    m_range->addItem(tr("Last year"), int(ChartRange::Preset::OneYear));
    m_range->addItem(tr("All"), int(ChartRange::Preset::All));
    m_range->addItem(tr("Custom"), int(ChartRange::Preset::Custom));
    m_range->setCurrentIndex(3);
    m_range->setAccessibleName(tr("Range"));
    m_range->setAccessibleDescription(
        tr("Which stretch of time the chart covers; Custom lets you give the days."));
    // Over a long history a session-by-session line zigzags; its rolling mean shows the course.
    m_smoothing = new QComboBox;
    m_smoothing->addItem(tr("None"), 0);
    for (const int sessions : ChartSeriesSet::smoothingChoices())
        m_smoothing->addItem(tr("Mean of %n session(s)", nullptr, sessions), sessions);
    m_smoothing->setAccessibleName(tr("Rolling mean"));
    m_smoothing->setAccessibleDescription(
        tr("Draws each line as the mean of the last few sessions, over the session-by-session points."));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Range from"));
    m_to->setAccessibleName(tr("Range to"));
    m_from->setAccessibleDescription(tr("The first day the chart covers."));
    m_to->setAccessibleDescription(tr("The last day the chart covers."));
    m_asTable->setAccessibleName(tr("Show the chart's numbers as a table"));
    m_asTable->setAccessibleDescription(
        tr("A table of the same numbers, one row per point; Enter on a row opens "
           "its session."));
    auto *mark = new QPushButton(tr("&Mark Event…"));
    mark->setAccessibleName(tr("Mark an event on the timeline"));
    mark->setAccessibleDescription(tr("Asks what happened and when, and shows it as a line on the charts."));
    auto *unmark = new QPushButton(tr("Remove E&vent…"));
    unmark->setAccessibleName(tr("Remove a marked event"));
    unmark->setAccessibleDescription(tr("Asks which marked event to take off the charts."));

    auto *chartLabel = new QLabel(tr("&Chart:"));
    chartLabel->setBuddy(m_chart);
    auto *rangeLabel = new QLabel(tr("Ran&ge:"));
    rangeLabel->setBuddy(m_range);
    // Rows, and a chart list that may elide long titles: all of them in one row made the window
    // wider than a 1366-pixel screen.
    m_chart->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chart->setMinimumContentsLength(16);
    auto *choice = new QGridLayout;
    choice->addWidget(chartLabel, 0, 0);
    choice->addWidget(m_chart, 0, 1);
    choice->addWidget(rangeLabel, 1, 0);
    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("–")));
    range->addWidget(m_to);
    range->addStretch();
    choice->addLayout(range, 1, 1);
    // A row of its own: beside the range the controls were wider than a 1366-pixel screen.
    auto *smoothingLabel = new QLabel(tr("Smoothi&ng:"));
    smoothingLabel->setBuddy(m_smoothing);
    auto *smoothingRow = new QHBoxLayout;
    smoothingRow->addWidget(m_smoothing);
    smoothingRow->addStretch();
    choice->addWidget(smoothingLabel, 2, 0);
    choice->addLayout(smoothingRow, 2, 1);
    choice->setColumnStretch(1, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_asTable);
    actions->addStretch();
    actions->addWidget(mark);
    actions->addWidget(unmark);
    actions->addWidget(new HelpButton(QStringLiteral("charts"), tr("Reading the charts"), this));
    auto *controls = new QVBoxLayout;
    controls->addLayout(choice);
    controls->addLayout(actions);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_table->setAccessibleName(tr("Chart data"));
    m_table->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setTabKeyNavigation(false);
    m_summary->setAccessibleName(tr("Summary across sessions"));
    m_summary->verticalHeader()->hide();
    m_summaryLabel->setBuddy(m_summary);
    auto *caveat = new QLabel(RelationshipSummary::caveat());
    caveat->setWordWrap(true);
    // The chart's numbers per session, then the measures across the sessions: both in table view.
    auto *tables = new QWidget;
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_table, 3);
    tablesLayout->addWidget(m_summaryLabel);
    tablesLayout->addWidget(m_summary, 2);
    tablesLayout->addWidget(caveat);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(tables);
    m_status->setObjectName(QStringLiteral("Point under the mouse")); // read out by its text

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(controls);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(m_status);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_insights);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_chart, &QComboBox::currentIndexChanged, this, &ChartsView::rebuild);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ChartsView::rangeChanged);
    connect(m_smoothing, &QComboBox::currentIndexChanged, this, &ChartsView::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &ChartsView::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &ChartsView::rebuild);
    connect(m_asTable, &QCheckBox::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        rebuild(); // the side now in front is made, the one behind emptied
    });
    connect(mark, &QPushButton::clicked, this, &ChartsView::markEvent);
    connect(unmark, &QPushButton::clicked, this, &ChartsView::removeEvent);
    connect(m_canvas, &ChartCanvas::sessionClicked, this, &ChartsView::openSessionRequested);
    m_redrawForWidth.setSingleShot(true);
    m_redrawForWidth.setInterval(150);
    connect(&m_redrawForWidth, &QTimer::timeout, this, [this] {
        if (!m_outOfDate && !m_asTable->isChecked())
            drawChart();
    });
    m_canvas->installEventFilter(this);
    connect(m_canvas, &ChartCanvas::pointHovered, m_status, &QLabel::setText);
    // Enter (or a double click) on a row opens its session: the keyboard's way to a point.
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id != 0)
            Q_EMIT openSessionRequested(id);
    });
    rangeChanged();
}

void ChartsView::setJournal(const Journal *journal)
{
    m_journal.show(journal);
    m_relationshipId = 0;
    if (m_journal) {
        const auto refresh = [this](qint64 relationshipId) {
            if (relationshipId == m_relationshipId)
                reload();
        };
        connect(m_journal, &Journal::sessionsChanged, this, refresh);
        connect(m_journal, &Journal::eventsChanged, this, refresh);
        connect(m_journal, &Journal::disclosuresChanged, this,
                [refresh](qint64, qint64 relationshipId) { refresh(relationshipId); });
        connect(m_journal, &Journal::answersChanged, this, [this](qint64) { reload(); });
        connect(m_journal, &Journal::peopleChanged, this, &ChartsView::reload);
        connect(m_journal, &Journal::topicsChanged, this, &ChartsView::reload);
        connect(m_journal, &Journal::layersChanged, this, &ChartsView::reload);
    }
    reload();
}

void ChartsView::setRelationship(qint64 relationshipId)
{
    m_relationshipId = relationshipId;
    reload();
}

ChartKind ChartsView::currentKind() const
{
    return ChartKind(m_chart->currentData().toInt());
}

int ChartsView::smoothing() const
{
    return m_smoothing->currentData().toInt();
}

ChartRange ChartsView::currentRange() const
{
    const auto preset = ChartRange::Preset(m_range->currentData().toInt());
    if (preset == ChartRange::Preset::Custom)
        return {m_from->date().startOfDay(), m_to->date().endOfDay()};
    return ChartRange::preset(preset, m_subject.latest());
}

void ChartsView::reload()
{
    m_subject = m_journal && m_relationshipId != 0 ? ChartSubject::load(*m_journal, m_relationshipId)
                                                   : ChartSubject();
    m_insights->setSubject(m_journal ? m_journal->path() : QString(), m_subject,
                           m_journal && m_relationshipId != 0
                               ? InsightContext::load(*m_journal, m_relationshipId)
                               : InsightContext());
    connect(m_insights, &InsightsPanel::openSessionRequested, this, &ChartsView::openSessionRequested,
            Qt::UniqueConnection);
    rangeChanged(); // the preset's dates follow the relationship's sessions; rebuilds
}

void ChartsView::rangeChanged()
{
    const bool custom = ChartRange::Preset(m_range->currentData().toInt()) == ChartRange::Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const ChartRange range = currentRange();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QDateTime first = m_subject.series().sessions().isEmpty()
                                    ? QDateTime()
                                    : m_subject.series().sessions().first().session.start;
        m_from->setDate((range.from.isValid() ? range.from
                         : first.isValid()    ? first
                                              : QDateTime::currentDateTime())
                            .date());
        m_to->setDate((range.to.isValid()             ? range.to
                       : m_subject.latest().isValid() ? m_subject.latest()
                                                      : QDateTime::currentDateTime())
                          .date());
    }
    rebuild();
}

void ChartsView::drawChart()
{
    ChartOptions options;
    options.range = currentRange();
    options.theme = ChartTheme::forPalette(palette());
    options.animated = false; // redraws on every edit; animation would only distract
    options.smoothing = smoothing();
    options.width = m_canvas->width();
    m_drawnWidth = m_canvas->width();
    m_showsData = !m_subject.series().sessions().isEmpty();
    m_canvas->setChart(ChartBuilder::build(currentKind(), m_subject, options));
    m_canvas->setAccessibleName(ChartKinds::title(currentKind()));
}

bool ChartsView::eventFilter(QObject *watched, QEvent *event)
{
    // The title's lines and the events' labels are laid out for the chart's width: a chart made
    // much wider or narrower is drawn again once the resizing pauses.
    if (watched == m_canvas && event->type() == QEvent::Resize && !m_outOfDate &&
        std::abs(m_canvas->width() - m_drawnWidth) >= 24)
        m_redrawForWidth.start();
    return QWidget::eventFilter(watched, event);
}

void ChartsView::rebuild()
{
    // A chart nobody sees is not drawn: starting, switching relationship and logging with another
    // tab in front stay quick, and the chart is drawn when its tab is shown.
    // When there is nothing to show any more (no journal, a locked one) the empty chart is drawn
    // at once all the same, so no relationship's picture or numbers stay behind in hidden widgets.
    const bool hasData = !m_subject.series().sessions().isEmpty();
    m_outOfDate = !isVisible() && (hasData || !m_showsData);
    if (m_outOfDate)
        return;
    // Only the side in front, the chart or its table, is made; the other is emptied and made when
    // it comes to the front. Switching client drew both (the table was a tenth of a switch at a
    // practice's scale), and no relationship's numbers stay behind in the one not shown.
    if (m_asTable->isChecked()) {
        m_canvas->setChart({std::make_unique<QChart>(), {}});
        fillTable();
    } else {
        drawChart();
        clearTables();
    }
    m_showsData = hasData;
    m_status->clear();
    // The insights look at the sessions up to the last one the chart shows, never beyond it.
    qint64 inView = -1;
    const ChartRange range = currentRange();
    for (const SessionMeasures &s : m_subject.series().sessions()) {
        if (!range.to.isValid() || s.session.start <= range.to)
            inView = s.session.id;
    }
    m_insights->setSessionInView(inView);
}

namespace {
// Refilling a table forgets its current cell, and Qt gives a table a current cell on focus only
// the first time: Tab would then land on it with nothing to show where the keyboard is. The
// keyboard keeps its row (or starts at the first), without selecting anything.
void keepCurrentRow(QTableWidget *table, int row)
{
    if (table->rowCount() > 0)
        table->setCurrentCell(std::clamp(row, 0, table->rowCount() - 1), 0, QItemSelectionModel::NoUpdate);
}
} // namespace

void ChartsView::fillTable()
{
    const ChartTable table = ChartTable::of(currentKind(), m_subject, currentRange(), smoothing());
    const int row = m_table->currentRow();
    m_table->clear();
    m_table->clearSpans(); // clear() keeps them: the empty table's note would cover a row of data
    m_table->setColumnCount(int(table.columns.size()));
    m_table->setRowCount(int(table.rows.size()));
    m_table->setHorizontalHeaderLabels(table.columns);
    m_table->setAccessibleDescription(table.caption);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(table.rows[r][c]);
            item->setData(Qt::UserRole, table.sessionIds.value(r));
            m_table->setItem(r, c, item);
        }
    }
    // An empty table says so in a row of its own across the columns: Tab then lands on words,
    // with its focus showing, rather than on a blank grid.
    if (table.rows.isEmpty() && !table.columns.isEmpty()) {
        m_table->setRowCount(1);
        m_table->setItem(0, 0, new QTableWidgetItem(tr("No data in this range")));
        m_table->setSpan(0, 0, 1, int(table.columns.size()));
    }
    m_table->resizeColumnsToContents();
    keepCurrentRow(m_table, row);
    fillSummary();
}

void ChartsView::clearTables()
{
    for (QTableWidget *table : {m_table, m_summary}) {
        table->clear();
        table->clearSpans();
        table->setRowCount(0);
        table->setColumnCount(0);
        table->setAccessibleDescription(QString()); // it names the relationship
    }
    m_summaryLabel->clear();
}

void ChartsView::fillSummary()
{
    const ChartRange range = currentRange();
    const ChartTable table = ChartTable::summary(m_subject, range);
    m_summaryLabel->setText(tr("Summary across sessions 1 to %1 (descriptive)")
                                .arg(ChartTable::summarySessions(m_subject, range)));
    const int row = m_summary->currentRow();
    m_summary->clear();
    m_summary->setColumnCount(int(table.columns.size()));
    m_summary->setRowCount(int(table.rows.size()));
    m_summary->setHorizontalHeaderLabels(table.columns);
    m_summary->setAccessibleDescription(table.caption);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c)
            m_summary->setItem(r, c, new QTableWidgetItem(table.rows[r][c]));
    }
    m_summary->resizeColumnsToContents();
    keepCurrentRow(m_summary, row);
}

void ChartsView::markEvent()
{
    if (!m_journal || m_relationshipId == 0)
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Mark Event"),
                                                tr("What happened (for example \"moved in\", \"argument\", "
                                                   "\"started therapy\")?"),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || label.isEmpty())
        return;
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    const QString dayText =
        QInputDialog::getText(this, tr("Mark Event"), tr("On which day?"), QLineEdit::Normal, today, &ok);
    if (!ok)
        return;
    QDate day = QLocale().toDate(dayText.trimmed(), QLocale::ShortFormat);
    if (!day.isValid())
        day = QDate::fromString(dayText.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        QMessageBox::warning(this, tr("Mark Event"), tr("'%1' is not a date; try %2.").arg(dayText, today));
        return;
    }
    // A refusal is told by the window, as for every edit (EditHistory::failed).
    m_history.perform<AddTimelineEventCommand>(TimelineEvent{0, m_relationshipId, day, label});
}

void ChartsView::removeEvent()
{
    if (!m_journal || m_subject.events().isEmpty())
        return;
    QStringList names;
    for (const TimelineEvent &e : m_subject.events())
        names.append(tr("%1 — %2").arg(QLocale().toString(e.day, QLocale::ShortFormat), e.label));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Remove Event"), tr("Which event?"), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const TimelineEvent event = m_subject.events()[index];
    // A mark is the user's own record of what happened: ask before it goes, though undo brings it back.
    const auto answer = QMessageBox::question(
        this, tr("Remove Event"),
        tr("Remove the event \"%1\" of %2 from the timeline?\nEdit › Undo brings it back.")
            .arg(event.label, QLocale().toString(event.day, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_history.perform<RemoveTimelineEventCommand>(event);
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        rebuild();
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // light and dark follow the system
}

} // namespace unfold
