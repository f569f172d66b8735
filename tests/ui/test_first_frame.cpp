// SPDX-License-Identifier: GPL-3.0-or-later
// Work that waits for a window's first frame runs after that frame is painted, never before the
// window shows, at once (from the event loop) for a window already shown, and not at all for a
// widget gone first; work for no one window waits for the first frame of any.
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
    // First of the tests: no window of this program has been shown yet.
    void workForNoOneWindowWaitsForTheFirstWindowShown()
    {
        QObject context;
        bool ran = false;
        FirstFrame::afterAny(&context, [&] { ran = true; });
        auto *gone = new QObject;
        bool ranForGone = false;
        FirstFrame::afterAny(gone, [&] { ranForGone = true; });
        delete gone;
        QTest::qWait(20);
        QVERIFY(!ran); // no window has shown a frame
        CountingWidget window;
        int paintsWhenRun = -1;
        FirstFrame::afterAny(&context, [&] { paintsWhenRun = window.paints; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(ran);
        QTRY_VERIFY(paintsWhenRun >= 1);
        QVERIFY(!ranForGone);
        // Once a window has shown, work runs from the event loop, not from within the call.
        bool later = false;
        FirstFrame::afterAny(&context, [&] { later = true; });
        QVERIFY(!later);
        QTRY_VERIFY(later);
    }

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
