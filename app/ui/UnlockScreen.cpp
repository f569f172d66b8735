// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockScreen.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace unfold {

UnlockScreen::UnlockScreen(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignHCenter);

    auto *note = new QLabel(tr("This encrypted journal was locked. Type its passphrase to go on."), this);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignHCenter);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setAccessibleDescription(tr("The passphrase of the locked journal; Enter unlocks."));
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passphrase->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setDefault(true);
    m_unlock->setAccessibleDescription(tr("Checks the passphrase and shows the journal again."));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setAccessibleName(tr("Problem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(note);
    column->addLayout(form);
    column->addWidget(m_unlock, 0, Qt::AlignHCenter);
    column->addWidget(m_problem);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 0);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    const auto request = [this] {
        if (m_passphrase->text().isEmpty())
            return;
        m_problem->setText(tr("Checking the passphrase…"));
        m_problem->repaint();
        Q_EMIT unlockRequested(m_passphrase->text());
    };
    connect(m_unlock, &QPushButton::clicked, this, request);
    connect(m_passphrase, &QLineEdit::returnPressed, this, request);
}

void UnlockScreen::showFor(const QString &journalName)
{
    m_title->setText(tr("%1 is locked").arg(journalName));
    m_passphrase->clear();
    m_problem->clear();
    m_passphrase->setFocus();
}

void UnlockScreen::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

} // namespace unfold
