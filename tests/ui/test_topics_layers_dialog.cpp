// SPDX-License-Identifier: GPL-3.0-or-later
// Topics and Layers › Name Defaults: a journal started in English, opened with German in use,
// gets German names for the defaults nobody renamed, in one undoable step; the user's own names stay.
#include "EditHistory.h"
#include "Journal.h"
#include "Language.h"
#include "TopicsLayersDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace unfold;

class TestTopicsLayersDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Language::install(QStringLiteral("en")); }

    void defaultsAreNamedInTheLanguageInUse()
    {
        QTemporaryDir dir;
        Language::install(QStringLiteral("en"));
        JournalProblem problem;
        auto journal = Journal::create(dir.filePath(QStringLiteral("j.unfold")), QString(), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        Topic own = journal->topics().at(1);
        own.name = QStringLiteral("Sport");
        QVERIFY(journal->saveTopic(own));
        const QList<Topic> english = journal->topics();
        QCOMPARE(english.first().name, QStringLiteral("Interests & hobbies"));

        Language::install(QStringLiteral("de"));
        EditHistory history(journal.get());
        TopicsLayersDialog dialog(*journal, history);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *nameDefaults = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            nameDefaults =
                button->text().startsWith(QStringLiteral("Standard&namen")) ? button : nameDefaults;
        QVERIFY(nameDefaults && nameDefaults->isEnabled());
        QTest::mouseClick(nameDefaults, Qt::LeftButton);
        QVERIFY(!nameDefaults->isEnabled()); // nothing left to rename
        auto *topics = dialog.findChild<QListWidget *>();
        QCOMPARE(topics->item(0)->text(), QStringLiteral("Interessen & Hobbys"));
        QCOMPARE(topics->item(1)->text(), QStringLiteral("Sport"));
        QCOMPARE(dialog.findChild<QTableWidget *>()->item(2, 0)->text(), QStringLiteral("Kern"));
        QCOMPARE(journal->topics(), english); // nothing saved before OK

        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(journal->topics().first().name, QStringLiteral("Interessen & Hobbys"));
        QCOMPARE(journal->topics().at(1).name, QStringLiteral("Sport"));
        QCOMPARE(journal->layers().last().name, QStringLiteral("Kern"));
        QCOMPARE(history.stack()->count(), 1); // one step
        history.stack()->undo();
        QCOMPARE(journal->topics(), english);
        QCOMPARE(journal->layers().last().name, QStringLiteral("Core"));
    }
};

QTEST_MAIN(TestTopicsLayersDialog)
#include "test_topics_layers_dialog.moc"
