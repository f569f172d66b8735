// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace unfold {

WelcomeBar::WelcomeBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Welcome"));
    auto *text =
        new QLabel(tr("Welcome to Unfold. This demo journal holds four made-up relationships to "
                      "explore: what each person shared, topic by topic and layer by layer, the onion "
                      "of how far each has opened up, and the charts over time. Your own journal "
                      "starts empty and stays on this computer."));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_start = new QPushButton(tr("Start My Own Journal…"));
    m_start->setAccessibleDescription(tr("Makes a new, empty journal of your own; the demo stays as it is."));
    m_close = new QPushButton(tr("Close"));
    m_close->setAccessibleName(tr("Close the welcome"));
    connect(m_start, &QPushButton::clicked, this, &WelcomeBar::startOwnJournal);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_start);
    layout->addWidget(m_close);
}

} // namespace unfold
