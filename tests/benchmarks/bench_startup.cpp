// SPDX-License-Identifier: GPL-3.0-or-later
// How long it takes to open the heavy journal and show the main window, and the peak memory,
// beside a bare Qt window started the same way in the same run (the floor). Each case runs in
// its own process, so peak memory is that case's alone.
//
//   bench_startup [DECADE]   runs both cases several times and prints a table beside the goals;
//                            with the decade journal DECADE (bench_decade writes one), that
//                            journal too
//   bench_startup bare       (internal) shows a bare QMainWindow
//   bench_startup journal F  (internal) opens journal F in Unfold's MainWindow
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalOpening.h"
#include "MainWindow.h"
#include "PeakMemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace unfold;

namespace {

// One case in this process: the time from before the first widget exists until the window
// is exposed and its first events are processed.
int runCase(int argc, char **argv, const QString &mode, const QString &journalPath)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::unique_ptr<QMainWindow> window;
    if (mode == QLatin1String("bare")) {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QLabel(QStringLiteral("Bare Qt window")));
    } else {
        // As Unfold starts (GuiMain): the journal's opening begins on its own thread, the window is
        // made and shown meanwhile, then the journal opened for editing is taken and shown.
        const qint64 t0 = timer.nsecsElapsed();
        const auto early = JournalOpening::beginOpening(journalPath);
        auto main = std::make_unique<MainWindow>();
        const qint64 t1 = timer.nsecsElapsed();
        main->resize(1280, 780);
        main->show();
        if (!main->openJournal(journalPath, early.get()))
            return 1;
        const qint64 t2 = timer.nsecsElapsed();
        if (qEnvironmentVariableIsSet("UNFOLD_BENCH_DETAIL"))
            QTextStream(stderr) << "app " << t0 / 1e6 << " window " << (t1 - t0) / 1e6
                                << " show, wait for the journal and show it " << (t2 - t1) / 1e6 << Qt::endl;
        window = std::move(main);
    }
    window->resize(1280, 780);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    QCoreApplication::processEvents();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << ms << ' ' << peakMemoryMiB() << Qt::endl;
    return 0;
}

struct Figures
{
    double ms = 0;
    double mib = 0;
};

Figures medianOf(const QString &program, const QStringList &arguments, int runs)
{
    QList<double> times;
    QList<double> memory;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        if (process.exitCode() != 0 || fields.size() != 2) {
            QTextStream(stderr) << "case failed: " << process.readAllStandardError() << Qt::endl;
            return {};
        }
        times.append(fields.at(0).toDouble());
        memory.append(fields.at(1).toDouble());
    }
    std::sort(times.begin(), times.end());
    std::sort(memory.begin(), memory.end());
    return {times.at(times.size() / 2), memory.at(memory.size() / 2)};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QByteArray first = argc >= 2 ? QByteArray(argv[1]) : QByteArray();
    if (first == "bare" || first == "journal")
        return runCase(argc, argv, QString::fromLocal8Bit(argv[1]),
                       argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QString());

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The cases open the journal as Unfold does, for editing: their settings, recent files and
    // backups go to this run's folder, never the user's.
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        qputenv(name, QFile::encodeName(dir.filePath(QString::fromLatin1(name))));
    const QString heavy = dir.filePath(QStringLiteral("heavy.unfold"));
    QString error;
    if (!DemoJournal::write(heavy, DemoJournal::Profile::Heavy, 1, false, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    constexpr int runs = 7;
    const QString self = QCoreApplication::applicationFilePath();
    const Figures bare = medianOf(self, {QStringLiteral("bare")}, runs);
    const Figures unfold = medianOf(self, {QStringLiteral("journal"), heavy}, runs);
    QTextStream out(stdout);
    out << "Start to first shown frame, median of " << runs << " runs (platform "
        << qgetenv("QT_QPA_PLATFORM") << "):\n";
    out << QStringLiteral("  bare Qt window            %1 ms  peak %2 MiB\n")
               .arg(bare.ms, 7, 'f', 1)
               .arg(bare.mib, 6, 'f', 1);
    out << QStringLiteral("  Unfold, heavy journal     %1 ms  peak %2 MiB\n")
               .arg(unfold.ms, 7, 'f', 1)
               .arg(unfold.mib, 6, 'f', 1);
    out << QStringLiteral("  difference                %1 ms       %2 MiB\n")
               .arg(unfold.ms - bare.ms, 7, 'f', 1)
               .arg(unfold.mib - bare.mib, 6, 'f', 1);
    out << QStringLiteral(
               "  ratio Unfold/bare         %1 ×   (goal: at most 2 ×; peak goal: at most 60 MiB)\n")
               .arg(unfold.ms / bare.ms, 7, 'f', 2);
    if (!first.isEmpty()) {
        const Figures decade =
            medianOf(self, {QStringLiteral("journal"), QString::fromLocal8Bit(first)}, runs);
        out << QStringLiteral(
                   "  Unfold, decade journal    %1 ms  peak %2 MiB   (goal: under 1000 ms, 200 MiB)\n")
                   .arg(decade.ms, 7, 'f', 1)
                   .arg(decade.mib, 6, 'f', 1);
    }
    return 0;
}
