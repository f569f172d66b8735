// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoJournal.h"
#include "Journal.h"
#include "OnionCanvas.h"
#include "OnionPicture.h"
#include "OnionView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace unfold;

class OnionViewTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    Relationship m_relationship;

    void showFirstRelationship(OnionView &view) const
    {
        view.setJournal(m_journal.get());
        view.setRelationship(m_relationship.id);
    }
    // The same on a screen-sized window, for what needs painting, focus and popups.
    bool showOnScreen(OnionView &view) const
    {
        showFirstRelationship(view);
        view.resize(600, 700);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        m_journal = Journal::open(path, JournalStore::Access::ReadWrite,
                                  m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(m_journal, qPrintable(problem.message));
        m_relationship = m_journal->relationships().first();
    }

    void showsTheLatestStateAndScrubs()
    {
        OnionView view;
        showFirstRelationship(view);
        const int sessions = int(m_journal->sessionSummaries(m_relationship.id).size());
        QVERIFY(sessions > 3);
        QCOMPARE(view.sessionsShown(), sessions);
        auto *slider = view.findChild<QSlider *>();
        QVERIFY(slider);
        QCOMPARE(slider->maximum(), sessions);
        QVERIFY(!slider->accessibleName().isEmpty());
        slider->setValue(3);
        QCOMPARE(view.sessionsShown(), 3);
        view.showAfterSession(0);
        QCOMPARE(view.state().breadth(Speaker::A), 0);
    }

    // Scrubbing moves no cell: not past the first session (where nothing is outlined yet), nor
    // past the first session of a window over the latest ones (where faint cells begin), nor as
    // the summary under the onion grows by a line, once the window has laid itself out again.
    void theOnionStaysInPlaceAsTheSliderMoves()
    {
        OnionView view;
        QVERIFY(showOnScreen(view));
        auto *slider = view.findChild<QSlider *>();
        auto *summary = view.findChild<QLabel *>(QStringLiteral("Onion summary"));
        QVERIFY(slider);
        QVERIFY(summary);
        // Measured as plain text, and shown so: names are never read as markup.
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        const OnionCell cell{0, 1, Speaker::A};
        const auto laidOut = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
        for (const int window : {0, 5}) {
            QVERIFY(view.showWindow(window));
            slider->setValue(0);
            laidOut();
            const QPoint at = view.canvas()->cellCentre(cell);
            const int shortest = summary->fontMetrics().boundingRect(summary->text()).height();
            for (int value = 1; value <= slider->maximum(); ++value) {
                slider->setValue(value);
                laidOut();
                // The summary itself takes several lines by now: there was something to keep room for.
                if (value == slider->maximum())
                    QVERIFY(summary->heightForWidth(summary->width()) > 2 * shortest);
                QVERIFY2(
                    view.canvas()->cellCentre(cell) == at,
                    qPrintable(QStringLiteral("moved at session %1 of period %2").arg(value).arg(window)));
            }
        }
    }

    void refreshesWhenASessionIsAdded()
    {
        OnionView view;
        showFirstRelationship(view);
        const int before = view.sessionsShown();
        Session session;
        session.relationshipId = m_relationship.id;
        session.start = QDateTime::currentDateTimeUtc().addYears(5);
        QVERIFY(m_journal->saveSession(session));
        Disclosure d;
        d.sessionId = session.id;
        d.topicId = m_journal->topics().first().id;
        d.depth = 3;
        QVERIFY(m_journal->saveDisclosure(d));
        QTRY_COMPARE(view.sessionsShown(), before + 1);
        QCOMPARE(view.state().maxDepth(0, Speaker::A), 3);
        QVERIFY(m_journal->removeSession(session.id));
        QTRY_COMPARE(view.sessionsShown(), before);
    }

    void keyboardWalksTheCellsAndEnterOpensASession()
    {
        OnionView view;
        QVERIFY(showOnScreen(view));
        OnionCanvas *canvas = view.canvas();
        canvas->setFocus();
        QTRY_VERIFY(canvas->hasFocus());
        QCOMPARE(canvas->currentCell(), (OnionCell{0, 1, Speaker::A}));
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(canvas->currentCell(), (OnionCell{0, 1, Speaker::B}));
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(canvas->currentCell(), (OnionCell{1, 1, Speaker::A}));
        QTest::keyClick(canvas, Qt::Key_Left);
        QTest::keyClick(canvas, Qt::Key_Left);
        QTest::keyClick(canvas, Qt::Key_Left); // wraps to the last topic's B half
        QCOMPARE(canvas->currentCell().half, Speaker::B);
        QCOMPARE(canvas->currentCell().topic, view.state().topicCount() - 1);
        QTest::keyClick(canvas, Qt::Key_Home);
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(canvas->currentCell().depth, 2);
        QTest::keyClick(canvas, Qt::Key_Down);
        QTest::keyClick(canvas, Qt::Key_Down); // stays at the surface
        QCOMPARE(canvas->currentCell().depth, 1);
        QVERIFY(!canvas->accessibleDescription().isEmpty());

        // Enter lists the cell's disclosures; choosing one asks to open its session.
        QSignalSpy open(&view, &OnionView::openSessionRequested);
        QVERIFY(view.state().count(0, 1, Speaker::A) > 0);
        QTimer::singleShot(200, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            const auto actions = menu->actions();
            for (QAction *action : actions)
                if (action->isEnabled() && !action->isSeparator()) {
                    action->trigger();
                    break;
                }
            menu->close();
        });
        QTest::keyClick(canvas, Qt::Key_Return);
        QTRY_COMPARE(open.size(), 1);
        QVERIFY(open.first().first().toLongLong() > 0);
    }

    void clickingACellSelectsIt()
    {
        OnionView view;
        QVERIFY(showOnScreen(view));
        OnionCanvas *canvas = view.canvas();
        OnionCell wanted{2, 2, Speaker::B};
        QTimer::singleShot(200, this, [] {
            if (auto *menu = QApplication::activePopupWidget())
                menu->close();
        });
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->cellCentre(wanted));
        QCOMPARE(canvas->currentCell(), wanted);
        QCOMPARE(canvas->cellAt(QPointF(1, 1)), OnionCell{});
    }
    // "Values & self-image" is a topic name, not a mnemonic: the cell's menu shows the "&".
    void aTopicsAmpersandShowsInTheCellsMenu()
    {
        Topic first = m_journal->topics().first();
        const QString name = first.name;
        first.name = QStringLiteral("Values & self-image");
        QVERIFY(m_journal->saveTopic(first));
        OnionView view;
        QVERIFY(showOnScreen(view));
        view.canvas()->setFocus();
        QTRY_VERIFY(view.canvas()->hasFocus());
        QString heading;
        QTimer::singleShot(200, this, [&heading] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                heading = menu->actions().constFirst()->text();
                menu->close();
            }
        });
        QTest::keyClick(view.canvas(), Qt::Key_Return);
        QTRY_VERIFY(!heading.isEmpty());
        QVERIFY2(heading.contains(QLatin1String("Values && self-image")), qPrintable(heading));
        first.name = name;
        QVERIFY(m_journal->saveTopic(first));
    }

    // The latest sessions only: what was reached before and not since reads as pulling back.
    void aWindowShowsOnlyTheLatestSessions()
    {
        OnionView view;
        showFirstRelationship(view);
        const int sessions = view.sessionsShown();
        QVERIFY(sessions > 10);
        auto *summary = view.findChild<QLabel *>(QStringLiteral("Onion summary"));
        QVERIFY(summary);
        QVERIFY(view.showWindow(5));
        QCOMPARE(view.state().sessionsIncluded(), sessions);
        QCOMPARE(view.state().windowStart(), sessions - 5);
        QVERIFY2(
            summary->text().contains(QStringLiteral("Sessions %1 to %2").arg(sessions - 4).arg(sessions)),
            qPrintable(summary->text()));
        const OnionState all = view.subject().history().stateAfter(sessions);
        bool pulledBack = false;
        for (int t = 0; t < all.topicCount(); ++t)
            for (Speaker who : {Speaker::A, Speaker::B})
                pulledBack = pulledBack || all.maxDepth(t, who) > view.state().maxDepth(t, who);
        QVERIFY(pulledBack); // five sessions of the demo never reach all that 36 did
        QVERIFY2(summary->text().contains(QLatin1String("less deep than before")),
                 qPrintable(summary->text()));
        // Scrubbing keeps the window; "All sessions" ends it; a length not offered is refused.
        view.showAfterSession(sessions - 3);
        QCOMPARE(view.state().windowStart(), sessions - 8);
        QVERIFY(!view.showWindow(7));
        QVERIFY(view.showWindow(0));
        QCOMPARE(view.state().windowStart(), 0);
        QVERIFY(!summary->text().contains(QLatin1String("less deep than before")));
    }

    // In Balance mode the words under the onion say what the picture shows then: how many cells
    // lean to each person and how many are about even, counted as the picture colours them.
    void theDescriptionFollowsBalanceMode()
    {
        OnionView view;
        showFirstRelationship(view);
        auto *summary = view.findChild<QLabel *>(QStringLiteral("Onion summary"));
        auto *mode = view.findChild<QComboBox *>();
        QVERIFY(summary && mode);
        QVERIFY(!summary->text().contains(QLatin1String("lean to")));
        mode->setCurrentIndex(mode->findData(int(OnionMode::Balance)));
        int lean[3] = {0, 0, 0};
        const OnionState &state = view.state();
        for (int topic = 0; topic < state.topicCount(); ++topic)
            for (int depth = 1; depth <= state.layerCount(); ++depth) {
                const int a = state.count(topic, depth, Speaker::A);
                const int b = state.count(topic, depth, Speaker::B);
                if (a + b > 0)
                    ++lean[int(onionLeanOf(a, b))];
            }
        QVERIFY(lean[int(OnionLean::A)] + lean[int(OnionLean::B)] > 0);
        const QString expected = QStringLiteral("%1 lean to %2, %3 are about even and %4 lean to %5")
                                     .arg(lean[int(OnionLean::A)])
                                     .arg(view.subject().personA())
                                     .arg(lean[int(OnionLean::Even)])
                                     .arg(lean[int(OnionLean::B)])
                                     .arg(view.subject().personB());
        QVERIFY2(summary->text().contains(expected), qPrintable(summary->text() + u'|' + expected));
        QVERIFY(!summary->text().contains(QLatin1String("penetration")));
        mode->setCurrentIndex(mode->findData(int(OnionMode::WhoReached)));
        QVERIFY(summary->text().contains(QLatin1String("penetration")));
    }

    void switchesToThePartnersAccountInTheSamePlace()
    {
        // The demo's partner relationship carries the partner's account; the others do not.
        qint64 shared = 0;
        qint64 alone = 0;
        for (const Relationship &r : m_journal->relationships())
            (m_journal->partnerAccount(r.id) ? shared : alone) = r.id;
        QVERIFY(shared != 0 && alone != 0);
        const StoredPartnerAccount partner = *m_journal->partnerAccount(shared);
        const MatchedSessions matched = m_journal->matchedSessions(shared);
        QVERIFY(matched.matches.size() > 3);

        OnionView view;
        view.setJournal(m_journal.get());
        view.setRelationship(alone);
        auto *account = view.findChild<QComboBox *>();
        for (auto *box : view.findChildren<QComboBox *>())
            if (box->accessibleName() == QLatin1String("Whose account the onion shows"))
                account = box;
        QVERIFY(account->isHidden());
        QVERIFY(!view.showPartnerAccount(true));

        view.setRelationship(shared);
        QVERIFY(!account->isHidden());
        QVERIFY(account->itemText(1).contains(view.subject().personA()) ||
                account->itemText(1).contains(view.subject().personB()));
        // At my third matched session, the partner's account shows the same conversation.
        const SessionMatch third = matched.matches.at(2);
        const OnionHistory mine = view.subject().history();
        view.showAfterSession(mine.sessionIndex(third.sessionId) + 1);
        QVERIFY(view.showPartnerAccount(true));
        QVERIFY(!view.subject().accountOf().isEmpty());
        QVERIFY(view.subject().title().contains(view.subject().accountOf()));
        QCOMPARE(view.subject().history().sessionCount(), int(partner.account.sessions.size()));
        QCOMPARE(view.sessionsShown(), view.subject().history().sessionIndex(third.partnerSessionId) + 1);
        // The partner's log, not mine: the onion counts what their account holds.
        int logged = 0;
        for (int i = 0; i < view.sessionsShown(); ++i)
            logged += int(partner.account.sessions.at(i).disclosures.size());
        int shown = 0;
        for (int t = 0; t < view.state().topicCount(); ++t)
            for (int d = 1; d <= view.state().layerCount(); ++d)
                for (Speaker who : {Speaker::A, Speaker::B})
                    shown += view.state().count(t, d, who);
        QCOMPARE(shown, logged);

        // Choosing the account already shown keeps the place.
        const int shownThere = view.sessionsShown();
        QVERIFY(view.showPartnerAccount(true));
        QCOMPARE(view.sessionsShown(), shownThere);

        // And back to the same session of mine.
        QVERIFY(view.showPartnerAccount(false));
        QVERIFY(view.subject().accountOf().isEmpty());
        QCOMPARE(view.sessionsShown(), mine.sessionIndex(third.sessionId) + 1);
        QVERIFY(view.showPartnerAccount(false));
        QCOMPARE(view.sessionsShown(), mine.sessionIndex(third.sessionId) + 1);

        // A pair the user made by hand, weeks apart: the switch follows the pair, not the dates.
        const PartnerSession &far = partner.account.sessions.at(partner.account.sessions.size() - 3);
        QVERIFY(qAbs(far.start.secsTo(mine.sessions().at(mine.sessionIndex(third.sessionId)).start)) >
                14 * 24 * 3600);
        const QList<MatchDecision> decisions = m_journal->matchDecisions(shared);
        QVERIFY(m_journal->setMatchDecisions(shared, {{third.sessionId, far.id, true}}));
        QTRY_COMPARE(m_journal->matchedSessions(shared).matches.at(2).partnerSessionId, far.id);
        QTest::qWait(0); // the view's reload after the change
        QVERIFY(view.showPartnerAccount(true));
        QCOMPARE(view.sessionsShown(), view.subject().history().sessionIndex(far.id) + 1);
        QVERIFY(view.showPartnerAccount(false));
        QCOMPARE(view.sessionsShown(), mine.sessionIndex(third.sessionId) + 1);
        QVERIFY(m_journal->setMatchDecisions(shared, decisions));

        // Removing the partner's account takes the choice away and shows my own onion.
        QVERIFY(view.showPartnerAccount(true));
        QVERIFY(m_journal->setPartnerAccount(shared, std::nullopt));
        QTRY_VERIFY(account->isHidden());
        QVERIFY(view.subject().accountOf().isEmpty());
        QVERIFY(m_journal->setPartnerAccount(shared, partner));
        QTRY_VERIFY(!account->isHidden());
    }
};

QTEST_MAIN(OnionViewTest)
#include "test_onion_view.moc"
