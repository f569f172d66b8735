// SPDX-License-Identifier: GPL-3.0-or-later
// The offline user guide: the document is found in the resources, has its sections, every
// internal link lands somewhere, nothing points off the machine, and F1 opens one guide.
#include "HelpButton.h"
#include "Language.h"
#include "MainWindow.h"
#include "UserGuideDialog.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace unfold;

namespace {

struct Links
{
    QSet<QString> anchors; // names that a "#name" link can scroll to
    QStringList hrefs;     // every link target, in document order
};

Links linksOf(const QTextDocument &document)
{
    Links links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                links.anchors.insert(name);
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                links.hrefs.append(format.anchorHref());
        }
    }
    return links;
}

} // namespace

class TestUserGuide final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsFromTheResources()
    {
        UserGuideDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        QVERIFY2(text.size() > 5000, "the guide is missing or nearly empty");
        QCOMPARE(dialog.browser()->documentTitle(), QStringLiteral("Unfold User Guide"));
        QVERIFY(!dialog.browser()->accessibleName().isEmpty());
    }

    void hasItsSections_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("contents") << QStringLiteral("contents") << QString();
        QTest::newRow("theory") << QStringLiteral("theory") << QStringLiteral("Social Penetration Theory");
        QTest::newRow("breadth and depth") << QStringLiteral("breadth-depth") << QStringLiteral("Breadth");
        QTest::newRow("reciprocity") << QStringLiteral("reciprocity") << QStringLiteral("reciprocity");
        QTest::newRow("stages") << QStringLiteral("stages") << QStringLiteral("Stable exchange");
        QTest::newRow("depenetration") << QStringLiteral("depenetration") << QStringLiteral("depenetration");
        QTest::newRow("measures") << QStringLiteral("measures") << QStringLiteral("Reciprocity index");
        QTest::newRow("logged") << QStringLiteral("logged-reciprocity") << QStringLiteral("Turn match");
        QTest::newRow("felt") << QStringLiteral("felt-reciprocity") << QStringLiteral("responsiveness");
        QTest::newRow("over time") << QStringLiteral("over-time") << QStringLiteral("Penetration");
        QTest::newRow("questionnaires") << QStringLiteral("questionnaires") << QStringLiteral("Cronbach");
        QTest::newRow("logging") << QStringLiteral("logging") << QStringLiteral("a42");
        QTest::newRow("onion") << QStringLiteral("onion") << QStringLiteral("Balance in each cell");
        QTest::newRow("charts") << QStringLiteral("charts") << QStringLiteral("Layer mix per session");
        QTest::newRow("exporting") << QStringLiteral("exporting") << QStringLiteral("Export All Charts");
        QTest::newRow("guided session") << QStringLiteral("guided-session") << QStringLiteral("Ctrl+P");
        QTest::newRow("privacy") << QStringLiteral("privacy")
                                 << QStringLiteral("~/.local/share/Unfold/Unfold/");
    }

    void hasItsSections()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, mentions);
        UserGuideDialog dialog;
        const Links links = linksOf(*dialog.browser()->document());
        QVERIFY2(links.anchors.contains(anchor), qPrintable(QStringLiteral("no section '%1'").arg(anchor)));
        if (anchor != QLatin1String("contents"))
            QVERIFY2(links.hrefs.contains(u'#' + anchor),
                     qPrintable(QStringLiteral("the contents do not link to '%1'").arg(anchor)));
        if (!mentions.isEmpty())
            QVERIFY2(dialog.browser()->toPlainText().contains(mentions),
                     qPrintable(QStringLiteral("the guide never mentions '%1'").arg(mentions)));
    }

    void everyInternalLinkResolves()
    {
        UserGuideDialog dialog;
        const Links links = linksOf(*dialog.browser()->document());
        QVERIFY(links.hrefs.size() >= 12);
        for (const QString &href : links.hrefs) {
            // The guide is offline: a link that leaves the document would be dead or reach the network.
            QVERIFY2(href.startsWith(u'#'),
                     qPrintable(QStringLiteral("link leaves the guide: %1").arg(href)));
            QVERIFY2(links.anchors.contains(href.mid(1)),
                     qPrintable(QStringLiteral("dangling link: %1").arg(href)));
        }
    }

    void showSectionScrollsAndBackReturns()
    {
        UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QScrollBar *scroll = dialog.browser()->verticalScrollBar();
        QCOMPARE(scroll->value(), 0);
        dialog.showSection(QStringLiteral("privacy"));
        QTRY_VERIFY(scroll->value() > 0);
        QVERIFY(dialog.browser()->isBackwardAvailable());
        dialog.browser()->backward();
        QTRY_COMPARE(scroll->value(), 0);
    }

    // Each translated guide must carry every section and link of the English one, so context
    // help lands in the right place whatever the language.
    void everyLanguageHasTheWholeGuide()
    {
        QTextBrowser english;
        english.setSource(UserGuideDialog::guideUrl(QLocale(QLocale::English)));
        const Links reference = linksOf(*english.document());
        QVERIFY(reference.anchors.size() >= 15);
        for (const QString &language : Language::available()) {
            if (language == QLatin1String("en"))
                continue;
            const QUrl url = UserGuideDialog::guideUrl(QLocale(language));
            QVERIFY2(url != english.source(), qPrintable(QStringLiteral("no guide in '%1'").arg(language)));
            QTextBrowser translated;
            translated.setSource(url);
            const Links links = linksOf(*translated.document());
            QCOMPARE(links.anchors, reference.anchors);
            QCOMPARE(links.hrefs, reference.hrefs);
            QVERIFY2(translated.documentTitle() != english.documentTitle(),
                     qPrintable(QStringLiteral("the '%1' guide keeps the English title").arg(language)));
            QVERIFY(translated.toPlainText().size() > english.toPlainText().size() / 2);
        }
        // A language Unfold does not ship falls back to English rather than to nothing.
        QCOMPARE(UserGuideDialog::guideUrl(QLocale(QLocale::Japanese)), english.source());
    }

    void theGuideFollowsTheLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        UserGuideDialog dialog;
        QLocale::setDefault(before);
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("guide_de.html"));
    }

    // F1 is context help: it opens the guide at the section about the tab in front.
    void f1FollowsTheTabInFront_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("section");
        QTest::newRow("session") << 0 << QStringLiteral("logging");
        QTest::newRow("onion") << 1 << QStringLiteral("onion");
        QTest::newRow("charts") << 2 << QStringLiteral("charts");
        QTest::newRow("questionnaires") << 3 << QStringLiteral("questionnaires");
    }

    void f1FollowsTheTabInFront()
    {
        QFETCH(int, tab);
        QFETCH(QString, section);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(tab);
        QTest::keyClick(&window, Qt::Key_F1);
        auto *guide = window.findChild<UserGuideDialog *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->browser()->source().fragment(), section);
    }

    // The onion, the charts and the questionnaires each offer a visible Help button too.
    void helpButtonsOpenTheirSection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The views behind the other tabs are made when first wanted.
        QVERIFY(window.onionView() && window.chartsView() && window.questionnairesView());
        const QList<HelpButton *> buttons = window.findChildren<HelpButton *>();
        QStringList anchors;
        for (HelpButton *button : buttons)
            anchors.append(button->anchor());
        anchors.sort();
        QCOMPARE(anchors, (QStringList{QStringLiteral("charts"), QStringLiteral("onion"),
                                       QStringLiteral("questionnaires")}));
        for (HelpButton *button : buttons) {
            QVERIFY(!button->accessibleName().isEmpty());
            button->click();
            auto *guide = window.findChild<UserGuideDialog *>();
            QVERIFY(guide);
            QCOMPARE(guide->browser()->source().fragment(), button->anchor());
            const Links links = linksOf(*guide->browser()->document());
            QVERIFY(links.anchors.contains(button->anchor()));
        }
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
    }

    void f1OpensOneGuide()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *guideAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
                guideAction = action;
        QVERIFY2(guideAction, "no action has the Help Contents shortcut (F1)");
        guideAction->trigger();
        guideAction->trigger();
        const QList<UserGuideDialog *> guides = window.findChildren<UserGuideDialog *>();
        QCOMPARE(guides.size(), 1);
        QVERIFY(guides.first()->isVisible());
        QVERIFY(!guides.first()->isModal());
        // Escape, wherever the focus is in the guide, closes it.
        auto *browser = guides.first()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QTest::keyClick(browser, Qt::Key_Escape);
        QTRY_VERIFY(!guides.first()->isVisible());
    }

    // Settings, like the guide, has a key of its own whatever the desktop defines.
    void settingsHasAShortcut()
    {
        MainWindow window;
        QAction *settings = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().remove(u'&').startsWith(QLatin1String("Settings")))
                settings = action;
        QVERIFY(settings);
        QVERIFY(settings->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    }

    // So has Save a Copy (X11 without a platform theme has no Save As key), and no key of the
    // commands the window is made with is given to two of them: Qt would then run neither. (Keys
    // of a table or a list, such as Delete, count only where that widget has the focus; the views
    // behind other tabs are made later and their keys are not seen here.)
    void saveACopyHasAShortcutOfItsOwn()
    {
        MainWindow window;
        QAction *saveCopy = nullptr;
        QHash<QKeySequence, QString> taken;
        for (QAction *action : window.findChildren<QAction *>()) {
            const QString name = action->text().remove(u'&');
            if (name.startsWith(QLatin1String("Save a Copy")))
                saveCopy = action;
            if (action->shortcutContext() != Qt::WindowShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!taken.contains(key),
                         qPrintable(key.toString() + u' ' + taken.value(key) + u' ' + name));
                taken.insert(key, name);
            }
        }
        QVERIFY(saveCopy);
        QVERIFY(saveCopy->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    }
};

QTEST_MAIN(TestUserGuide)
#include "test_user_guide.moc"
