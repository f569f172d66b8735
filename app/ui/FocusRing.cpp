// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusRing.h"

#include <QApplication>
#include <QFocusFrame>

namespace unfold {

FocusRing::FocusRing(QObject *parent) : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

FocusRing::~FocusRing()
{
    delete m_frame.data();
}

QWidget *FocusRing::widget() const
{
    return m_frame ? m_frame->widget() : nullptr;
}

void FocusRing::follow(QWidget *now)
{
    // A window itself (a dialog with nothing focusable in it) has no edge to ring.
    if (!now || now->isWindow()) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame)
        m_frame = new QFocusFrame(now);
    m_frame->setWidget(now);
}

} // namespace unfold
