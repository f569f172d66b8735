// SPDX-License-Identifier: GPL-3.0-or-later
// The couple's hand-over and the questionnaire form, driven through the real widgets by keyboard.
#include "AnswerInput.h"
#include "EditHistory.h"
#include "HandOverFlow.h"
#include "InstrumentLibrary.h"
#include "Journal.h"
#include "QuestionnaireForm.h"
#include "QuestionnairesView.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <QWindow>

using namespace unfold;
using namespace unfold;

class TestHandOverFlow final : public QObject
{
    Q_OBJECT

private:
    Instrument m_checkin;

    // Types one digit per item, as a person answering from the keyboard would: each digit
    // chooses and moves on to the next item.
    static void typeAnswers(QuestionnaireForm *form, const QString &digits)
    {
        QVERIFY(form->inputs().first()->hasFocus());
        for (const QChar digit : digits) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, digit.toLatin1());
        }
    }

    static QLabel *visibleMessage(QWidget *root, const QString &part)
    {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(part))
                return label;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // An import left by an earlier run (of an older fixture) would refuse this run's import.
        QDir(InstrumentLibrary::defaultImportFolder()).removeRecursively();
        const InstrumentLibrary library;
        const auto checkin = library.find(QStringLiteral("session-checkin"));
        QVERIFY(checkin);
        m_checkin = *checkin;
    }

    void formRefusesTooManyMissingAndSaysWhich()
    {
        QuestionnaireForm form;
        form.setInstrument(m_checkin);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.inputs().first()->setFocus();
        QSignalSpy submitted(&form, &QuestionnaireForm::submitted);
        typeAnswers(&form, QStringLiteral("7")); // only balance_1
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.size(), 0);
        // Items 2 and 3 (balance), 4..9, 10..12 and 13 are needed.
        QVERIFY(visibleMessage(&form, QStringLiteral("2, 3, 4")));
        QVERIFY(form.inputs().at(1)->hasFocus()); // taken to the first open item
        // Arrow keys and Delete work too.
        QTest::keyClick(form.inputs().at(1), Qt::Key_End);
        QCOMPARE(form.inputs().at(1)->value(), std::optional<int>(7));
        QTest::keyClick(form.inputs().at(1), Qt::Key_Left);
        QCOMPARE(form.inputs().at(1)->value(), std::optional<int>(6));
        QTest::keyClick(form.inputs().at(1), Qt::Key_Delete);
        QCOMPARE(form.inputs().at(1)->value(), std::nullopt);
        QTest::keyClick(form.inputs().at(1), Qt::Key_9); // outside 1..7: ignored
        QCOMPARE(form.inputs().at(1)->value(), std::nullopt);
        // The refusal follows the answers: answered items leave its list, and it goes when
        // nothing needed is open (it stayed, listing answered items, until Submit).
        form.inputs().at(1)->setValue(4);
        QVERIFY(visibleMessage(&form, QStringLiteral("Still needed: 3, 4")));
        for (AnswerInput *input : form.inputs())
            if (!input->value())
                input->setValue(4);
        QVERIFY(!visibleMessage(&form, QStringLiteral("Still needed")));
    }

    void handOverKeepsAnswersApartThenCompares()
    {
        // Scores are numbers of the user's locale: German writes 62,5 where English writes 62.5.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        HandOverFlow flow;
        flow.resize(900, 700);
        flow.start(m_checkin, QStringLiteral("Anna"), QStringLiteral("Ben"));
        flow.show();
        QVERIFY(QTest::qWaitForWindowActive(&flow));
        QSignalSpy both(&flow, &HandOverFlow::bothAnswered);
        QCOMPARE(flow.stage(), HandOverFlow::Stage::HandToA);
        QVERIFY(visibleMessage(&flow, QStringLiteral("hand the device to Anna")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // "I am Anna: start"
        QCOMPARE(flow.stage(), HandOverFlow::Stage::AnswerA);

        // 13 items: 12 ratings then the circles item. Item 8 is left open: 5 of 6
        // responsiveness items still score.
        typeAnswers(flow.form(), QStringLiteral("7177171"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (const char digit : {'1', '7', '1', '7', '6'})
            QTest::keyClick(QApplication::focusWidget(), digit);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(flow.stage(), HandOverFlow::Stage::HandToB);
        // The screen has cleared: the form holds nothing of Anna's, and the page asks for Ben.
        QVERIFY(flow.form()->answers().isEmpty());
        QVERIFY(!flow.form()->isVisible());
        QVERIFY(visibleMessage(&flow, QStringLiteral("hand the device to Ben")));
        QCOMPARE(flow.answersA().size(), 12);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // "I am Ben: start"
        QCOMPARE(flow.stage(), HandOverFlow::Stage::AnswerB);
        QVERIFY(flow.form()->answers().isEmpty());
        typeAnswers(flow.form(), QStringLiteral("7177171777172"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(flow.stage(), HandOverFlow::Stage::Compare);
        QCOMPARE(both.size(), 1);

        // Side by side: item rows carry both answers; differences are marked in text, not colour.
        const QTableWidget *table = flow.comparison();
        QVERIFY(table->isVisible());
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Anna"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Ben"));
        const int firstItemRow = int(m_checkin.subscales.size());
        const auto rowOf = [&](int item) { return firstItemRow + item; };
        QCOMPARE(table->item(rowOf(0), 3)->text(), QStringLiteral("same"));
        QVERIFY(table->item(rowOf(8), 3)->text().startsWith(QStringLiteral("\u25C6"))); // 1 vs 7
        QVERIFY(table->item(rowOf(8), 3)->font().bold());
        QCOMPARE(table->item(rowOf(7), 1)->text(), QStringLiteral("no answer"));
        QCOMPARE(table->item(rowOf(7), 3)->text(), QStringLiteral("not compared"));
        QCOMPARE(table->item(rowOf(12), 1)->text(), QStringLiteral("6"));
        QCOMPARE(table->item(rowOf(12), 2)->text(), QStringLiteral("2"));
        // Readable at a glance: the two people's columns equally wide, no number wrapped or cut,
        // and every row as tall as its question needs at the width it has (one line here), not
        // as tall as it was when filled into a narrower table.
        QCOMPARE(table->columnWidth(1), table->columnWidth(2));
        QVERIFY(!table->verticalHeader()->isVisible());
        const int oneLine = table->rowHeight(0);
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 1; c < table->columnCount(); ++c) {
                const QTableWidgetItem *cell = table->item(r, c);
                QVERIFY2(QFontMetrics(cell->font()).horizontalAdvance(cell->text()) < table->columnWidth(c),
                         qPrintable(cell->text()));
            }
            const QTableWidgetItem *question = table->item(r, 0);
            if (QFontMetrics(question->font()).horizontalAdvance(question->text()) <
                table->columnWidth(0) - 12)
                QVERIFY2(table->rowHeight(r) == oneLine, qPrintable(question->text()));
        }
        // The comparison is one Tab stop: Tab leaves it for Done rather than walking its cells.
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(qobject_cast<QPushButton *>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Close the comparison"));
        // The first rows are the subscale scores, one decimal each.
        QVERIFY2(table->item(0, 1)->text().contains(u','),
                 qPrintable(QStringLiteral("score '%1' is not in German").arg(table->item(0, 1)->text())));
    }

    void viewSavesACoupleWithTheSession()
    {
        QTemporaryDir dir;
        JournalProblem problem;
        auto journal = Journal::create(dir.filePath(QStringLiteral("j.unfold")),
                                       dir.filePath(QStringLiteral("b")), &problem);
        QVERIFY(journal);
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        Relationship r;
        r.personA = a.id;
        r.personB = b.id;
        QVERIFY(journal->saveRelationship(r));
        Session s;
        s.relationshipId = r.id;
        s.start = QDateTime(QDate(2025, 5, 1), QTime(18, 0), QTimeZone::utc());
        QVERIFY(journal->saveSession(s));

        EditHistory edits(journal.get());
        QuestionnairesView view(edits);
        view.resize(1000, 700);
        view.setJournal(journal.get());
        view.setRelationship(r.id);
        // Without a session the view says to choose one; once one is chosen, it no longer does.
        QLabel *status = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>())
            if (label->objectName() == QLatin1String("Status"))
                status = label;
        QVERIFY(status);
        QVERIFY(status->text().contains(QStringLiteral("Choose a session")));
        view.setSession(s.id);
        QVERIFY2(!status->text().contains(QStringLiteral("Choose a session")), qPrintable(status->text()));
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *list = view.findChild<QListWidget *>();
        QVERIFY(list);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("session-checkin"))
                list->setCurrentRow(row);
        }
        QPushButton *couple = nullptr;
        for (QPushButton *button : view.findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Answer as a couple, one after the other"))
                couple = button;
            if (button->isVisible())
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        }
        QVERIFY(couple && couple->isEnabled());
        couple->setFocus();
        QTest::keyClick(couple, Qt::Key_Space);
        auto *flow = view.findChild<HandOverFlow *>();
        QVERIFY(flow->isVisible());
        // The hand-over holds the screen: a modal window of its own, over the view, until it ends.
        QWidget *handOver = flow->window();
        QVERIFY(handOver != view.window());
        QVERIFY(handOver->isModal());
        QCOMPARE(QApplication::activeModalWidget(), handOver);
        // The offscreen platform activates a new window only when asked; a desktop does it itself.
        handOver->windowHandle()->requestActivate();
        QTRY_COMPARE(QGuiApplication::focusWindow(), handOver->windowHandle());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        typeAnswers(flow->form(), QStringLiteral("5555555555555"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        typeAnswers(flow->form(), QStringLiteral("3333333333333"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

        const QList<QuestionnaireAnswer> stored = journal->answers(s.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).instrumentId, QStringLiteral("session-checkin"));
        QCOMPARE(stored.at(0).instrumentVersion, 1);
        QCOMPARE(stored.at(0).scores.size(), m_checkin.subscales.size());
        QCOMPARE(stored.at(1).respondent, Speaker::B);
        QCOMPARE(*stored.at(1).scores.last().score, 3.0); // closeness

        // Done returns to the overview, whose tables show the session and the history.
        auto *done = flow->findChildren<QPushButton *>().last();
        QTest::mouseClick(done, Qt::LeftButton);
        QVERIFY(!handOver->isVisible()); // the rest of the app is back within reach
        QTreeWidget *sessionScores = nullptr;
        QTreeWidget *history = nullptr;
        for (QTreeWidget *t : view.findChildren<QTreeWidget *>()) {
            if (t->accessibleName() == QLatin1String("Scores of this session"))
                sessionScores = t;
            if (t->accessibleName() == QLatin1String("Score history of this relationship"))
                history = t;
        }
        QVERIFY(sessionScores && history);
        // One row per subscale under the instrument, one column per person.
        QCOMPARE(sessionScores->headerItem()->text(1), QStringLiteral("Anna"));
        QCOMPARE(sessionScores->headerItem()->text(2), QStringLiteral("Ben"));
        QCOMPARE(sessionScores->topLevelItemCount(), 1);
        const QTreeWidgetItem *checkin = sessionScores->topLevelItem(0);
        QCOMPARE(checkin->text(0), m_checkin.title.text());
        QCOMPARE(checkin->childCount(), int(m_checkin.subscales.size()));
        const QTreeWidgetItem *closeness = checkin->child(checkin->childCount() - 1);
        QCOMPARE(closeness->text(0), m_checkin.subscales.last().title.text());
        QCOMPARE(closeness->text(1), QStringLiteral("66.7")); // 5 on 1–7
        QCOMPARE(closeness->text(2), QStringLiteral("33.3")); // 3 on 1–7
        // The history's subscale rows open to one row per session.
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->childCount(), int(m_checkin.subscales.size()));
        QCOMPARE(history->topLevelItem(0)->child(0)->childCount(), 1);

        // The couple's answers are one edit: undo takes both back, redo brings both again.
        QCOMPARE(edits.stack()->count(), 1);
        edits.stack()->undo();
        QVERIFY(journal->answers(s.id).isEmpty());
        // Nothing answered: the list says so in one row, rather than standing empty.
        QCOMPARE(sessionScores->topLevelItemCount(), 1);
        QCOMPARE(sessionScores->topLevelItem(0)->childCount(), 0);
        QVERIFY(sessionScores->topLevelItem(0)->text(0).startsWith(QStringLiteral("No questionnaire")));
        QVERIFY(history->topLevelItem(0)->text(0).startsWith(QStringLiteral("No questionnaire")));
        edits.stack()->redo();
        QCOMPARE(journal->answers(s.id), stored);
    }

    void importRefusesABrokenFileAndTakesAGoodOne()
    {
        EditHistory edits;
        QuestionnairesView view(edits);
        QString problems;
        QVERIFY(!view.importInstrumentFile(
            QStringLiteral(UNFOLD_INSTRUMENT_DATA "/broken/unknown-subscale.json"), &problems));
        QVERIFY(problems.contains(QStringLiteral("items[3].subscale")));
        QVERIFY(view.importInstrumentFile(QStringLiteral(UNFOLD_INSTRUMENT_DATA "/scoring-test.json")));
        QVERIFY(view.library().find(QStringLiteral("scoring-test")));
    }
};

QTEST_MAIN(TestHandOverFlow)
#include "test_hand_over_flow.moc"
