// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace unfold {

// Asks what to share with the partner: who the sender is (when the journal marks no "me"),
// whether notes go too, and the passphrase the two agreed on, typed twice.
class ShareWithPartnerDialog final : public QDialog
{
    Q_OBJECT

public:
    // `me` is the index (0 or 1) of the person marked "me", or -1.
    ShareWithPartnerDialog(const QString &title, const QStringList &people, int me,
                           QWidget *parent = nullptr);

    QString sender() const;
    bool includeNotes() const;
    QString passphrase() const;

private:
    void check();

    QComboBox *m_sender = nullptr;
    QCheckBox *m_notes = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace unfold
