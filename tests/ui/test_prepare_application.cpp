// SPDX-License-Identifier: GPL-3.0-or-later
// What Unfold gives Qt's application before its first window (prepareApplication): the window's
// icon waits for that window's first frame, and then is there.
#include "GuiMain.h"

#include <QApplication>
#include <QIcon>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace unfold;

class TestPrepareApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // First of the tests: no window of this program has been shown yet.
    void theIconWaitsForTheFirstFrame()
    {
        prepareApplication();
        QCOMPARE(QApplication::applicationDisplayName(), QStringLiteral("Unfold"));
        // Drawing the icon for the window system held the first frame back: none is set yet.
        QVERIFY(QApplication::windowIcon().isNull());
        QTest::qWait(20);
        QVERIFY(QApplication::windowIcon().isNull());

        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Then the theme's icon, or the picture from the resources where no theme has one: drawn
        // sizes, which need no SVG plugin (Debian 13 packs it apart).
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!QApplication::windowIcon().pixmap(64, 64).isNull());
        QVERIFY(!QApplication::windowIcon().availableSizes().isEmpty());
        QVERIFY(!window.windowIcon().isNull());
    }
};

QTEST_MAIN(TestPrepareApplication)
#include "test_prepare_application.moc"
