// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyTab.h"

#include <QVBoxLayout>

namespace unfold {

LazyTab::LazyTab(std::function<QWidget *()> make, QWidget *parent) : QWidget(parent), m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyTab::view()
{
    if (!m_view) {
        m_view = m_make();
        layout()->addWidget(m_view);
        // A child added to a shown widget waits for the event loop to show itself; the view is
        // wanted now (to take the focus, or to be read by the command that asked for it).
        if (isVisible())
            m_view->show();
    }
    return m_view;
}

void LazyTab::showEvent(QShowEvent *event)
{
    view()->show();
    QWidget::showEvent(event);
}

} // namespace unfold
