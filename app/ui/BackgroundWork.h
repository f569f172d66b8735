// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>

#include <memory>
#include <optional>

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

// Like inBackground, for work that may be abandoned: the dialog has a Cancel button, and Cancel
// (or Escape) ends the wait at once with no result. The work then runs to its end on its own
// thread and its result is destroyed there, on the thread that made it; a quitting application
// waits for it. A kept result is first handed to `keep` on the work's thread (to move a QObject to
// the window's thread, say). For work whose result can simply be dropped: a cancelled opening of a
// journal closes it again (an old format is still upgraded in place, with its copy kept, as any
// opening does) and releases its lock when the work ends.
template <typename Work, typename Keep>
auto cancellableInBackground(QWidget *parent, const QString &label, const QString &cancel, Work work,
                             Keep keep) -> std::optional<decltype(work())>
{
    using Result = decltype(work());
    struct Shared
    {
        QMutex mutex;
        std::optional<Result> result;
        bool abandoned = false;
    };
    const auto shared = std::make_shared<Shared>();
    QThread *thread = QThread::create([shared, work = std::move(work), keep = std::move(keep)]() mutable {
        Result result = work();
        const QMutexLocker lock(&shared->mutex);
        if (shared->abandoned)
            return;
        keep(result);
        shared->result = std::move(result);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    QProgressDialog progress(label, cancel, 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAccessibleName(label);
    progress.setMinimumDuration(0);
    progress.show(); // at once: until it shows, the window would take clicks
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    const QMutexLocker lock(&shared->mutex);
    // Cancelled, or the wait ended otherwise (the application quitting) before the work did.
    if (progress.wasCanceled() || !shared->result) {
        shared->abandoned = true;
        shared->result.reset(); // finished just before Cancel: kept on this thread, dropped here
        return std::nullopt;
    }
    return std::move(shared->result);
}

} // namespace unfold
