// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace unfold {

IdleWatch::IdleWatch(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatch::setMinutes(int minutes)
{
    if (minutes <= 0)
        m_timer.stop();
    else
        setInterval(std::chrono::minutes(minutes));
}

void IdleWatch::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    m_timer.start();
}

void IdleWatch::restart()
{
    if (m_timer.interval() > 0)
        m_timer.start();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.interval() > 0 && m_timer.isActive())
            m_timer.start(); // any input starts the wait again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace unfold
