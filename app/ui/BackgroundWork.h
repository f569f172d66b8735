// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCloseEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace unfold {

// A busy dialog that stays until the work is done: Escape and the title bar's close button would
// otherwise hide it and let the window start something else while the work still runs.
class BusyDialog final : public QProgressDialog
{
public:
    BusyDialog(const QString &label, QWidget *parent) : QProgressDialog(label, QString(), 0, 0, parent)
    {
        setWindowModality(Qt::WindowModal);
        setCancelButton(nullptr);
        setAccessibleName(label);
    }

protected:
    void reject() override {}
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
};

// Runs `work` on a thread of its own and returns its result, while the window keeps painting and
// a modal busy dialog says what is happening (and keeps the window's own controls from starting
// anything else meanwhile). For work that touches no widget and
// no journal: deriving a key from a passphrase and decrypting a file (an exchange file's header
// may ask Argon2id for up to a gibibyte and ten passes, some seconds of work). Not cancellable:
// the work is short enough to wait for, and stopping a key derivation halfway gains nothing.
template <typename Work> auto inBackground(QWidget *parent, const QString &label, Work work)
{
    decltype(work()) result{};
    BusyDialog busy(label, parent);
    busy.show(); // at once, not after a delay: until it shows, the window would take clicks
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result = work(); }));
    // Queued (the thread emits it): a thread done before exec() still ends the loop.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace unfold
