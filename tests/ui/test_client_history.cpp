// SPDX-License-Identifier: GPL-3.0-or-later
// Relationship › Client History…: every session, notes hidden until asked for, and
// the report of the chosen session.
#include "../core/CoupleJournal.h"
#include "ClientHistoryDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using namespace unfold;

class TestClientHistory final : public QObject
{
    Q_OBJECT

    // Readable at a glance: every column in view and every cell whole (a note may wrap).
    static void checkAllInView(QTableWidget *table)
    {
        QTest::qWait(1); // the header sizes its sections on the next turn of the event loop
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            for (const QString &line : table->horizontalHeaderItem(c)->text().split(u'\n')) {
                QVERIFY2(table->horizontalHeader()->fontMetrics().horizontalAdvance(line) + margins <=
                             table->columnWidth(c),
                         qPrintable(line));
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                const QTableWidgetItem *cell = table->item(r, c);
                const QRect needed = table->fontMetrics().boundingRect(
                    QRect(0, 0, table->columnWidth(c) - margins, 10000), Qt::TextWordWrap, cell->text());
                QVERIFY2(needed.width() + margins <= table->columnWidth(c) &&
                             needed.height() <= table->rowHeight(r),
                         qPrintable(cell->text()));
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionsWithNotesHiddenUntilAsked()
    {
        QTemporaryDir dir;
        QList<qint64> sessions;
        const auto journal = testing::writeCoupleJournal(dir.filePath(QStringLiteral("c.unfold")), &sessions);
        QVERIFY(journal);
        ClientHistoryDialog dialog(*journal, journal->relationships().first().id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->currentRow(), 2); // the latest session is chosen
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("Escalating reciprocal disclosure"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("40"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("none")); // not a guided session
        QVERIFY(table->isColumnHidden(ClientHistoryDialog::notesColumn));
        checkAllInView(table);
        if (dialog.screen()->geometry().width() != 1366)
            QSKIP("needs the laptop-sized screen ctest gives it (tests/data/laptop-screen.json)");
        dialog.showNotes()->setFocus();
        QTest::keyClick(dialog.showNotes(), Qt::Key_Space);
        QVERIFY(!table->isColumnHidden(ClientHistoryDialog::notesColumn));
        checkAllInView(table); // a note wraps in its row rather than widening the table
        QCOMPARE(table->item(2, ClientHistoryDialog::notesColumn)->text(),
                 QString::fromLatin1(testing::coupleNote));

        table->selectRow(0);
        const QString pdf = dir.filePath(QStringLiteral("first.pdf"));
        QVERIFY(dialog.exportReport(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
    }
};

QTEST_MAIN(TestClientHistory)
#include "test_client_history.moc"
