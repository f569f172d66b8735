// SPDX-License-Identifier: GPL-3.0-or-later
// Work that waits for a window's first frame runs after that frame is painted, never before the
// window shows, at once (from the event loop) for a window already shown, and not at all for a
// widget gone first.
#include "FirstFrame.h"

#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QWidget>

using namespace unfold;

namespace {

class CountingWidget final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TestFirstFrame final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAfterTheFirstPaint()
    {
        CountingWidget window;
        window.resize(200, 100);
        int paintsWhenRun = -1;
        FirstFrame::after(&window, [&] { paintsWhenRun = window.paints; });
        QTest::qWait(20);
        QCOMPARE(paintsWhenRun, -1); // not shown: nothing to wait after
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(paintsWhenRun != -1);
        QVERIFY2(paintsWhenRun >= 1, "the work ran before the window's first frame");
    }

    void aChildOfAShownWindowRunsFromTheEventLoop()
    {
        CountingWidget window;
        auto *child = new QWidget(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool ran = false;
        FirstFrame::after(child, [&] { ran = true; });
        QVERIFY(!ran); // not from within the call: its caller may not be done
        QTRY_VERIFY(ran);
    }

    void goesWithItsWidget()
    {
        auto *window = new CountingWidget;
        bool ran = false;
        FirstFrame::after(window, [&] { ran = true; });
        delete window;
        QWidget other;
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QTest::qWait(20);
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestFirstFrame)
#include "test_first_frame.moc"
