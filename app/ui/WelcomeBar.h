// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPushButton;

namespace unfold {

// The welcome above the window while the demo journal is open: what Unfold is, that the demo's
// people are made up, and how to start one's own journal. It stays until closed or until
// another journal opens, unlike a status line that vanishes before it is read.
class WelcomeBar final : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomeBar(QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void startOwnJournal();

private:
    QPushButton *m_start;
    QPushButton *m_close;
};

} // namespace unfold
