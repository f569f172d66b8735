// SPDX-License-Identifier: GPL-3.0-or-later
// Relationship › Client History…: every session, notes hidden until asked for, and
// the report of the chosen session.
#include "../core/CoupleJournal.h"
#include "ClientHistoryDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using namespace unfold;

class TestClientHistory final : public QObject
{
    Q_OBJECT

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
        QVERIFY(table->isColumnHidden(ClientHistoryDialog::notesColumn));
        dialog.showNotes()->setFocus();
        QTest::keyClick(dialog.showNotes(), Qt::Key_Space);
        QVERIFY(!table->isColumnHidden(ClientHistoryDialog::notesColumn));
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
