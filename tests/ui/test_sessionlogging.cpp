// SPDX-License-Identifier: GPL-3.0-or-later
// Logs a session the way a person does: through the real window, from the keyboard.
#include "DemoJournal.h"
#include "DisclosureEntry.h"
#include "EditHistory.h"
#include "Journal.h"
#include "KeyboardFocus.h"
#include "MainWindow.h"
#include "RecordLabels.h"
#include "RelationshipDialog.h"
#include "RelationshipSidebar.h"
#include "SessionEditor.h"
#include "SessionTimeline.h"
#include "WelcomeBar.h"
#include "models/DisclosureTableModel.h"
#include "models/RelationshipListModel.h"
#include "models/SessionListModel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace unfold;
using unfold::testing::findNamed;

class TestSessionLogging final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.unfold")); }

    // Fills the modal Add Relationship dialog once it is shown, and accepts it with Enter.
    static void answerRelationshipDialog(const QString &a, const QString &b)
    {
        QTimer::singleShot(0, [a, b] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const QList<QComboBox *> combos = dialog->findChildren<QComboBox *>();
            QComboBox *personA = nullptr;
            QComboBox *personB = nullptr;
            for (QComboBox *c : combos) {
                if (c->accessibleName() == QLatin1String("Person A"))
                    personA = c;
                if (c->accessibleName() == QLatin1String("Person B"))
                    personB = c;
            }
            QVERIFY(personA && personB);
            personA->setCurrentText(a);
            personB->setCurrentText(b);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void logsASessionFromTheKeyboard()
    {
        JournalProblem problem;
        auto created = Journal::create(journalPath(), m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(created, qPrintable(problem.message));
        MainWindow window;
        window.setJournal(std::move(created));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *relationships = window.sidebar()->findChild<QListView *>();
        auto *sessions = window.timeline()->findChild<QListView *>();
        QAbstractItemModelTester relationshipTester(relationships->model());
        QAbstractItemModelTester sessionTester(sessions->model());
        QAbstractItemModelTester disclosureTester(window.sessionEditor()->table()->model());

        answerRelationshipDialog(QStringLiteral("Alex"), QStringLiteral("Sam"));
        window.sidebar()->addAction()->trigger();
        QCOMPARE(relationships->model()->rowCount(), 1);
        QCOMPARE(window.journal()->people().size(), 2);
        QVERIFY(window.sidebar()->currentRelationshipId() != 0);

        // The offscreen platform does not give activation back after a dialog; a desktop does.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+T starts a session; it becomes the current one.
        QVERIFY(window.timeline()->newAction()->isEnabled());
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(sessions->model()->rowCount(), 1);
        QVERIFY(window.sessionEditor()->sessionId() != 0);

        // Ctrl+L goes to the quick entry; each line is one disclosure.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QLineEdit *quick = window.sessionEditor()->entry()->quickEntry();
        QVERIFY(quick->hasFocus());
        for (const char *line : {"a12 weekend plans", "b 1 1", "a 9 3 fear of losing my job"}) {
            QTest::keyClicks(quick, QString::fromLatin1(line));
            QTest::keyClick(quick, Qt::Key_Return);
        }
        // A wrong line is refused with a message, and nothing is logged.
        QTest::keyClicks(quick, QStringLiteral("c99"));
        QTest::keyClick(quick, Qt::Key_Return);
        QCOMPARE(quick->text(), QStringLiteral("c99"));
        quick->clear();

        auto *table = window.sessionEditor()->table();
        QCOMPARE(table->model()->rowCount(), 3);
        const QList<Disclosure> logged = window.journal()->disclosures(window.sessionEditor()->sessionId());
        QCOMPARE(logged.size(), 3);
        const QList<Topic> &topics = window.journal()->topics();
        QCOMPARE(logged.at(0).speaker, Speaker::A);
        QCOMPARE(logged.at(0).topicId, topics.at(0).id);
        QCOMPARE(logged.at(0).depth, 2);
        QCOMPARE(logged.at(0).note, QStringLiteral("weekend plans"));
        QCOMPARE(logged.at(1).speaker, Speaker::B);
        QCOMPARE(logged.at(2).topicId, topics.at(8).id);
        QCOMPARE(logged.at(2).depth, 3);
        // The timeline counts what each person shared.
        QVERIFY(sessions->model()->index(0, 0).data().toString().contains(QStringLiteral("Alex 2")));

        // Reorder from the keyboard: the last disclosure moves up.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 1));
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
        QList<Disclosure> moved = window.journal()->disclosures(window.sessionEditor()->sessionId());
        QCOMPARE(moved.at(1).id, logged.at(2).id);
        QCOMPARE(moved.at(2).id, logged.at(1).id);

        // Delete removes the current one; Undo brings it back in its place; Redo removes it again.
        table->setCurrentIndex(table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(window.journal()->disclosures(window.sessionEditor()->sessionId()).size(), 2);
        window.history().stack()->undo();
        moved = window.journal()->disclosures(window.sessionEditor()->sessionId());
        QCOMPARE(moved.size(), 3);
        QCOMPARE(moved.at(0).id, logged.at(0).id);
        window.history().stack()->redo();
        QCOMPARE(window.journal()->disclosures(window.sessionEditor()->sessionId()).size(), 2);
        window.history().stack()->undo();

        // Undo everything back to the empty journal, then redo it all.
        const int steps = window.history().stack()->count();
        QVERIFY(steps >= 6);
        while (window.history().stack()->canUndo())
            window.history().stack()->undo();
        QCOMPARE(window.journal()->relationships().size(), 0);
        QCOMPARE(relationships->model()->rowCount(), 0);
        while (window.history().stack()->canRedo())
            window.history().stack()->redo();
        QCOMPARE(window.journal()->relationships().size(), 1);
        const qint64 relationshipId = window.journal()->relationships().first().id;
        // Redo replays the whole history, the deletion included; one undo brings the third back.
        QCOMPARE(window.journal()->disclosuresOfRelationship(relationshipId).size(), 2);
        window.history().stack()->undo();
        QCOMPARE(window.journal()->disclosuresOfRelationship(relationshipId).size(), 3);
    }

    // Headings are bold plain text: a name is shown as it was written, never read as markup.
    void headingsShowNamesAsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("headings.unfold"));
        JournalProblem problem;
        auto created = Journal::create(path, m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(created, qPrintable(problem.message));
        MainWindow window;
        window.setJournal(std::move(created));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString a = QStringLiteral("<i>Alex</i>");
        const QString b = QStringLiteral("Sam & <b>Co</b>");
        answerRelationshipDialog(a, b);
        window.sidebar()->addAction()->trigger();
        window.timeline()->newAction()->trigger();
        QVERIFY(window.sessionEditor()->sessionId() != 0);
        QLabel *title = nullptr;
        for (QLabel *label : window.sessionEditor()->findChildren<QLabel *>())
            if (label->text().startsWith(QLatin1String("Session with")))
                title = label;
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Session with %1 and %2").arg(a, b));
        for (QWidget *panel :
             {static_cast<QWidget *>(window.sidebar()), static_cast<QWidget *>(window.timeline()),
              static_cast<QWidget *>(window.sessionEditor())}) {
            int headings = 0;
            for (QLabel *label : panel->findChildren<QLabel *>()) {
                if (!label->font().bold())
                    continue;
                ++headings;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
            QVERIFY2(headings > 0, panel->metaObject()->className());
        }
    }

    // Nothing needs saving: the journal on disk has everything after the window is gone.
    void everythingIsOnDisk()
    {
        JournalProblem problem;
        auto journal = Journal::open(journalPath(), JournalStore::Access::ReadOnly, {}, &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        QCOMPARE(journal->relationships().size(), 1);
        const Relationship r = journal->relationships().first();
        QCOMPARE(journal->relationshipTitle(r), QStringLiteral("Alex & Sam"));
        const QList<Disclosure> all = journal->disclosuresOfRelationship(r.id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).note, QStringLiteral("weekend plans"));
        QCOMPARE(all.at(1).note, QStringLiteral("fear of losing my job"));
    }

    // Everyday logging from the keyboard: Ctrl+Z right after logging takes back the disclosure
    // (not the typing, which would bring the entry back for a second Enter); Enter in the empty
    // quick entry logs nothing; Tab leaves the table and reaches every control of the session;
    // editing a Received cell leaves no warning; the private notes show only when asked for.
    void everydayLoggingFromTheKeyboard()
    {
        JournalProblem problem;
        auto opened = Journal::open(journalPath(), JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(opened, qPrintable(problem.message));
        MainWindow window;
        window.setJournal(std::move(opened));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SessionEditor *editor = window.sessionEditor();
        const qint64 sessionId = editor->sessionId();
        QVERIFY(sessionId != 0);
        const auto count = [&] { return window.journal()->disclosures(sessionId).size(); };
        const qsizetype before = count();

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QLineEdit *quick = editor->entry()->quickEntry();
        QVERIFY(quick->hasFocus());
        // The numbers the shorthand counts in show beside it while one types there, and go after.
        auto *numbers = findNamed<QLabel>(editor, QStringLiteral("Shorthand numbers"));
        QVERIFY(numbers && numbers->isVisible());
        QStringList visibleTopics;
        for (const Topic &t : window.journal()->topics())
            if (!t.hidden)
                visibleTopics.append(QString(t.name).replace(u' ', QChar::Nbsp)); // kept on one line
        QVERIFY2(numbers->text().contains(QStringLiteral("2\u00a0") + visibleTopics.at(1)),
                 qPrintable(numbers->text()));
        QVERIFY2(numbers->text().contains(
                     QStringLiteral("1\u00a0") +
                     QString(window.journal()->layers().first().name).replace(u' ', QChar::Nbsp)),
                 qPrintable(numbers->text()));
        QTest::keyClicks(quick, QStringLiteral("a 2 1"));
        QTest::keyClick(quick, Qt::Key_Return);
        QCOMPARE(count(), before + 1);
        QVERIFY(quick->text().isEmpty());
        QTest::keyClick(quick, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(), before);        // the disclosure is taken back
        QVERIFY(quick->text().isEmpty()); // and the entry does not come back to be logged twice
        QTest::keyClick(quick, Qt::Key_Return);
        QCOMPARE(count(), before);
        auto *message = findNamed<QLabel>(editor, QStringLiteral("Entry message"));
        QVERIFY(message);
        QVERIFY2(message->text().startsWith(QStringLiteral("Nothing logged")), qPrintable(message->text()));
        QCOMPARE(QAccessible::queryAccessibleInterface(message)->text(QAccessible::Name), message->text());
        QTest::keyClick(quick, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(count(), before + 1); // redo from the same place
        // Typing in the field is still undone by the field itself.
        QTest::keyClicks(quick, QStringLiteral("b 3"));
        QTest::keyClick(quick, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(quick->text() != QStringLiteral("b 3"));
        QCOMPARE(count(), before + 1);
        quick->setText(QString());
        QTest::keyClick(quick, Qt::Key_Tab);
        QVERIFY(!numbers->isVisible());
        quick->setFocus();
        QVERIFY(numbers->isVisible());

        // Tab goes round the whole window from the table and reaches every control on the way.
        QTableView *table = editor->table();
        table->setFocus();
        QList<QWidget *> stops;
        for (int i = 0; i < 120; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            stops.append(QApplication::focusWidget());
            if (QApplication::focusWidget() == table)
                break;
        }
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(stops.count(table), 1); // the table is one stop, not one per cell
        QStringList missed;
        for (QWidget *w : editor->findChildren<QWidget *>()) {
            // A spin box's own line edit takes focus through the box (its focus proxy).
            const bool stop = w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                              !w->focusProxy() && !table->isAncestorOf(w);
            if (stop && !stops.contains(w))
                missed.append(w->accessibleName().isEmpty()
                                  ? QString::fromLatin1(w->metaObject()->className())
                                  : w->accessibleName());
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));

        // Changing who received it, from the keyboard, without a warning from the view.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
        const QModelIndex received = table->model()->index(0, DisclosureTableModel::ReceptionColumn);
        const auto was = window.journal()->disclosures(sessionId).first().reception;
        table->setCurrentIndex(received);
        table->edit(received);
        auto *combo = table->findChild<QComboBox *>();
        QVERIFY(combo);
        combo->setCurrentIndex((combo->currentIndex() + 1) % combo->count());
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_VERIFY(window.journal()->disclosures(sessionId).first().reception != was);
        QCoreApplication::processEvents();

        // The private notes: hidden until asked for, and hidden again for another session.
        auto *show = findNamed<QToolButton>(editor, QStringLiteral("Show private notes"));
        auto *notes = findNamed<QLineEdit>(editor, QStringLiteral("Session notes"));
        QVERIFY(show && notes);
        QVERIFY(!notes->isVisible());
        show->click();
        QVERIFY(notes->isVisible());
        QVERIFY(notes->hasFocus());
        show->click();
        QVERIFY(!notes->isVisible());
    }

    // Without a session to show, the Session tab names the next step that is possible now: never
    // Session › New Session while it is disabled for want of a relationship.
    void theEmptyPageNamesTheStepPossibleNow()
    {
        MainWindow window;
        QLabel *hint = window.sessionEditor()->emptyHintLabel();
        QVERIFY(hint->text().contains(QStringLiteral("No journal is open")));

        JournalProblem problem;
        auto empty = Journal::create(m_dir.filePath(QStringLiteral("empty.unfold")),
                                     m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(empty, qPrintable(problem.message));
        window.setJournal(std::move(empty));
        QVERIFY2(hint->text().contains(QStringLiteral("Relationship › Add Relationship (Ctrl+Shift+R)")),
                 qPrintable(hint->text()));
        QVERIFY(window.sidebar()->addAction()->isEnabled());
        QVERIFY(!window.timeline()->newAction()->isEnabled());
        QCOMPARE(window.sidebar()->addAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));

        // With a relationship, a new session is the step; the hint follows without reopening.
        answerRelationshipDialog(QStringLiteral("Kim"), QStringLiteral("Lou"));
        window.sidebar()->addAction()->trigger();
        QCOMPARE(window.journal()->relationships().size(), 1);
        QCOMPARE(window.sessionEditor()->sessionId(), 0);
        QVERIFY2(
            hint->text().startsWith(QStringLiteral("Choose a session in the timeline, or start a new one")),
            qPrintable(hint->text()));
        QVERIFY(window.timeline()->newAction()->isEnabled());
    }

    // Add Relationship says who person A and B are, and what each stage means as it is chosen.
    void addRelationshipExplainsItsFields()
    {
        JournalProblem problem;
        auto journal = Journal::create(m_dir.filePath(QStringLiteral("explained.unfold")),
                                       m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        RelationshipDialog dialog(*journal, std::nullopt);
        bool explained = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            explained = explained || label->text().startsWith(QStringLiteral("Person A is you"));
        QVERIFY(explained);
        auto *known = dialog.findChild<QCheckBox *>();
        QVERIFY(known && known->text() == QStringLiteral("Date known"));
        auto *stage = findNamed<QComboBox>(&dialog, QStringLiteral("Stage"));
        QVERIFY(stage);
        for (int i = 0; i < stage->count(); ++i)
            QVERIFY(!stage->itemData(i, Qt::ToolTipRole).toString().isEmpty());
        stage->setCurrentIndex(stage->findData(int(Stage::Depenetration)));
        const QString meaning = RecordLabels::stageMeaning(Stage::Depenetration);
        QVERIFY(meaning.contains(QStringLiteral("pulls back")));
        QCOMPARE(stage->accessibleDescription(), meaning);
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text() == meaning;
        QVERIFY(shown);
    }

    // The demo is announced by a welcome that stays until closed or another journal opens, and
    // offers to start one's own journal.
    void theDemoWelcomesUntilClosedOrReplaced()
    {
        const QString demo = m_dir.filePath(QStringLiteral("welcome-demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(demo, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        MainWindow window;
        window.setJournal(Journal::open(demo, JournalStore::Access::ReadOnly, {}, &problem));
        window.showWelcome();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomeBar *welcome = window.welcomeBar();
        QVERIFY(welcome->isVisible());
        bool says = false;
        for (QLabel *label : welcome->findChildren<QLabel *>())
            says = says || label->text().startsWith(QStringLiteral("Welcome to Unfold"));
        QVERIFY(says);
        QVERIFY(!welcome->startButton()->accessibleDescription().isEmpty());
        QTest::keyClick(welcome->closeButton(), Qt::Key_Space);
        QVERIFY(!welcome->isVisible());

        window.showWelcome();
        QVERIFY(welcome->isVisible());
        auto empty = Journal::create(m_dir.filePath(QStringLiteral("own.unfold")),
                                     m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(empty, qPrintable(problem.message));
        window.setJournal(std::move(empty));
        QVERIFY(!welcome->isVisible());

        // Its button asks for one's own journal (the window answers with File › New Journal).
        WelcomeBar bar;
        QSignalSpy start(&bar, &WelcomeBar::startOwnJournal);
        QTest::keyClick(bar.startButton(), Qt::Key_Space);
        QCOMPARE(start.size(), 1);
    }

    void aReadOnlyJournalCannotBeEdited()
    {
        JournalProblem problem;
        auto journal = Journal::open(journalPath(), JournalStore::Access::ReadOnly, {}, &problem);
        QVERIFY(journal);
        MainWindow window;
        window.setJournal(std::move(journal));
        QVERIFY(!window.sidebar()->addAction()->isEnabled());
        QVERIFY(!window.timeline()->newAction()->isEnabled());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    }
};

QTEST_MAIN(TestSessionLogging)
#include "test_sessionlogging.moc"
