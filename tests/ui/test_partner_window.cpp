// SPDX-License-Identifier: GPL-3.0-or-later
// Relationship › Import Partner's Account… as a user does it: the file the partner shared, a
// mistyped passphrase asked again, the right one; the account lands beside the journal's own
// as one undoable step, and the Both Sides tab and the onion's account switch show it.
#include "BackgroundWork.h"
#include "DemoJournal.h"
#include "DemoPartner.h"
#include "EditHistory.h"
#include "Journal.h"
#include "MainWindow.h"
#include "OnionView.h"
#include "PartnerExchange.h"
#include "PerceptionView.h"
#include "RelationshipSidebar.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace unfold;

class PartnerWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The key is derived off the window's thread: the window keeps handling events (a timer here)
    // and a busy dialog is up until the work is done.
    void slowWorkLeavesTheWindowResponsive()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int ticks = 0;
        bool busyShown = false;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            ++ticks;
            busyShown = busyShown || qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        });
        tick.start();
        QThread *const windowThread = QThread::currentThread();
        const auto [offThread, value] = inBackground(&window, QStringLiteral("Working…"), [windowThread] {
            QThread::msleep(300);
            return std::pair(QThread::currentThread() != windowThread, 42);
        });
        tick.stop();
        QVERIFY(offThread);
        QCOMPARE(value, 42);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY(busyShown);
        QVERIFY(!QApplication::activeModalWidget()); // and gone afterwards
    }

    // Escape or the close button does not take the busy dialog away while the work runs.
    void theBusyDialogStaysUntilTheWorkIsDone()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool stayed = false;
        QTimer::singleShot(100, this, [&stayed] {
            auto *busy = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
            QVERIFY(busy);
            QTest::keyClick(busy, Qt::Key_Escape);
            busy->close();
            stayed = busy->isVisible() && QApplication::activeModalWidget() == busy;
        });
        inBackground(&window, QStringLiteral("Working…"), [] {
            QThread::msleep(400);
            return true;
        });
        QVERIFY(stayed);
    }

    void importAskingAgainAfterAWrongPassphrase()
    {
        QString error;
        QVERIFY2(DemoJournal::write(path("mine.unfold"), DemoJournal::Profile::Personal, 3, false, &error),
                 qPrintable(error));
        QVERIFY2(DemoPartner::writeJournal(path("mine.unfold"), path("sams.unfold"), 3, false, &error),
                 qPrintable(error));
        qint64 shared = 0;
        int theirSessions = 0;
        {
            JournalProblem problem;
            auto sams = Journal::open(path("sams.unfold"), JournalStore::Access::ReadWrite,
                                      path("sams-backups"), &problem);
            QVERIFY2(sams, qPrintable(problem.message));
            const qint64 relationship = sams->relationships().first().id;
            theirSessions = int(sams->sessionSummaries(relationship).size());
            // A light key, so the test is quick; the header carries it, as any sender's would.
            QVERIFY2(PartnerExchange::write(*sams, relationship, path("from-sam.unfoldx"),
                                            QStringLiteral("harbour lights"), false, &error, {}, {1, 13}),
                     qPrintable(error));
        }

        MainWindow window;
        QVERIFY(window.openJournal(path("mine.unfold")));
        Journal &journal = *window.journal();
        for (const Relationship &r : journal.relationships())
            shared = journal.partnerAccount(r.id) ? r.id : shared;
        QVERIFY(shared != 0);
        // The demo comes with an account already; start from none, as a new user does.
        QVERIFY(journal.setPartnerAccount(shared, std::nullopt));
        window.sidebar()->selectRelationship(shared);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Answers each passphrase question in turn.
        QStringList answers{QStringLiteral("harbour light"), QStringLiteral("harbour lights")};
        QStringList prompts;
        QTimer answering;
        answering.setInterval(20);
        connect(&answering, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || answers.isEmpty())
                return;
            prompts.append(dialog->labelText());
            auto *field = dialog->findChild<QLineEdit *>();
            QVERIFY(field);
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            field->setText(answers.takeFirst());
            dialog->accept();
        });
        answering.start();
        window.importPartnerAccount(path("from-sam.unfoldx"));
        answering.stop();

        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.at(1).contains(QLatin1String("passphrase")) && prompts.at(1) != prompts.at(0),
                 qPrintable(prompts.at(1))); // the second question says why it asks again
        const std::optional<StoredPartnerAccount> imported = journal.partnerAccount(shared);
        QVERIFY(imported);
        QCOMPARE(int(imported->account.sessions.size()), theirSessions);
        QCOMPARE(window.perceptionView()->isVisible(), true);
        // The Onion tab, which follows the relationship once it is in view, offers the partner's account.
        auto *views = window.findChild<QTabWidget *>();
        QVERIFY(views);
        views->setCurrentWidget(window.onionView()->parentWidget());
        QVERIFY(window.onionView()->showPartnerAccount(true));
        QCOMPARE(window.onionView()->subject().history().sessionCount(), theirSessions);

        // One step back removes the account, one forward brings it again.
        window.history().stack()->undo();
        QVERIFY(!journal.partnerAccount(shared));
        window.history().stack()->redo();
        QCOMPARE(journal.partnerAccount(shared), imported);
    }
};

QTEST_MAIN(PartnerWindowTest)
#include "test_partner_window.moc"
