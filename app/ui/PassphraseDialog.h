// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalKey.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace unfold {

// Asks for a journal's passphrase. Three uses:
// - Choose: a new passphrase, typed twice, with a strength hint (new journal, Encrypt…). For a
//   new journal, "Don't Encrypt" is the one explicit way to a plain journal.
// - Change: the current passphrase, then a new one twice.
// - Enter: the passphrase of an encrypted journal, checked before the dialog closes, so a wrong
//   one is said in the dialog and can be typed again.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Choose,
        ChooseOrPlain,
        Change,
        Enter
    };
    // Checks an entered (or current) passphrase: empty when it opens the journal, else what to say.
    using Check = std::function<QString(const QString &passphrase)>;

    PassphraseDialog(Purpose purpose, const QString &journalName, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    void setCheck(Check check) { m_check = std::move(check); }
    // The current passphrase (Enter, Change) and the new one (Choose, Change).
    QString passphrase() const;
    QString newPassphrase() const;
    // After exec() returned Accepted with ChooseOrPlain: true when the user chose no encryption.
    bool chosePlain() const { return m_choosePlain; }

    static constexpr int minimumLength = minimumPassphraseLength;
    // How hard a passphrase is to guess, in words for the hint; also read by tests.
    enum class Strength
    {
        TooShort,
        Weak,
        Fair,
        Strong
    };
    static Strength strengthOf(const QString &passphrase);

    void accept() override;

private:
    void update();
    QLineEdit *addField(const QString &accessibleName);

    Purpose m_purpose;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    Check m_check;
    bool m_choosePlain = false;
};

} // namespace unfold
