// SPDX-License-Identifier: GPL-3.0-or-later
// Answering a questionnaire in the Questionnaires tab of the real window from the keyboard alone
//: choose the check-in, answer every item with digits and arrows, move on with Tab
// and Enter, submit, and find the answers in the journal and the scores on screen. After every key that
// moves focus, the focus widget must show, be usable, be on the tab that shows, have a name,
// and look focused.

#include "AnswerInput.h"
#include "Appearance.h"
#include "EditHistory.h"
#include "Journal.h"
#include "KeyboardFocus.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "QuestionnaireForm.h"
#include "QuestionnairesView.h"
#include "SessionEditor.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace unfold;
using namespace unfold::testing;
using namespace unfold;

namespace {

// Anna and Ben, and two sessions with nothing answered yet.
std::unique_ptr<Journal> writeJournal(const QString &path)
{
    JournalProblem problem;
    auto journal = Journal::create(path, QString(), &problem);
    if (!journal)
        return nullptr;
    Person a{0, QStringLiteral("Anna"), {}, false};
    Person b{0, QStringLiteral("Ben"), {}, false};
    if (!journal->savePerson(a) || !journal->savePerson(b))
        return nullptr;
    Relationship r{0, a.id, b.id, RelationshipKind::ClientCouple, QDate(2024, 1, 1), Stage::Unset};
    if (!journal->saveRelationship(r))
        return nullptr;
    for (int day : {1, 8}) {
        Session session{0, r.id, QDateTime(QDate(2025, 4, day), QTime(18, 0), QTimeZone::utc()), {}, {}, {}};
        if (!journal->saveSession(session))
            return nullptr;
    }
    return journal;
}

} // namespace

class TestQuestionnaireKeyboard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTabWidget *m_tabs = nullptr;

    // A key that moves focus (Tab, Shift+Tab, a digit that answers and moves on), pressed on the
    // focus widget, and what the focus must be like afterwards.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QString seen = keyShowingFocus(key, modifiers);
        QVERIFY2(seen.isEmpty(), qPrintable(seen));
        checkFocus();
    }

    void tab(Qt::KeyboardModifiers modifiers = Qt::NoModifier) { press(Qt::Key_Tab, modifiers); }

    void checkFocus()
    {
        const QString problem = focusProblem(m_tabs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void tabTo(QWidget *target, int most = 40)
    {
        testing::tabTo(
            target, [this] { tab(); }, most);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_questionnaire_keyboard"));
        QSettings().clear();
        Appearance::apply(Preferences::Theme::Light);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void answersTheCheckInFromTheKeyboard()
    {
        auto created = writeJournal(m_dir.filePath(QStringLiteral("j.unfold")));
        QVERIFY(created);
        MainWindow window;
        window.setJournal(std::move(created));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_tabs = findNamed<QTabWidget>(&window, QStringLiteral("Views"));
        auto *view = window.questionnairesView();
        QVERIFY(m_tabs && view);
        const qint64 sessionId = window.sessionEditor()->sessionId();
        QVERIFY(sessionId != 0);
        QVERIFY(window.journal()->answers(sessionId).isEmpty());

        // Alt with the tab's letter shows the Questionnaires tab; Tab reaches the list of instruments.
        const Qt::Key tabKey = mnemonicKey(m_tabs->tabText(m_tabs->indexOf(view->parentWidget())));
        QVERIFY(tabKey != Qt::Key_unknown);
        QTest::keyClick(&window, tabKey, Qt::AltModifier);
        QCOMPARE(m_tabs->currentWidget(), view->parentWidget());
        auto *instruments = findNamed<QListWidget>(view, QStringLiteral("Instruments"));
        QVERIFY(instruments);
        tabTo(instruments);
        if (QTest::currentTestFailed())
            return;

        // Arrows to the check-in; Enter starts it for the first person.
        int checkin = -1;
        for (int row = 0; row < instruments->count(); ++row) {
            if (instruments->item(row)->data(Qt::UserRole).toString() == QLatin1String("session-checkin"))
                checkin = row;
        }
        QVERIFY(checkin >= 0);
        QTest::keyClick(instruments, Qt::Key_Home);
        for (int row = 0; row < checkin; ++row)
            QTest::keyClick(instruments, Qt::Key_Down);
        QCOMPARE(instruments->currentRow(), checkin);
        QTest::keyClick(instruments, Qt::Key_Return);
        auto *form = view->findChild<QuestionnaireForm *>();
        QVERIFY(form->isVisible());
        QCOMPARE(form->instrument().id, QStringLiteral("session-checkin"));
        bool forAnna = false;
        for (const QLabel *label : form->findChildren<QLabel *>())
            forAnna =
                forAnna || (label->isVisible() && label->text().startsWith(QStringLiteral("Anna answers")));
        QVERIFY(forAnna);
        const QList<AnswerInput *> items = form->inputs();
        QCOMPARE(items.size(), 13);
        QCOMPARE(focused(), items.at(0));
        checkFocus();

        // Items 1–3 by digit, each moving on by itself.
        for (const Qt::Key key : {Qt::Key_6, Qt::Key_2, Qt::Key_6})
            press(key);
        QCOMPARE(focused(), items.at(3));
        // Item 4 with the arrows from nothing: Right starts at 1, then on to 4; Enter moves on.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(items.at(3), Qt::Key_Right);
        QCOMPARE(items.at(3)->value(), std::optional<int>(4));
        press(Qt::Key_Return);
        QCOMPARE(focused(), items.at(4));
        // Enter on an item still open stays there: nothing is skipped by accident.
        QTest::keyClick(items.at(4), Qt::Key_Return);
        QCOMPARE(focused(), items.at(4));
        // Item 5: End for 7, Left three times for 4.
        QTest::keyClick(items.at(4), Qt::Key_End);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(items.at(4), Qt::Key_Left);
        QCOMPARE(items.at(4)->value(), std::optional<int>(4));
        // Shift+Tab goes back to item 4, which kept its answer; Tab twice to item 6.
        tab(Qt::ShiftModifier);
        QCOMPARE(focused(), items.at(3));
        QCOMPARE(items.at(3)->value(), std::optional<int>(4));
        tab();
        tab();
        QCOMPARE(focused(), items.at(5));
        // Items 6–13 by digit; the last moves on to Submit.
        for (const Qt::Key key :
             {Qt::Key_5, Qt::Key_3, Qt::Key_5, Qt::Key_7, Qt::Key_3, Qt::Key_1, Qt::Key_2, Qt::Key_5})
            press(key);
        auto *submit = findNamed<QPushButton>(form, QStringLiteral("Submit answers"));
        QCOMPARE(focused(), submit);
        for (AnswerInput *item : items)
            QVERIFY2(item->value().has_value(), qPrintable(item->itemId()));

        // Enter on the focused Submit button submits.
        QTest::keyClick(submit, Qt::Key_Return);
        QVERIFY(!form->isVisible());
        // Back where the person started, ready for the next questionnaire.
        QCOMPARE(focused(), instruments);
        checkFocus();

        // The journal has Anna's answers as typed, about this session.
        const QList<QuestionnaireAnswer> stored = window.journal()->answers(sessionId);
        QCOMPARE(stored.size(), 1);
        const QuestionnaireAnswer &answer = stored.first();
        QCOMPARE(answer.respondent, Speaker::A);
        QCOMPARE(answer.instrumentId, QStringLiteral("session-checkin"));
        const QList<int> typed{6, 2, 6, 4, 4, 5, 3, 5, 7, 3, 1, 2, 5};
        QCOMPARE(answer.answers.size(), typed.size());
        for (qsizetype i = 0; i < typed.size(); ++i)
            QCOMPARE(answer.answers.value(items.at(i)->itemId()), typed.at(i));

        // The check-in's subscales are means with items 2, 5, 7 and 11 reversed (8 − answer):
        // balance (6, 6, 6) = 6; responsiveness (4, 4, 5, 5, 5, 7) = 5; comfort (3, 7, 2) = 4;
        // closeness 5. On 0–100, (mean − 1) / 6 × 100.
        struct Expected
        {
            QString subscale;
            QString score;
            QString percent;
        };
        const QList<Expected> expected{
            {QStringLiteral("balance"), QStringLiteral("6.00"), QStringLiteral("83.3")},
            {QStringLiteral("responsiveness"), QStringLiteral("5.00"), QStringLiteral("66.7")},
            {QStringLiteral("comfort"), QStringLiteral("4.00"), QStringLiteral("50.0")},
            {QStringLiteral("closeness"), QStringLiteral("5.00"), QStringLiteral("66.7")}};
        QCOMPARE(answer.scores.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(answer.scores.at(i).subscale, expected.at(i).subscale);
            QCOMPARE(QString::number(*answer.scores.at(i).score, 'f', 2), expected.at(i).score);
        }

        // The overview says so and shows the scores of this session.
        auto *status = findNamed<QLabel>(view, QStringLiteral("Status"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Saved Anna's answers."));
        auto *scores = findNamed<QTreeWidget>(view, QStringLiteral("Scores of this session"));
        QVERIFY(scores && scores->isVisible());
        // A row per subscale under the instrument, Anna's column holding her 0–100 score and,
        // on hover, the score on the subscale's own scale.
        QCOMPARE(scores->headerItem()->text(1), QStringLiteral("Anna"));
        QCOMPARE(scores->topLevelItemCount(), 1);
        const QTreeWidgetItem *checkinRow = scores->topLevelItem(0);
        QVERIFY(checkinRow && checkinRow->isExpanded());
        QCOMPARE(checkinRow->childCount(), int(expected.size()));
        for (int row = 0; row < checkinRow->childCount(); ++row) {
            QCOMPARE(checkinRow->child(row)->text(1), expected.at(row).percent);
            QVERIFY2(checkinRow->child(row)->toolTip(1).contains(expected.at(row).score),
                     qPrintable(checkinRow->child(row)->toolTip(1)));
            QCOMPARE(checkinRow->child(row)->text(2), QStringLiteral("–")); // Ben has not answered
        }

        // The score lists are one Tab stop each: Tab reaches the scores, then leaves them for
        // the history rather than walking their rows.
        auto *history = findNamed<QTreeWidget>(view, QStringLiteral("Score history of this relationship"));
        QVERIFY(history);
        tabTo(scores);
        tab();
        QCOMPARE(focused(), history);
    }

    // Anna answered the check-in for this session already: answering again first asks, Cancel
    // keeps her answers, and "Answer Again" replaces them (one set per person, DESIGN.md §2.1),
    // as one step that Undo takes back, bringing the earlier set back under its id.
    void answeringAgainAsksAndReplaces()
    {
        auto created = writeJournal(m_dir.filePath(QStringLiteral("again.unfold")));
        QVERIFY(created);
        const Relationship relationship = created->relationships().first();
        const qint64 sessionId = created->sessionSummaries(relationship.id).last().session.id;
        QuestionnaireAnswer earlier;
        earlier.sessionId = sessionId;
        earlier.instrumentId = QStringLiteral("session-checkin");
        earlier.answeredAt = QDateTime(QDate(2025, 4, 8), QTime(20, 0), QTimeZone::utc());
        earlier.answers.insert(QStringLiteral("balance_1"), 2);
        QVERIFY(created->saveAnswer(earlier));

        MainWindow window;
        window.setJournal(std::move(created));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.sessionEditor()->sessionId(), sessionId);
        auto *view = window.questionnairesView();
        auto *tabs = findNamed<QTabWidget>(&window, QStringLiteral("Views"));
        QVERIFY(view && tabs);
        tabs->setCurrentWidget(view->parentWidget()); // a view follows the session once it shows
        auto *instruments = findNamed<QListWidget>(view, QStringLiteral("Instruments"));
        QVERIFY(instruments);
        for (int row = 0; row < instruments->count(); ++row) {
            if (instruments->item(row)->data(Qt::UserRole).toString() == QLatin1String("session-checkin"))
                instruments->setCurrentRow(row);
        }
        auto *form = view->findChild<QuestionnaireForm *>();

        // Answers the question the view asks with the button whose text starts with `choice`.
        QString asked;
        const auto answerWith = [&](const QString &choice) {
            QTimer::singleShot(0, [&asked, choice] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("answerAgainQuestion"))
                    return;
                asked = box->text();
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text().remove(u'&').startsWith(choice))
                        button->click();
                }
            });
        };

        answerWith(QStringLiteral("Cancel"));
        view->answerAsA();
        QVERIFY2(asked.contains(QStringLiteral("Anna already answered")), qPrintable(asked));
        QVERIFY(!form->isVisible());
        QCOMPARE(window.journal()->answers(sessionId).size(), 1);

        // Ben has not answered: answering as Ben asks nothing.
        asked.clear();
        view->answerAsB();
        QVERIFY(asked.isEmpty());
        QVERIFY(form->isVisible());
        QMetaObject::invokeMethod(form, "cancelled");
        QVERIFY(!form->isVisible());

        asked.clear();
        answerWith(QStringLiteral("Answer Again"));
        view->answerAsA();
        QVERIFY(!asked.isEmpty());
        QVERIFY(form->isVisible());
        AnswerSet again; // every item answered 6
        for (AnswerInput *item : form->inputs()) {
            item->setValue(6);
            again.insert(item->itemId(), 6);
        }
        auto *submit = findNamed<QPushButton>(form, QStringLiteral("Submit answers"));
        QVERIFY(submit);
        submit->click();

        QList<QuestionnaireAnswer> stored = window.journal()->answers(sessionId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().answers, again);

        window.history().stack()->undo();
        stored = window.journal()->answers(sessionId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, earlier.id);
        QCOMPARE(stored.first().answers, earlier.answers);

        window.history().stack()->redo();
        stored = window.journal()->answers(sessionId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().answers, again);
    }
};

QTEST_MAIN(TestQuestionnaireKeyboard)
#include "test_questionnaire_keyboard.moc"
