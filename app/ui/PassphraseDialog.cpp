// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>

namespace unfold {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &journalName, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    switch (purpose) {
    case Purpose::Enter:
        setWindowTitle(tr("Open Encrypted Journal"));
        intro->setText(tr("%1 is encrypted. Type its passphrase to open it.").arg(journalName));
        m_current = addField(tr("Passphrase"));
        form->addRow(tr("&Passphrase:"), m_current);
        break;
    case Purpose::Change:
        setWindowTitle(tr("Change Passphrase"));
        intro->setText(tr("Afterwards only the new passphrase opens %1. Backups made before keep the "
                          "passphrase they were made with.")
                           .arg(journalName));
        m_current = addField(tr("Current passphrase"));
        form->addRow(tr("&Current passphrase:"), m_current);
        break;
    case Purpose::Choose:
    case Purpose::ChooseOrPlain:
        setWindowTitle(tr("Encrypt Journal"));
        intro->setText(tr("Choose a passphrase for %1. From then on the journal, and every backup and copy "
                          "Unfold makes of it, is encrypted: without the passphrase nobody can read them, "
                          "and nobody can recover the passphrase for you if you forget it.")
                           .arg(journalName));
        break;
    }
    if (purpose != Purpose::Enter) {
        m_new = addField(tr("New passphrase"));
        m_repeat = addField(tr("New passphrase again"));
        m_strength = new QLabel(this);
        m_strength->setWordWrap(true);
        form->addRow(tr("&New passphrase:"), m_new);
        form->addRow(tr("&Repeat:"), m_repeat);
        form->addRow(m_strength);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::Enter    ? tr("Open")
                  : purpose == Purpose::Change ? tr("Change Passphrase")
                                               : tr("Encrypt"));
    if (purpose == Purpose::ChooseOrPlain) {
        QPushButton *plain = m_buttons->addButton(tr("Don't Encrypt"), QDialogButtonBox::ActionRole);
        plain->setAccessibleDescription(tr("Create the journal as a plain file that anyone who can read "
                                           "your files can read."));
        connect(plain, &QPushButton::clicked, this, [this] {
            m_choosePlain = true;
            QDialog::accept();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    update();
}

PassphraseDialog::~PassphraseDialog() = default;

QLineEdit *PassphraseDialog::addField(const QString &accessibleName)
{
    auto *field = new QLineEdit(this);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    // Typed secrets stay out of the clipboard's reach and of input-method history.
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    connect(field, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    return field;
}

QString PassphraseDialog::passphrase() const
{
    return m_current ? m_current->text() : QString();
}

QString PassphraseDialog::newPassphrase() const
{
    return m_new ? m_new->text() : QString();
}

PassphraseDialog::Strength PassphraseDialog::strengthOf(const QString &passphrase)
{
    if (passphrase.size() < minimumLength)
        return Strength::TooShort;
    // A rough guess at the bits an attacker must try: length × log2 of the alphabet in use,
    // discounted when few different characters are used ("aaaaaaaaaaaa").
    bool lower = false, upper = false, digit = false, other = false, beyondAscii = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        lower |= c.isLower() && c.unicode() < 128;
        upper |= c.isUpper() && c.unicode() < 128;
        digit |= c.isDigit() && c.unicode() < 128;
        beyondAscii |= c.unicode() >= 128;
        other |= !c.isLetterOrNumber() && c.unicode() < 128;
    }
    const int alphabet =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) + (beyondAscii ? 100 : 0);
    const double perCharacter = std::log2(std::max(alphabet, 2));
    const double bits = perCharacter * std::min<qsizetype>(passphrase.size(), distinct.size() * 2);
    if (bits < 45)
        return Strength::Weak;
    if (bits < 75)
        return Strength::Fair;
    return Strength::Strong;
}

void PassphraseDialog::update()
{
    bool ready = true;
    if (m_current)
        ready = !m_current->text().isEmpty();
    if (m_new) {
        QString hint;
        switch (strengthOf(m_new->text())) {
        case Strength::TooShort:
            hint = tr("Strength: too short. Use at least %1 characters; several words are easiest to "
                      "remember.")
                       .arg(minimumLength);
            break;
        case Strength::Weak:
            hint = tr("Strength: weak. Someone with a copy of the file could guess it; add words.");
            break;
        case Strength::Fair:
            hint = tr("Strength: fair. Another word or two would make it strong.");
            break;
        case Strength::Strong:
            hint = tr("Strength: strong.");
            break;
        }
        const bool matches = m_new->text() == m_repeat->text();
        if (!m_repeat->text().isEmpty() && !matches)
            hint += u' ' + tr("The two passphrases differ.");
        m_strength->setText(hint);
        m_strength->setAccessibleName(hint);
        ready = ready && matches && strengthOf(m_new->text()) != Strength::TooShort;
    }
    m_ok->setEnabled(ready);
}

void PassphraseDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (m_check && m_current) {
        // Deriving a key takes about a second on purpose (it slows guessing): show that it works.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_problem->setText(tr("Checking the passphrase…"));
        m_problem->show();
        m_problem->repaint();
        const QString problem = m_check(m_current->text());
        QApplication::restoreOverrideCursor();
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_current->selectAll();
            m_current->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace unfold
