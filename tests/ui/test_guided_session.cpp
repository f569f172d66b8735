// SPDX-License-Identifier: GPL-3.0-or-later
// The guided-session wizard driven through its real widgets by keyboard, headless:
// rounds with one-keystroke logging, pause, stop here, the private check-in, notes, summary
// and the report.
#include "../core/CoupleJournal.h"
#include "EditHistory.h"
#include "GuidedRoundPage.h"
#include "GuidedSessionSummary.h"
#include "GuidedSessionWizard.h"
#include "HandOverFlow.h"
#include "QuestionnaireForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using namespace unfold;

class TestGuidedSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    struct Fixture
    {
        std::unique_ptr<Journal> journal;
        std::unique_ptr<EditHistory> history;
        std::unique_ptr<GuidedSessionWizard> wizard;
    };

    Fixture open(const QString &protocolId)
    {
        Fixture f;
        QList<qint64> sessions;
        f.journal = testing::writeCoupleJournal(m_dir.filePath(QStringLiteral("j%1.unfold").arg(++m_count)),
                                                &sessions);
        if (!f.journal)
            return f;
        f.history = std::make_unique<EditHistory>(f.journal.get());
        f.wizard = std::make_unique<GuidedSessionWizard>(*f.journal, *f.history,
                                                         f.journal->relationships().first().id, nullptr,
                                                         m_dir.filePath(QStringLiteral("protocols")));
        f.wizard->rounds()->setTickInterval(5);
        f.wizard->show();
        if (!QTest::qWaitForWindowActive(f.wizard.get()))
            return f;
        // Choose the protocol by keyboard in the combo box, then Enter begins.
        QComboBox *choice = f.wizard->protocolChoice();
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Home);
        while (choice->currentData().toString() != protocolId && choice->currentIndex() + 1 < choice->count())
            QTest::keyClick(choice, Qt::Key_Down);
        QTest::keyClick(choice, Qt::Key_Return);
        return f;
    }

    static void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(keyCode), modifiers);
    }

    // Both partners answer the check-in from the keyboard, one after the other.
    static void answerCheckIn(HandOverFlow *flow)
    {
        QCOMPARE(flow->stage(), HandOverFlow::Stage::HandToA);
        key(Qt::Key_Space);
        for (const char digit : QByteArrayLiteral("5555555555555"))
            key(digit);
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(flow->stage(), HandOverFlow::Stage::HandToB);
        key(Qt::Key_Space);
        for (const char digit : QByteArrayLiteral("3333333333333"))
            key(digit);
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(flow->stage(), HandOverFlow::Stage::Compare);
    }

    static void pressDone(HandOverFlow *flow)
    {
        for (QPushButton *button : flow->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->accessibleName() == QLatin1String("Close the comparison"))
                QTest::keyClick(button, Qt::Key_Space);
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundsWithPauseAndStopThenCheckInNotesAndSummary()
    {
        Fixture f = open(QStringLiteral("escalating-reciprocal-disclosure"));
        QVERIFY(f.wizard);
        GuidedSessionWizard &wizard = *f.wizard;
        QCOMPARE(wizard.step(), GuidedSessionWizard::Step::Rounds);
        QVERIFY(wizard.sessionId() != 0);
        GuidedRoundPage *rounds = wizard.rounds();
        QCOMPARE(QApplication::focusWidget(), rounds->logField());
        QCOMPARE(rounds->roundIndex(), 0);
        QCOMPARE(rounds->expectedSpeaker(), Speaker::A);

        // One keystroke per answer: the depth; the speaker alternates, then the next prompt
        // begins with the other partner first.
        key('1');
        QCOMPARE(rounds->expectedSpeaker(), Speaker::B);
        key('2');
        QCOMPARE(rounds->loggedCount(), 2);
        QCOMPARE(rounds->promptIndex(), 1);
        QCOMPARE(rounds->expectedSpeaker(), Speaker::B);
        // A depth the journal has not is refused, and nothing is logged.
        key('7');
        QCOMPARE(rounds->loggedCount(), 2);
        // The session editor's shorthand works too: Ben on topic 2 at depth 1.
        QTest::keyClicks(rounds->logField(), QStringLiteral("b21"));
        key(Qt::Key_Return);
        QCOMPARE(rounds->loggedCount(), 3);
        QCOMPARE(rounds->expectedSpeaker(), Speaker::A);

        // The clock runs; Pause (Ctrl+P) stops it, and says so in words; Resume starts it again.
        QTRY_VERIFY(rounds->secondsLeft() < 8 * 60 - 3);
        key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(rounds->isPaused());
        QVERIFY(rounds->clockLabel()->text().contains(QLatin1String("Paused")));
        const int frozen = rounds->secondsLeft();
        QTest::qWait(60);
        QCOMPARE(rounds->secondsLeft(), frozen);
        key(Qt::Key_P, Qt::ControlModifier); // Resume
        QVERIFY(!rounds->isPaused());
        QTRY_VERIFY(rounds->secondsLeft() < frozen);

        // Next round (Ctrl+R) moves on; Stop here (Escape) ends the rounds early.
        key(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(rounds->roundIndex(), 1);
        rounds->logField()->setFocus();
        key(Qt::Key_Escape);
        QVERIFY(wizard.stoppedEarly());
        QCOMPARE(wizard.step(), GuidedSessionWizard::Step::CheckIn);

        const QList<Disclosure> logged = f.journal->disclosures(wizard.sessionId());
        QCOMPARE(logged.size(), 3);
        QCOMPARE(logged.at(0).speaker, Speaker::A);
        QCOMPARE(logged.at(0).depth, 1);
        QCOMPARE(logged.at(1).depth, 2);
        QCOMPARE(logged.at(2).speaker, Speaker::B);
        QCOMPARE(logged.at(2).topicId, f.journal->topics().at(1).id);

        answerCheckIn(wizard.checkIn());
        QCOMPARE(f.journal->answers(wizard.sessionId()).size(), 2);
        pressDone(wizard.checkIn());
        QCOMPARE(wizard.step(), GuidedSessionWizard::Step::Notes);
        QCOMPARE(QApplication::focusWidget(), wizard.notes());
        QTest::keyClicks(wizard.notes(), QStringLiteral("Ben went quiet at round two"));
        key(Qt::Key_Tab);
        key(Qt::Key_Space); // Show summary
        QCOMPARE(wizard.step(), GuidedSessionWizard::Step::Summary);
        QCOMPARE(f.journal->session(wizard.sessionId())->notes,
                 QStringLiteral("Ben went quiet at round two"));

        // The summary: both partners side by side, change since the first session.
        QTableWidget *scores = wizard.summary()->scores();
        QVERIFY(scores->rowCount() >= 2);
        QCOMPARE(scores->horizontalHeaderItem(1)->text(), QStringLiteral("Anna"));
        QCOMPARE(scores->horizontalHeaderItem(2)->text(), QStringLiteral("Ben"));
        QVERIFY(wizard.summary()->reciprocity()->text().contains(QLatin1String("Logged reciprocity")));
        // The notes are private: the summary, which the couple may see, does not show them.
        for (QLabel *label : wizard.findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY(!label->text().contains(QLatin1String("went quiet")));
        }
        for (QPushButton *button : wizard.findChildren<QPushButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));

        QVERIFY(!wizard.includeNotes()->isChecked());
        const QString pdf = m_dir.filePath(QStringLiteral("guided.pdf"));
        QVERIFY(wizard.exportReport(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));

        // The whole guided session is one step of the history: undo takes back the session, its
        // marker on the timeline, what was logged, the check-in and the notes; redo brings all back.
        const qint64 relationshipId = f.journal->relationships().first().id;
        const QList<TimelineEvent> events = f.journal->timelineEvents(relationshipId);
        QCOMPARE(events.size(), 2);
        QVERIFY(events.last().label.startsWith(QLatin1String("Guided session: ")));
        QCOMPARE(f.history->stack()->count(), 1);
        f.history->stack()->undo();
        QVERIFY(!f.journal->session(wizard.sessionId()));
        QVERIFY(f.journal->disclosures(wizard.sessionId()).isEmpty());
        QVERIFY(f.journal->answers(wizard.sessionId()).isEmpty());
        QCOMPARE(f.journal->timelineEvents(relationshipId), QList{events.first()});
        f.history->stack()->redo();
        QCOMPARE(f.journal->disclosures(wizard.sessionId()), logged);
        QCOMPARE(f.journal->answers(wizard.sessionId()).size(), 2);
        QCOMPARE(f.journal->timelineEvents(relationshipId), events);
        QCOMPARE(f.journal->session(wizard.sessionId())->notes,
                 QStringLiteral("Ben went quiet at round two"));
    }

    void checkInOnlyGoesStraightToTheHandOver()
    {
        Fixture f = open(QStringLiteral("checkin-only"));
        QVERIFY(f.wizard);
        QCOMPARE(f.wizard->step(), GuidedSessionWizard::Step::CheckIn);
        answerCheckIn(f.wizard->checkIn());
        pressDone(f.wizard->checkIn());
        QCOMPARE(f.wizard->step(), GuidedSessionWizard::Step::Notes);
        QVERIFY(!f.wizard->stoppedEarly());

        // Closed before the notes: what was written so far is still one step, and undoing it
        // leaves neither the session nor its marker behind.
        const qint64 sessionId = f.wizard->sessionId();
        const qint64 relationshipId = f.journal->relationships().first().id;
        f.wizard->reject();
        QVERIFY(!f.wizard->isVisible());
        QCOMPARE(f.history->stack()->count(), 1);
        QCOMPARE(f.journal->timelineEvents(relationshipId).size(), 2);
        f.history->stack()->undo();
        QVERIFY(!f.journal->session(sessionId));
        QVERIFY(f.journal->answers(sessionId).isEmpty());
        QCOMPARE(f.journal->timelineEvents(relationshipId).size(), 1);
    }

    void importRefusesABadProtocolAndOffersAGoodOne()
    {
        Fixture g;
        QList<qint64> sessions;
        g.journal = testing::writeCoupleJournal(m_dir.filePath(QStringLiteral("import.unfold")), &sessions);
        g.history = std::make_unique<EditHistory>(g.journal.get());
        GuidedSessionWizard fresh(*g.journal, *g.history, g.journal->relationships().first().id, nullptr,
                                  m_dir.filePath(QStringLiteral("imported-protocols")));
        const int shipped = fresh.protocolChoice()->count();
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "mine", "version": 1, "title": "Mine", "instructions": "x", "rounds": [
                      {"id": "r", "title": "R", "layer": "deepest", "minutes": 5,
                       "prompts": [{"id": "p", "topic": "work", "text": "Say."}]}]})");
        file.close();
        QVERIFY(!fresh.importProtocol(bad));
        QVERIFY2(fresh.status()->text().contains(QLatin1String("rounds[0].layer")),
                 qPrintable(fresh.status()->text()));
        QCOMPARE(fresh.protocolChoice()->count(), shipped);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"id": "mine", "version": 1, "title": "Mine", "instructions": "x", "rounds": [
                      {"id": "r", "title": "R", "layer": "core", "minutes": 5,
                       "prompts": [{"id": "p", "topic": "work", "text": "Say."}]}]})");
        file.close();
        QVERIFY(fresh.importProtocol(bad));
        QCOMPARE(fresh.protocolChoice()->count(), shipped + 1);
        QCOMPARE(fresh.protocolChoice()->currentData().toString(), QStringLiteral("mine"));
    }

    void finishingEveryRoundNeedsNoStop()
    {
        Fixture f = open(QStringLiteral("escalating-reciprocal-disclosure"));
        QVERIFY(f.wizard);
        GuidedRoundPage *rounds = f.wizard->rounds();
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(rounds->roundIndex(), round);
            key(Qt::Key_R, Qt::ControlModifier); // Next round, and Finish rounds after the last
        }
        QCOMPARE(f.wizard->step(), GuidedSessionWizard::Step::CheckIn);
        QVERIFY(!f.wizard->stoppedEarly());
    }
};

QTEST_MAIN(TestGuidedSession)
#include "test_guided_session.moc"
