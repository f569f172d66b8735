// SPDX-License-Identifier: GPL-3.0-or-later
// The Charts tab of the real window from the keyboard alone: choose a chart and a
// range, read its numbers in the table, open a session from a row, and export the chart as PNG
// and SVG through File › Export Picture. After every key that moves focus, the focus widget
// must show, be usable, be on the tab that shows and have a name; and the focus must be seen.

#include "../core/CoupleJournal.h"
#include "Appearance.h"
#include "ChartCanvas.h"
#include "ChartPainter.h"
#include "ChartTable.h"
#include "ChartsView.h"
#include "EditHistory.h"
#include "ExportPictureDialog.h"
#include "InsightsPanel.h"
#include "KeyboardFocus.h"
#include "MainWindow.h"
#include "PictureExport.h"
#include "Preferences.h"
#include "RelationshipSidebar.h"
#include "SessionEditor.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace unfold;
using namespace unfold::testing;

namespace {

// The sessions of `sessions` (in order) held on the days from `from` to `to`.
QList<qint64> sessionsBetween(Journal &journal, const QList<qint64> &sessions, QDate from, QDate to)
{
    QList<qint64> inside;
    for (qint64 id : sessions) {
        const QDate day = journal.session(id)->start.toLocalTime().date();
        if (day >= from && day <= to)
            inside.append(id);
    }
    return inside;
}

QImage render(ChartKind kind, const ChartSubject &subject, const ChartRange &range, const QSize &logical,
              int dpi, const QString &path)
{
    QString error;
    const auto paint = [&](QPainter &painter, const QSizeF &size) {
        ChartPainter::paint(painter, size, kind, subject, range);
    };
    if (!PictureExport::write(path, PictureExport::Format::Png, logical, dpi, paint, subject.title(), &error))
        qWarning("%s", qPrintable(error));
    return QImage(path).convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestChartsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<qint64> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    QTabWidget *m_tabs = nullptr;
    ChartsView *m_charts = nullptr;
    // What went wrong inside a modal dialog's own event loop, where QVERIFY cannot stop the test.
    QStringList m_dialogProblems;

    // The tab holds the view (made when first wanted) as its only child.
    QString chartsTab() const { return m_tabs->tabText(m_tabs->indexOf(m_charts->parentWidget())); }

    // Tab, as a person presses it, and what the focus must be like afterwards.
    void tab(Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QString seen = keyShowingFocus(Qt::Key_Tab, modifiers);
        QVERIFY2(seen.isEmpty(), qPrintable(seen));
        const QString problem = focusProblem(m_tabs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Tabs on until `target` has focus, checking every stop on the way.
    void tabTo(QWidget *target, int most = 40)
    {
        testing::tabTo(
            target, [this] { tab(); }, most);
    }

    // The checks of tab() inside a dialog, noted rather than failed.
    void tabInDialog(QWidget *expected)
    {
        const QString seen = keyShowingFocus(Qt::Key_Tab);
        const QString problem = focusProblem();
        for (const QString &text : {seen, problem}) {
            if (!text.isEmpty())
                m_dialogProblems.append(text);
        }
        if (expected && focused() != expected)
            m_dialogProblems.append(QStringLiteral("Tab went to %1, not %2")
                                        .arg(describeWidget(focused()), describeWidget(expected)));
    }

    // The Charts tab in front with focus on its chart list, as Alt with the tab's letter leaves it.
    void showCharts()
    {
        QTest::keyClick(focused(), mnemonicKey(chartsTab()), Qt::AltModifier);
        QCOMPARE(m_tabs->currentWidget(), m_charts->parentWidget());
        tabTo(findNamed<QComboBox>(m_charts, QStringLiteral("Chart")));
    }

    // The depth chart over the days from a week after the first session on: a range that
    // leaves a session out, so a test can tell the chosen days from the whole history.
    void chooseDepthFromAWeekIn()
    {
        auto *chart = findNamed<QComboBox>(m_charts, QStringLiteral("Chart"));
        chart->setCurrentIndex(chart->findData(int(ChartKind::Depth)));
        auto *range = findNamed<QComboBox>(m_charts, QStringLiteral("Range"));
        range->setCurrentIndex(range->findData(int(ChartRange::Preset::Custom)));
        auto *from = findNamed<QDateEdit>(m_charts, QStringLiteral("Range from"));
        from->setDate(
            m_window->journal()->session(m_sessions.first())->start.toLocalTime().date().addDays(7));
        QCOMPARE(m_charts->currentKind(), ChartKind::Depth);
    }

    void showTheTable() { m_charts->findChild<QCheckBox *>()->setChecked(true); }

    // Runs `answer` on the Export Picture dialog once it shows and has focus; closes it if
    // `answer` left it open, and gives up (noting so) when no dialog comes within 10 seconds.
    void whenExportDialogShows(const std::function<void(ExportPictureDialog *)> &answer)
    {
        auto *poll = new QTimer(this);
        auto *deadline = new QElapsedTimer;
        deadline->start();
        connect(poll, &QTimer::timeout, this, [this, poll, deadline, answer] {
            auto *dialog = qobject_cast<ExportPictureDialog *>(QApplication::activeModalWidget());
            const bool ready = dialog && dialog->isVisible() && QApplication::activeWindow() == dialog &&
                               dialog->isAncestorOf(focused());
            if (!ready && deadline->elapsed() < 10000)
                return;
            poll->stop();
            poll->deleteLater();
            delete deadline;
            if (!dialog) {
                m_dialogProblems.append(QStringLiteral("no Export Picture dialog"));
                return;
            }
            if (!ready)
                m_dialogProblems.append(QStringLiteral("the dialog did not take focus; focus is on ") +
                                        describeWidget(focused()));
            else
                answer(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        poll->start(20);
    }

    // Answers the Export Picture dialog from the keyboard: the file, the format (Down from PNG
    // to SVG when `svg`), and for a PNG a resolution of 192 DPI; Enter saves.
    void answerExportDialog(const QString &path, bool svg)
    {
        whenExportDialogShows([this, path, svg](ExportPictureDialog *dialog) {
            auto *file = findNamed<QLineEdit>(dialog, QStringLiteral("File"));
            auto *format = findNamed<QComboBox>(dialog, QStringLiteral("Format"));
            auto *dpi = findNamed<QSpinBox>(dialog, QStringLiteral("Resolution in dots per inch"));
            if (!file || !format || !dpi) {
                m_dialogProblems.append(QStringLiteral("the dialog's fields are not found by name"));
                return;
            }
            // The dialog opens on the file name, ready to be typed over.
            if (focused() != file) {
                m_dialogProblems.append(QStringLiteral("the dialog opened with focus on ") +
                                        describeWidget(focused()));
                return;
            }
            const QString problem = focusProblem();
            if (!problem.isEmpty())
                m_dialogProblems.append(problem);
            QTest::keyClick(file, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(file, path);
            tabInDialog(findNamed<QPushButton>(dialog, QStringLiteral("Choose the file")));
            tabInDialog(format);
            QTest::keyClick(format, Qt::Key_Home);
            if (svg)
                QTest::keyClick(format, Qt::Key_Down);
            if (!svg) {
                tabInDialog(findNamed<QSpinBox>(dialog, QStringLiteral("Width in logical pixels")));
                tabInDialog(findNamed<QSpinBox>(dialog, QStringLiteral("Height in logical pixels")));
                tabInDialog(dpi);
                QTest::keyClick(dpi, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(dpi, QStringLiteral("192"));
            }
            QTest::keyClick(focused(), Qt::Key_Return);
            if (dialog->isVisible())
                m_dialogProblems.append(QStringLiteral("Enter did not save; focus on ") +
                                        describeWidget(focused()));
        });
    }

    // Runs `answer` on the next modal dialog of type Dialog once it shows; notes it when none
    // comes within 10 seconds.
    template <typename Dialog> void whenShown(const std::function<void(Dialog *)> &answer)
    {
        auto *poll = new QTimer(this);
        const QDeadlineTimer deadline(10000);
        connect(poll, &QTimer::timeout, this, [this, poll, deadline, answer] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!(dialog && dialog->isVisible()) && !deadline.hasExpired())
                return;
            poll->stop();
            poll->deleteLater();
            if (!dialog)
                m_dialogProblems.append(
                    QStringLiteral("no %1 showed").arg(QLatin1String(Dialog::staticMetaObject.className())));
            else
                answer(dialog);
        });
        poll->start(20);
    }

    // Remove Event…: picks the first event, then answers the question with `button`.
    void removeFirstEvent(QMessageBox::StandardButton button, QString *asked)
    {
        whenShown<QInputDialog>([this, button, asked](QInputDialog *choice) {
            choice->accept();
            whenShown<QMessageBox>([button, asked](QMessageBox *question) {
                *asked = question->text();
                question->button(button)->click();
            });
        });
        auto *remove = findNamed<QPushButton>(m_charts, QStringLiteral("Remove a marked event"));
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 12000);
        QVERIFY2(m_dialogProblems.isEmpty(), qPrintable(m_dialogProblems.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_charts_view"));
        QSettings().clear();
        // Day, month, year: the date fields below are stepped section by section.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Appearance::apply(Preferences::Theme::Light);
        Preferences::setExportWidth(600);
        Preferences::setExportDpi(96);
        Preferences::setExportFormat(QStringLiteral("png"));
        QVERIFY(m_dir.isValid());

        auto journal = writeCoupleJournal(m_dir.filePath(QStringLiteral("couple.unfold")), &m_sessions);
        QVERIFY(journal);
        QCOMPARE(m_sessions.size(), 3);
        // A core-layer disclosure in the first session of two friends who met two days before:
        // the insights beside the chart point it out, with buttons of their own on the way round.
        Relationship friends = journal->relationships().first();
        friends.kind = RelationshipKind::Friend;
        friends.started = journal->session(m_sessions.first())->start.date().addDays(-2);
        QVERIFY(journal->saveRelationship(friends));
        Disclosure core;
        core.sessionId = m_sessions.first();
        core.position = 4;
        core.topicId = journal->topics().first().id;
        core.depth = int(journal->layers().size());
        QVERIFY(journal->saveDisclosure(core));
        m_window = std::make_unique<MainWindow>();
        m_window->setJournal(std::move(journal));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_tabs = findNamed<QTabWidget>(m_window.get(), QStringLiteral("Views"));
        m_charts = m_window->chartsView();
        QVERIFY(m_tabs && m_charts);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    // Every test starts from the same window, whatever the one before left: the Session tab in
    // front, focus on the relationships, and the charts as first shown (the first chart over all
    // the days, no rolling mean, no table).
    void init()
    {
        findNamed<QComboBox>(m_charts, QStringLiteral("Chart"))->setCurrentIndex(0);
        auto *range = findNamed<QComboBox>(m_charts, QStringLiteral("Range"));
        range->setCurrentIndex(range->findData(int(ChartRange::Preset::All)));
        findNamed<QComboBox>(m_charts, QStringLiteral("Rolling mean"))->setCurrentIndex(0);
        m_charts->findChild<QCheckBox *>()->setChecked(false);
        m_tabs->setCurrentWidget(m_window->sessionEditor());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *relationships = m_window->findChild<RelationshipSidebar *>()->findChild<QListView *>();
        QVERIFY(relationships);
        relationships->setFocus();
        QCOMPARE(focused(), relationships);
    }

    // A chart behind another tab is not drawn on every edit (logging stays quick with the
    // Session tab in front); showing its tab draws it from what the journal holds then.
    void aHiddenChartIsDrawnWhenShown()
    {
        auto *chart = findNamed<QComboBox>(m_charts, QStringLiteral("Chart"));
        chart->setCurrentIndex(chart->findData(int(ChartKind::Breadth)));
        m_charts->findChild<QCheckBox *>()->setChecked(true); // the table shows the numbers
        showCharts();
        auto *canvas = m_charts->findChild<ChartCanvas *>();
        auto *table = m_charts->findChild<QTableWidget *>();
        QVERIFY(canvas && canvas->chart() && table);
        const auto tableText = [table] {
            QStringList cells;
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    cells.append(table->item(r, c) ? table->item(r, c)->text() : QString());
            return cells;
        };
        const QStringList before = tableText();
        m_tabs->setCurrentWidget(m_window->sessionEditor());
        const QChart *drawn = canvas->chart();

        // A topic the last session has not touched: its breadth grows by one.
        Journal *journal = m_window->journal();
        QList<qint64> touched;
        for (const Disclosure &d : journal->disclosures(m_sessions.last()))
            touched.append(d.topicId);
        Disclosure added;
        added.sessionId = m_sessions.last();
        added.position = 100;
        for (const Topic &topic : journal->topics()) {
            if (!touched.contains(topic.id))
                added.topicId = topic.id;
        }
        QVERIFY(added.topicId != 0 && journal->saveDisclosure(added));
        const auto removeAgain = qScopeGuard([&] { journal->removeDisclosure(added); });
        QCOMPARE(canvas->chart(), drawn); // nothing drawn while hidden
        QCOMPARE(tableText(), before);

        QTest::keyClick(focused(), mnemonicKey(chartsTab()), Qt::AltModifier);
        QCOMPARE(m_tabs->currentWidget(), m_charts->parentWidget());
        QVERIFY(canvas->chart() != drawn);
        QVERIFY2(tableText() != before,
                 qPrintable(tableText().join(u'|'))); // drawn from the journal as it is now
    }

    // A hidden chart that has nothing left to show (the journal closed or locked) lets go of the
    // relationship's picture and numbers at once, not when it is next shown. Only the side in
    // front (the chart, or its table) holds them: the one behind is emptied.
    void aHiddenChartForgetsAClosedJournal_data()
    {
        QTest::addColumn<bool>("asTable");
        QTest::newRow("chart in front") << false;
        QTest::newRow("table in front") << true;
    }

    void aHiddenChartForgetsAClosedJournal()
    {
        QFETCH(bool, asTable);
        EditHistory history(m_window->journal());
        ChartsView view(history);
        view.setJournal(m_window->journal());
        view.setRelationship(m_window->journal()->session(m_sessions.first())->relationshipId);
        auto *chart = findNamed<QComboBox>(&view, QStringLiteral("Chart"));
        chart->setCurrentIndex(chart->findData(int(ChartKind::Breadth)));
        view.findChild<QCheckBox *>()->setChecked(asTable);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *canvas = view.findChild<ChartCanvas *>();
        auto *table = view.findChild<QTableWidget *>();
        QCOMPARE(canvas->points().isEmpty(), asTable);
        QCOMPARE(table->rowCount() > 1, asTable);
        // Each side brought to the front once: the one behind then lets go of its numbers too.
        view.findChild<QCheckBox *>()->setChecked(!asTable);
        view.findChild<QCheckBox *>()->setChecked(asTable);
        const QString title = QStringLiteral("Anna & Ben");
        view.hide();
        view.setJournal(nullptr);
        QVERIFY(canvas->points().isEmpty());
        QVERIFY(!canvas->chart()->title().contains(title));
        QCOMPARE(table->rowCount(), asTable ? 1 : 0); // "No data in this range" in front
        for (const QTableWidget *t : view.findChildren<QTableWidget *>()) {
            QVERIFY2(!t->accessibleDescription().contains(title), qPrintable(t->accessibleDescription()));
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    QVERIFY(!t->item(r, c) || !t->item(r, c)->text().contains(title));
        }
    }

    // Alt with the tab's underlined letter shows the Charts tab and moves focus into it, on
    // the chart list, from wherever focus was.
    void reachesTheCharts()
    {
        QVERIFY(mnemonicKey(chartsTab()) != Qt::Key_unknown);
        QVERIFY(focused() && !m_charts->isAncestorOf(focused()));
        QTest::keyClick(m_window.get(), mnemonicKey(chartsTab()), Qt::AltModifier);
        QCOMPARE(m_tabs->currentWidget(), m_charts->parentWidget());
        QVERIFY2(m_charts->isAncestorOf(focused()), qPrintable(describeWidget(focused())));
        // The first relationship is chosen; the tab loads it when shown.
        QCOMPARE(m_charts->subject().title(), QStringLiteral("Anna & Ben"));
        tabTo(findNamed<QComboBox>(m_charts, QStringLiteral("Chart")));
    }

    // Down on the chart list chooses the next chart: the canvas and the table follow.
    void choosesAChart()
    {
        showCharts();
        auto *chart = findNamed<QComboBox>(m_charts, QStringLiteral("Chart"));
        QCOMPARE(focused(), chart);
        const QList<ChartKind> kinds = ChartKinds::all();
        QCOMPARE(m_charts->currentKind(), kinds.first());
        const int at = int(kinds.indexOf(ChartKind::Depth));
        for (int i = 0; i < at; ++i)
            QTest::keyClick(chart, Qt::Key_Down);
        QCOMPARE(m_charts->currentKind(), ChartKind::Depth);
        QCOMPARE(chart->currentText(), ChartKinds::title(ChartKind::Depth));
        auto *canvas = m_charts->findChild<ChartCanvas *>();
        QVERIFY(canvas && canvas->chart());
        QVERIFY2(canvas->chart()->title().contains(ChartKinds::title(ChartKind::Depth)),
                 qPrintable(canvas->chart()->title()));
        QCOMPARE(canvas->accessibleName(), ChartKinds::title(ChartKind::Depth));
        // The table behind the chart is made when it comes to the front, for the chart chosen.
        auto *table = findNamed<QTableWidget>(m_charts, QStringLiteral("Chart data"));
        QCOMPARE(table->rowCount(), 0);
        m_charts->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(table->accessibleDescription().startsWith(ChartKinds::title(ChartKind::Depth)));
        QVERIFY(table->rowCount() > 1);
        m_charts->findChild<QCheckBox *>()->setChecked(false);
        QVERIFY(canvas->chart()->title().contains(ChartKinds::title(ChartKind::Depth)));
        QCOMPARE(table->rowCount(), 0);
    }

    // The range: Tab to it, End for Custom, then the first day one week later with the arrows.
    void changesTheRange()
    {
        showCharts();
        auto *range = findNamed<QComboBox>(m_charts, QStringLiteral("Range"));
        auto *from = findNamed<QDateEdit>(m_charts, QStringLiteral("Range from"));
        auto *to = findNamed<QDateEdit>(m_charts, QStringLiteral("Range to"));
        auto *asTable = m_charts->findChild<QCheckBox *>();
        QVERIFY(range && from && to && asTable);
        tab();
        QCOMPARE(focused(), range);
        QCOMPARE(range->currentText(), QStringLiteral("All"));
        // Outside Custom the days are not for editing, and Tab passes them by.
        QVERIFY(!from->isEnabled() && !to->isEnabled());
        auto *smoothing = findNamed<QComboBox>(m_charts, QStringLiteral("Rolling mean"));
        QVERIFY(smoothing);
        tab();
        QCOMPARE(focused(), smoothing);
        tab();
        QCOMPARE(focused(), asTable);
        tab(Qt::ShiftModifier);
        tab(Qt::ShiftModifier);
        QCOMPARE(focused(), range);

        QTest::keyClick(range, Qt::Key_End);
        QCOMPARE(range->currentText(), QStringLiteral("Custom"));
        QVERIFY(from->isEnabled() && to->isEnabled());
        const QDate first = from->date();
        const QDate last = to->date();
        QCOMPARE(first, m_window->journal()->session(m_sessions.first())->start.toLocalTime().date());
        tab();
        QCOMPARE(focused(), from);
        for (int i = 0; i < 7; ++i) // the day, the first section
            QTest::keyClick(from, Qt::Key_Up);
        QCOMPARE(from->date(), first.addDays(7));
        QCOMPARE(m_charts->currentRange().from.date(), first.addDays(7));
        QCOMPARE(m_charts->currentRange().to.date(), last);
        // Tab walks the day, the month and the year, then on to the last day.
        QCOMPARE(from->currentSection(), QDateTimeEdit::DaySection);
        tab();
        QCOMPARE(focused(), from);
        QCOMPARE(from->currentSection(), QDateTimeEdit::MonthSection);
        tabTo(to, 3);
    }

    // Space on "Show as table" shows the numbers of the chosen chart over the chosen days.
    void showsTheTable()
    {
        auto *asTable = m_charts->findChild<QCheckBox *>();
        auto *table = findNamed<QTableWidget>(m_charts, QStringLiteral("Chart data"));
        showCharts();
        chooseDepthFromAWeekIn();
        tabTo(asTable, 10); // past the range, the three parts of each day and the rolling mean
        QVERIFY(!table->isVisible());
        QTest::keyClick(asTable, Qt::Key_Space);
        QVERIFY(asTable->isChecked());
        QVERIFY(table->isVisible());

        const ChartRange range = m_charts->currentRange();
        const QList<qint64> expected =
            sessionsBetween(*m_window->journal(), m_sessions, range.from.date(), range.to.date());
        QVERIFY(expected.size() >= 1 && expected.size() < m_sessions.size()); // the range matters
        QCOMPARE(table->rowCount(), int(expected.size()));
        const ChartTable numbers = ChartTable::of(ChartKind::Depth, m_charts->subject(), range);
        QCOMPARE(table->columnCount(), int(numbers.columns.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toLongLong(), expected.at(row));
            QCOMPARE(table->item(row, 0)->text(),
                     QString::number(int(m_sessions.indexOf(expected.at(row))) + 1)); // session number
        }

        // Beside them, the measures across the sessions up to the last one shown: the figures of
        // `unfold metrics --summary` (tests/cli/test_metrics_summary compares those two).
        auto *summary = findNamed<QTableWidget>(m_charts, QStringLiteral("Summary across sessions"));
        QVERIFY(summary && summary->isVisible());
        const ChartTable figures = ChartTable::summary(m_charts->subject(), range);
        QCOMPARE(summary->rowCount(), int(figures.rows.size()));
        QCOMPARE(summary->columnCount(), int(figures.columns.size()));
        for (int row = 0; row < summary->rowCount(); ++row) {
            for (int column = 0; column < summary->columnCount(); ++column)
                QCOMPARE(summary->item(row, column)->text(), figures.rows[row][column]);
        }
        // By hand: Anna shared on topics 1 to 4 over the three sessions.
        QCOMPARE(summary->item(0, 1)->text(), QStringLiteral("Anna"));
        QCOMPARE(summary->item(0, 2)->text(), QStringLiteral("4"));
        QCOMPARE(summary->item(0, 3)->text(), QStringLiteral("3"));

        // A rolling mean adds, beside each series, a column of its mean: what the chart draws.
        auto *smoothing = findNamed<QComboBox>(m_charts, QStringLiteral("Rolling mean"));
        QVERIFY(smoothing);
        smoothing->setCurrentIndex(smoothing->findData(5));
        QCOMPARE(m_charts->smoothing(), 5);
        const ChartTable smoothed = ChartTable::of(ChartKind::Depth, m_charts->subject(), range, 5);
        QCOMPARE(table->columnCount(), int(smoothed.columns.size()));
        QCOMPARE(smoothed.columns.size(), 2 * numbers.columns.size() - 2); // Session, Date, then pairs
        for (int column = 0; column < table->columnCount(); ++column)
            QCOMPARE(table->horizontalHeaderItem(column)->text(), smoothed.columns.at(column));
        smoothing->setCurrentIndex(0);
        QCOMPARE(table->columnCount(), int(numbers.columns.size()));
    }

    // Tab goes round the whole window and back, each stop seen and named, the insights'
    // buttons and the table included.
    void tabGoesRoundTheWindow()
    {
        showCharts();
        showTheTable();
        // The first chart has no data in this journal: its table says so, in a row that Tab reaches.
        auto *table = findNamed<QTableWidget>(m_charts, QStringLiteral("Chart data"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("No data in this range"));
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toLongLong(), 0);
        QCOMPARE(table->columnSpan(0, 0), table->columnCount());
        // A chart with data after it: its first row is a row of data again, not the note across.
        auto *chart = findNamed<QComboBox>(m_charts, QStringLiteral("Chart"));
        chart->setCurrentIndex(chart->findData(int(ChartKind::Depth)));
        QVERIFY(table->rowCount() > 1);
        QCOMPARE(table->columnSpan(0, 0), 1);
        chart->setCurrentIndex(0);
        QCOMPARE(table->rowCount(), 1);
        QWidget *start = focused();
        QVERIFY(start);
        QList<QWidget *> stops;
        for (int i = 0; i < 80; ++i) {
            tab();
            if (QTest::currentTestFailed())
                return;
            if (focused() == start)
                break;
            stops.append(focused());
        }
        QCOMPARE(focused(), start);
        QVERIFY(stops.contains(table));
        QCOMPARE(start, findNamed<QComboBox>(m_charts, QStringLiteral("Chart"))); // where the walk began
        QVERIFY(
            stops.contains(findNamed<QPushButton>(m_charts, QStringLiteral("Open the latest session of: %1")
                                                                .arg(QStringLiteral("Core-layer sharing came "
                                                                                    "very early")))));
    }

    // Squeezed as narrow as the splitter lets it, the insights panel still shows each card whole:
    // no card is wider than the area it scrolls in (it was cut off behind a sideways scroll bar).
    void insightCardsFitThePanel()
    {
        showCharts();
        auto *panel = m_charts->findChild<InsightsPanel *>();
        QVERIFY(panel && panel->shownCount() > 0);
        auto *splitter = qobject_cast<QSplitter *>(panel->parentWidget());
        QVERIFY(splitter);
        QList<int> sizes = splitter->sizes();
        const int panelIndex = splitter->indexOf(panel);
        // The narrowest it shows at (narrower, the splitter folds it away whole).
        sizes[0] += sizes[panelIndex] - panel->minimumSizeHint().width();
        sizes[panelIndex] = panel->minimumSizeHint().width();
        splitter->setSizes(sizes);
        QCoreApplication::processEvents();
        QCOMPARE(panel->width(), panel->minimumSizeHint().width());
        auto *area = panel->findChild<QScrollArea *>();
        QVERIFY(area);
        int cards = 0;
        for (QFrame *card : panel->findChildren<QFrame *>()) {
            if (card->frameShape() != QFrame::StyledPanel || card->accessibleName().isEmpty())
                continue;
            ++cards;
            const QRect inViewport(card->mapTo(area->viewport(), QPoint(0, 0)), card->size());
            QVERIFY2(inViewport.right() < area->viewport()->width(),
                     qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                    .arg(card->accessibleName())
                                    .arg(inViewport.right())
                                    .arg(area->viewport()->width())));
            QVERIFY(card->width() >= card->minimumSizeHint().width());
        }
        QCOMPARE(cards, panel->shownCount());
    }

    // A point on the chart opens its session with a click; the keyboard's way is Enter on its
    // row of the table.
    void enterOnARowOpensItsSession()
    {
        showCharts();
        chooseDepthFromAWeekIn();
        showTheTable();
        auto *table = findNamed<QTableWidget>(m_charts, QStringLiteral("Chart data"));
        tabTo(table);
        QCOMPARE(table->currentRow(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        // The table is one stop: Tab leaves it rather than walking its cells, Shift+Tab comes back.
        tab();
        QVERIFY2(focused() != table, "Tab stayed in the table");
        tab(Qt::ShiftModifier);
        QCOMPARE(focused(), table);
        QCOMPARE(table->currentRow(), 1);
        const qint64 wanted = table->item(1, 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(wanted != 0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_tabs->currentWidget(), m_window->sessionEditor());
        QCOMPARE(m_window->sessionEditor()->sessionId(), wanted);
        const QString problem = focusProblem(m_tabs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Back to the charts as they were left.
        QTest::keyClick(focused(), mnemonicKey(chartsTab()), Qt::AltModifier);
        QCOMPARE(m_tabs->currentWidget(), m_charts->parentWidget());
        QCOMPARE(m_charts->currentKind(), ChartKind::Depth);
        QVERIFY(table->isVisible());
    }

    // Ctrl+E (File › Export Picture) on the Charts tab exports the chart shown, over its range.
    void exportsAPng()
    {
        showCharts();
        chooseDepthFromAWeekIn();
        const QString path = m_dir.filePath(QStringLiteral("depth.png"));
        m_dialogProblems.clear();
        answerExportDialog(path, false);
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier);
        // The offscreen platform does not give activation back after a dialog; a desktop does.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY2(m_dialogProblems.isEmpty(), qPrintable(m_dialogProblems.join(u'\n')));
        QVERIFY(QFile::exists(path));
        const QImage image = QImage(path).convertToFormat(QImage::Format_ARGB32);
        QVERIFY(!image.isNull());
        // 600 logical pixels wide (Settings), five by three, at 192 DPI: twice as many pixels.
        QCOMPARE(image.size(), QSize(1200, 720));

        // The very chart chosen on screen, over the chosen days, and not the whole history.
        const ChartRange range = m_charts->currentRange();
        const QImage chosen = render(ChartKind::Depth, m_charts->subject(), range, QSize(600, 360), 192,
                                     m_dir.filePath(QStringLiteral("expected.png")));
        const QImage everything = render(ChartKind::Depth, m_charts->subject(), ChartRange(), QSize(600, 360),
                                         192, m_dir.filePath(QStringLiteral("everything.png")));
        QVERIFY(chosen != everything);
        QVERIFY(image == chosen);
    }

    // File › Export Picture through the menu, by its letters; Down in the format list for SVG.
    void exportsAnSvgThroughTheMenu()
    {
        showCharts();
        chooseDepthFromAWeekIn();
        const QString path = m_dir.filePath(QStringLiteral("depth.svg"));
        m_dialogProblems.clear();
        QTest::keyClick(focused(), Qt::Key_F, Qt::AltModifier);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        answerExportDialog(m_dir.filePath(QStringLiteral("depth.png")), true);
        QTest::keyClick(menu, Qt::Key_E);
        // The offscreen platform does not give activation back after a dialog; a desktop does.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY2(m_dialogProblems.isEmpty(), qPrintable(m_dialogProblems.join(u'\n')));
        // The ending followed the format.
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral("<svg")));
        QVERIFY(svg.contains(ChartKinds::title(ChartKind::Depth).toHtmlEscaped()));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 600, 360));
    }

    // A marked event is the user's own record: removing it asks first, and Edit › Undo brings it
    // back.
    void removingAnEventAsksAndCanBeUndone()
    {
        showCharts();
        const qint64 relationshipId = m_window->journal()->relationships().first().id;
        const QList<TimelineEvent> events = m_window->journal()->timelineEvents(relationshipId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(m_charts->subject().events(), events);
        QUndoStack *undo = m_window->history().stack();
        const int steps = undo->count();

        QString asked;
        removeFirstEvent(QMessageBox::No, &asked);
        QVERIFY2(asked.contains(events.first().label), qPrintable(asked));
        QCOMPARE(m_window->journal()->timelineEvents(relationshipId), events);
        QCOMPARE(undo->count(), steps);

        removeFirstEvent(QMessageBox::Yes, &asked);
        QVERIFY(m_window->journal()->timelineEvents(relationshipId).isEmpty());
        QVERIFY(m_charts->subject().events().isEmpty()); // the charts follow at once
        QCOMPARE(undo->undoText(), QStringLiteral("Remove Event"));
        undo->undo();
        QCOMPARE(m_window->journal()->timelineEvents(relationshipId), events);
        QCOMPARE(m_charts->subject().events(), events);
    }
};

QTEST_MAIN(TestChartsView)
#include "test_charts_view.moc"
