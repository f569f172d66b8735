// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace unfold {

// Runs `work` on a thread of its own and returns its result, while the window keeps painting and
// a modal busy dialog says what is happening (and keeps the window's own controls from starting
// anything else meanwhile). For work that touches no widget and
// no journal: deriving a key from a passphrase and decrypting a file (an exchange file's header
// may ask Argon2id for up to a gibibyte and ten passes, some seconds of work). Not cancellable:
// the work is short enough to wait for, and stopping a key derivation halfway gains nothing.
template <typename Work> auto inBackground(QWidget *parent, const QString &label, Work work)
{
    decltype(work()) result{};
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setAccessibleName(label);
    busy.show(); // at once, not after a delay: until it shows, the window would take clicks
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result = work(); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace unfold
