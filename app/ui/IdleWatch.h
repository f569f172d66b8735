// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace unfold {

// Tells when the application has had no key press, click, wheel turn or mouse movement for a
// while: the cue to lock an encrypted journal's window.
class IdleWatch final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(QObject *parent = nullptr);

    // 0 stops watching.
    void setMinutes(int minutes);
    // Tests shorten the wait below a minute.
    void setInterval(std::chrono::milliseconds interval);
    bool isWatching() const { return m_timer.isActive(); }
    // Waits the whole interval again (when locking had to wait for a dialog to close).
    void restart();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace unfold
