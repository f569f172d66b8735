// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace unfold {

// What a locked window shows instead of the journal: its file name, a passphrase field and an
// Unlock button. Nothing of the journal's content is on screen or in memory while it shows.
class UnlockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockScreen(QWidget *parent = nullptr);

    void showFor(const QString &journalName);
    // Says why the passphrase did not unlock, and lets the user type it again.
    void showProblem(const QString &message);
    QLineEdit *passphraseField() const { return m_passphrase; }

Q_SIGNALS:
    void unlockRequested(const QString &passphrase);

private:
    QLabel *m_title;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QLabel *m_problem;
};

} // namespace unfold
