// SPDX-License-Identifier: GPL-3.0-or-later
// The views behind the Onion, Charts, Questionnaires and Both Sides tabs are made when first wanted:
// none is made to open the window, and one made late shows the journal open then, takes the
// focus from the keyboard and lets go of a journal that closes.
#include "ChartsView.h"
#include "Journal.h"
#include "KeyboardFocus.h"
#include "MainWindow.h"
#include "OnionView.h"
#include "PerceptionView.h"
#include "QuestionnairesView.h"
#include "UnlockScreen.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unfold;
using namespace unfold::testing;

namespace {

// A journal of one relationship between `a` and `b`, with a session.
std::unique_ptr<Journal> writeJournal(const QString &path, const QString &a, const QString &b)
{
    JournalProblem problem;
    auto journal = Journal::create(path, QString(), &problem);
    if (!journal)
        return nullptr;
    Person first{0, a, {}, false};
    Person second{0, b, {}, false};
    if (!journal->savePerson(first) || !journal->savePerson(second))
        return nullptr;
    Relationship r{0, first.id, second.id, RelationshipKind::Partner, QDate(2024, 1, 1), Stage::Unset};
    if (!journal->saveRelationship(r))
        return nullptr;
    Session session{0, r.id, QDateTime(QDate(2025, 4, 1), QTime(18, 0), QTimeZone::utc()), {}, {}, {}};
    if (!journal->saveSession(session))
        return nullptr;
    return journal;
}

// The index of the tab whose text, without its '&', is `name`; -1 for none.
int tabNamed(const QTabWidget *tabs, const QString &name)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == name)
            return i;
    }
    return -1;
}

} // namespace

class TestLazyTabs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_lazy_tabs"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void aViewIsMadeWhenItsTabShows()
    {
        MainWindow window;
        window.setJournal(writeJournal(m_dir.filePath(QStringLiteral("first.unfold")), QStringLiteral("Anna"),
                                       QStringLiteral("Ben")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<OnionView *>());
        QVERIFY(!window.findChild<ChartsView *>());
        QVERIFY(!window.findChild<QuestionnairesView *>());
        QVERIFY(!window.findChild<PerceptionView *>());
        // Nor the unlock screen: it is made when a journal is first locked (test_encrypted_window).
        QVERIFY(!window.findChild<UnlockScreen *>());

        // Another journal before the tab is first shown: the view made then shows that one.
        window.setJournal(writeJournal(m_dir.filePath(QStringLiteral("second.unfold")),
                                       QStringLiteral("Cleo"), QStringLiteral("Dan")));
        auto *tabs = findNamed<QTabWidget>(&window, QStringLiteral("Views"));
        QVERIFY(tabs);
        const int onionTab = tabNamed(tabs, QStringLiteral("Onion"));
        QVERIFY(onionTab > 0);
        QTest::keyClick(&window, mnemonicKey(tabs->tabText(onionTab)), Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), onionTab);
        auto *onion = window.findChild<OnionView *>();
        QVERIFY(onion);
        QVERIFY(onion->isVisible());
        QCOMPARE(onion->subject().title(), QStringLiteral("Cleo & Dan"));
        QVERIFY2(onion->isAncestorOf(focused()), qPrintable(describeWidget(focused())));
        QCOMPARE(window.onionView(), onion); // made once
        QVERIFY(!window.findChild<ChartsView *>());

        const int chartsTab = tabNamed(tabs, QStringLiteral("Charts"));
        QVERIFY(chartsTab > 0);
        QTest::keyClick(&window, mnemonicKey(tabs->tabText(chartsTab)), Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), chartsTab);
        auto *charts = window.findChild<ChartsView *>();
        QVERIFY(charts);
        QVERIFY(charts->isVisible());
        QCOMPARE(charts->subject().title(), QStringLiteral("Cleo & Dan"));
        // The keyboard goes on into the view, as into any other tab's.
        QVERIFY2(charts->isAncestorOf(focused()), qPrintable(describeWidget(focused())));
        QCOMPARE(window.chartsView(), charts); // made once
        QVERIFY(!window.findChild<QuestionnairesView *>());

        // The Questionnaires tab by its letter, then Both Sides (no letter of its own) by Ctrl+Tab.
        const int questionnairesTab = tabNamed(tabs, QStringLiteral("Questionnaires"));
        QVERIFY(questionnairesTab > 0);
        QTest::keyClick(&window, mnemonicKey(tabs->tabText(questionnairesTab)), Qt::AltModifier);
        auto *questionnaires = window.findChild<QuestionnairesView *>();
        QVERIFY(questionnaires && questionnaires->isVisible());
        QVERIFY2(questionnaires->isAncestorOf(focused()), qPrintable(describeWidget(focused())));
        QVERIFY(!window.findChild<PerceptionView *>());
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier);
        auto *perception = window.findChild<PerceptionView *>();
        QVERIFY(perception && perception->isVisible());
        QCOMPARE(tabs->currentWidget(), perception->parentWidget());
        QVERIFY2(perception->isAncestorOf(focused()), qPrintable(describeWidget(focused())));
    }

    // A command can ask for a view behind a tab never shown (Export All Charts, Import
    // Instrument): it is made hidden, with the journal, and shows that journal when its tab does.
    void aViewAskedForBeforeItsTabShows()
    {
        MainWindow window;
        window.setJournal(writeJournal(m_dir.filePath(QStringLiteral("third.unfold")), QStringLiteral("Eve"),
                                       QStringLiteral("Finn")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartsView *charts = window.chartsView();
        QVERIFY(charts);
        QVERIFY(!charts->isVisible());
        auto *tabs = findNamed<QTabWidget>(&window, QStringLiteral("Views"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(charts->parentWidget());
        QVERIFY(charts->isVisible());
        QCOMPARE(charts->subject().title(), QStringLiteral("Eve & Finn"));
        // Closing the journal reaches the view made late too: it shows no relationship after.
        window.setJournal(nullptr);
        QVERIFY(charts->subject().title() != QStringLiteral("Eve & Finn"));
    }

    // The picture commands act on the onion when the Charts tab is not in front: asked for before
    // the Onion tab was ever shown, the onion is made then, with the relationship in view.
    void theOnionMadeForAPictureCommand()
    {
        MainWindow window;
        window.setJournal(writeJournal(m_dir.filePath(QStringLiteral("fourth.unfold")), QStringLiteral("Gil"),
                                       QStringLiteral("Hana")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<OnionView *>());
        QApplication::clipboard()->clear();
        QAction *copy = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(u'&') == QStringLiteral("Copy Picture"))
                copy = action;
        }
        QVERIFY(copy);
        copy->trigger();
        auto *onion = window.findChild<OnionView *>();
        QVERIFY(onion);
        QVERIFY(!onion->isVisible());
        QCOMPARE(onion->subject().title(), QStringLiteral("Gil & Hana"));
        QVERIFY(!QApplication::clipboard()->image().isNull());
    }
};

QTEST_MAIN(TestLazyTabs)
#include "test_lazy_tabs.moc"
