// SPDX-License-Identifier: GPL-3.0-or-later
// The session's table of disclosures sizes each column to the widest label it can show (and its
// header), not to the rows in view: every cell's text fits, the columns keep their width from
// session to session, and a longer topic, another style or another font widens them.
#include "DemoJournal.h"
#include "Journal.h"
#include "MainWindow.h"
#include "SessionEditor.h"
#include "SessionTimeline.h"
#include "models/ChoiceColumnWidths.h"
#include "models/DisclosureTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

namespace {

using Column = DisclosureTableModel::Column;
constexpr Column fittedColumns[] = {DisclosureTableModel::PositionColumn, DisclosureTableModel::SpeakerColumn,
                                    DisclosureTableModel::TopicColumn, DisclosureTableModel::LayerColumn,
                                    DisclosureTableModel::ReceptionColumn};

QList<int> widthsOf(const QTableView *table)
{
    QList<int> widths;
    for (const Column column : fittedColumns)
        widths.append(table->columnWidth(column));
    return widths;
}

// Each fitted column is at least as wide as Qt's own measure of its cells in view and of its
// header (what ResizeToContents gave it).
bool everyCellFits(QTableView *table, QString *why)
{
    const QAbstractItemView *view = table;
    for (const Column column : fittedColumns) {
        const int needed =
            std::max(view->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column));
        if (table->columnWidth(column) < needed) {
            *why = QStringLiteral("column %1 is %2 wide, its cells need %3")
                       .arg(column)
                       .arg(table->columnWidth(column))
                       .arg(needed);
            return false;
        }
    }
    return true;
}

} // namespace

class TestDisclosureColumns final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void columnsFitWhatTheyCanShow()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        auto opened = Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(opened, qPrintable(problem.message));
        Journal *journal = opened.get();
        MainWindow window;
        window.setJournal(std::move(opened));
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.sessionEditor()->findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() > 0);
        QString why;
        QVERIFY2(everyCellFits(table, &why), qPrintable(why));
        // The header does not size the columns from their cells any more.
        for (const Column column : fittedColumns)
            QCOMPARE(table->horizontalHeader()->sectionResizeMode(column), QHeaderView::Fixed);

        // Every session of the relationship: the columns keep their width, and every cell fits.
        const QList<int> first = widthsOf(table);
        const auto shown = journal->session(window.sessionEditor()->sessionId());
        QVERIFY(shown);
        const QList<SessionSummary> sessions = journal->sessionSummaries(shown->relationshipId);
        QVERIFY(sessions.size() > 2);
        for (const SessionSummary &session : sessions) {
            window.timeline()->selectSession(session.session.id);
            QCOMPARE(window.sessionEditor()->sessionId(), session.session.id);
            QVERIFY2(everyCellFits(table, &why), qPrintable(why));
            QCOMPARE(widthsOf(table), first);
        }

        // A topic no cell shows, renamed longer, widens its column to its name.
        auto *model = qobject_cast<DisclosureTableModel *>(table->model());
        QVERIFY(model);
        QSet<qint64> shownTopics;
        for (const Disclosure &d : model->disclosures())
            shownTopics.insert(d.topicId);
        Topic unused;
        for (const Topic &t : journal->topics())
            unused = !shownTopics.contains(t.id) ? t : unused;
        QVERIFY(unused.id != 0);
        const int topicWidth = table->columnWidth(DisclosureTableModel::TopicColumn);
        unused.name = QStringLiteral("Hopes and plans for the years ahead");
        QVERIFY(journal->saveTopic(unused));
        QVERIFY(table->columnWidth(DisclosureTableModel::TopicColumn) > topicWidth);
        QVERIFY(table->columnWidth(DisclosureTableModel::TopicColumn) >=
                table->fontMetrics().horizontalAdvance(unused.name));
        QVERIFY2(everyCellFits(table, &why), qPrintable(why));

        // A name longer than a column can hold is cut short, and its cell's tooltip holds it whole.
        Topic shownTopic = *journal->topic(model->disclosures().constFirst().topicId);
        shownTopic.name = QString(120, u'w');
        QVERIFY(journal->saveTopic(shownTopic));
        const int cap = table->fontMetrics().averageCharWidth() * ChoiceColumnWidths::widestInCharacters;
        QCOMPARE(table->columnWidth(DisclosureTableModel::TopicColumn), cap);
        QVERIFY(table->fontMetrics().horizontalAdvance(shownTopic.name) > cap);
        QCOMPARE(model->index(0, DisclosureTableModel::TopicColumn).data(Qt::ToolTipRole).toString(),
                 shownTopic.name);
        shownTopic.name = QStringLiteral("Health");
        QVERIFY(journal->saveTopic(shownTopic));
        QVERIFY2(everyCellFits(table, &why), qPrintable(why));

        // Another font, and another style: measured again.
        const QFont original = table->font();
        QFont larger = original;
        larger.setPointSizeF(larger.pointSizeF() * 2);
        const int speakerWidth = table->columnWidth(DisclosureTableModel::SpeakerColumn);
        table->setFont(larger);
        QVERIFY(table->columnWidth(DisclosureTableModel::SpeakerColumn) > speakerWidth);
        QVERIFY2(everyCellFits(table, &why), qPrintable(why));
        table->setFont(original);
        const QList<int> before = widthsOf(table);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
        QVERIFY2(everyCellFits(table, &why), qPrintable(why));
        QVERIFY(widthsOf(table) != before); // another style, other margins
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY2(everyCellFits(table, &why), qPrintable(why));
        QCOMPARE(widthsOf(table), before);
    }
};

QTEST_MAIN(TestDisclosureColumns)
#include "test_disclosure_columns.moc"
