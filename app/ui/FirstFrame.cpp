// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstFrame.h"

#include <QEvent>
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

} // namespace unfold::FirstFrame
