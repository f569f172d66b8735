// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoJournal.h"
#include "Journal.h"
#include "OnionCanvas.h"
#include "OnionView.h"

#include <QApplication>
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
        view.setJournal(m_journal.get());
        view.setRelationship(m_relationship.id);
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

    void refreshesWhenASessionIsAdded()
    {
        OnionView view;
        view.setJournal(m_journal.get());
        view.setRelationship(m_relationship.id);
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
        view.setJournal(m_journal.get());
        view.setRelationship(m_relationship.id);
        view.resize(600, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
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
        view.setJournal(m_journal.get());
        view.setRelationship(m_relationship.id);
        view.resize(600, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
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
};

QTEST_MAIN(OnionViewTest)
#include "test_onion_view.moc"
