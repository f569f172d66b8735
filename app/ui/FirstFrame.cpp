// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstFrame.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace unfold::FirstFrame {

namespace {

// Watches the window (first the widget, until it is shown and has a window) for its first
// exposure; the frame is painted while the exposure is handled, so the work is posted after it.
class Watch final : public QObject
{
public:
    Watch(QWidget *widget, std::function<void()> work)
        : QObject(widget), m_widget(widget), m_work(std::move(work))
    {}

    void watch()
    {
        QWidget *top = m_widget->window();
        QWindow *window = top->windowHandle();
        if (window && window->isExposed())
            return run();
        if (window) {
            window->installEventFilter(this);
            return;
        }
        top->installEventFilter(this); // not shown yet: its window is made when it is
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched == m_widget->window()) {
            watched->removeEventFilter(this);
            watch();
        } else if (event->type() == QEvent::Expose && qobject_cast<QWindow *>(watched) &&
                   static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            run();
        }
        return false;
    }

private:
    void run()
    {
        QTimer::singleShot(0, m_widget, std::move(m_work));
        deleteLater();
    }

    QWidget *m_widget;
    std::function<void()> m_work;
};

} // namespace

void after(QWidget *widget, std::function<void()> work)
{
    (new Watch(widget, std::move(work)))->watch();
}

namespace {

// Watches every window of the application for the first exposure of any, then hands each waiting
// piece of work to the event loop and goes.
class AnyWatch final : public QObject
{
public:
    static bool anyShown()
    {
        if (shown)
            return true;
        for (QWindow *window : QGuiApplication::topLevelWindows()) {
            if (window->isExposed())
                return shown = true;
        }
        return false;
    }

    static void wait(QObject *context, std::function<void()> work)
    {
        if (!watch) {
            watch = new AnyWatch;
            QCoreApplication::instance()->installEventFilter(watch);
        }
        watch->m_waiting.append({context, std::move(work)});
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && qobject_cast<QWindow *>(watched) &&
            static_cast<QWindow *>(watched)->isExposed()) {
            shown = true;
            watch = nullptr;
            QCoreApplication::instance()->removeEventFilter(this);
            for (auto &[context, work] : m_waiting) {
                if (context)
                    QTimer::singleShot(0, context, std::move(work));
            }
            deleteLater();
        }
        return false;
    }

private:
    AnyWatch() : QObject(QCoreApplication::instance()) {}

    static inline bool shown = false;
    static inline AnyWatch *watch = nullptr;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
};

} // namespace

void afterAny(QObject *context, std::function<void()> work)
{
    if (AnyWatch::anyShown())
        QTimer::singleShot(0, context, std::move(work));
    else
        AnyWatch::wait(context, std::move(work));
}

} // namespace unfold::FirstFrame
