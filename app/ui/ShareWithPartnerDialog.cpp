// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareWithPartnerDialog.h"

#include "JournalKey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace unfold {

ShareWithPartnerDialog::ShareWithPartnerDialog(const QString &title, const QStringList &people, int me,
                                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Share with Partner"));
    auto *intro = new QLabel(
        tr("Writes your account of %1 (its sessions, what each of you shared and your check-ins) to a file "
           "for your partner, encrypted with a passphrase the two of you agree on. Give them the file "
           "however "
           "you like and tell them the passphrase another way. Unfold sends nothing anywhere.")
            .arg(title),
        this);
    intro->setWordWrap(true);

    m_sender = new QComboBox(this);
    m_sender->addItems(people);
    m_sender->setCurrentIndex(me >= 0 ? me : 0);
    m_sender->setEnabled(me < 0); // a journal that marks "me" has said it already
    m_notes = new QCheckBox(tr("Include &notes"), this);
    m_notes->setToolTip(tr("Session and disclosure notes stay out unless you tick this."));
    m_passphrase = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    for (QLineEdit *e : {m_passphrase, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &ShareWithPartnerDialog::check);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("shareProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&I am:"), m_sender);
    form->addRow(QString(), m_notes);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Share…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

void ShareWithPartnerDialog::check()
{
    QString problem;
    if (m_passphrase->text().size() < minimumPassphraseLength)
        problem = tr("The passphrase needs at least %1 characters.").arg(minimumPassphraseLength);
    else if (m_repeat->text() != m_passphrase->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

QString ShareWithPartnerDialog::sender() const
{
    return m_sender->currentText();
}

bool ShareWithPartnerDialog::includeNotes() const
{
    return m_notes->isChecked();
}

QString ShareWithPartnerDialog::passphrase() const
{
    return m_passphrase->text();
}

} // namespace unfold
