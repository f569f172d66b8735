// SPDX-License-Identifier: GPL-3.0-or-later
// How long it takes to open the heavy journal and show the main window, and the peak memory,
// beside a bare Qt window started the same way in the same run (the floor). Each case runs in
// its own process, so peak memory is that case's alone.
//
//   bench_startup [DECADE]   runs every case in rounds and prints a table beside the goals;
//                            with the decade journal DECADE (bench_decade writes one), that
//                            journal too
//   bench_startup bare       (internal) shows a bare QMainWindow
//   bench_startup skeleton   (internal) shows Qt's own widgets laid out as Unfold's window is,
//                            with the heavy journal's number of rows, and no journal: what the
//                            same window costs Qt before Unfold does anything
//   bench_startup journal F  (internal) opens journal F in Unfold's MainWindow; Unfold left it
//                            whole the run before, so its pages and records are not checked again
//   bench_startup first F    (internal) the same with a copy of F, a file Unfold has not left
//                            whole: the first opening, which checks every page
#include "DemoJournal.h"
#include "GuiMain.h"
#include "Journal.h"
#include "JournalOpening.h"
#include "MainWindow.h"
#include "PeakMemory.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

using namespace unfold;

namespace {

// A list of `rows` lines with a field and two buttons under it, as the sidebar and the timeline.
QWidget *listPane(int rows, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(new QLineEdit(pane));
    auto *model = new QStandardItemModel(rows, 1, pane);
    for (int i = 0; i < rows; ++i)
        model->setItem(i, new QStandardItem(QStringLiteral("Row %1 of the list").arg(i)));
    auto *list = new QListView(pane);
    list->setModel(model);
    layout->addWidget(list);
    layout->addWidget(new QPushButton(QStringLiteral("Add"), pane));
    layout->addWidget(new QPushButton(QStringLiteral("Remove"), pane));
    return pane;
}

// Qt's widgets in the layout of Unfold's window: menus, the relationships (20) and sessions (180)
// lists, five tabs of which the first, shown, holds a form and a table of the session's entries.
std::unique_ptr<QMainWindow> skeletonWindow()
{
    auto window = std::make_unique<QMainWindow>();
    for (int m = 0; m < 7; ++m) {
        QMenu *menu = window->menuBar()->addMenu(QStringLiteral("Menu %1").arg(m));
        for (int a = 0; a < 9; ++a)
            menu->addAction(QStringLiteral("Action %1").arg(a));
    }
    auto *splitter = new QSplitter;
    splitter->addWidget(listPane(20, splitter));
    splitter->addWidget(listPane(180, splitter));
    auto *tabs = new QTabWidget;
    auto *session = new QWidget;
    auto *form = new QFormLayout(session);
    for (int f = 0; f < 4; ++f)
        form->addRow(QStringLiteral("Field %1").arg(f), new QLineEdit);
    auto *choice = new QComboBox;
    choice->addItems({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    form->addRow(QStringLiteral("Choice"), choice);
    auto *entries = new QStandardItemModel(10, 5, session);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 5; ++c)
            entries->setItem(r, c, new QStandardItem(QStringLiteral("Cell %1").arg(c)));
    auto *table = new QTableView;
    table->setModel(entries);
    form->addRow(table);
    tabs->addTab(session, QStringLiteral("Session"));
    for (const char *name : {"Onion", "Charts", "Questionnaires", "Both Sides"})
        tabs->addTab(new QWidget, QString::fromLatin1(name));
    splitter->addWidget(tabs);
    window->setCentralWidget(splitter);
    window->statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Status")));
    return window;
}

// The application, noting when the watched window's first exposure has been handled: the first
// frame is painted and flushed to the window system while it is. Work the window leaves for after
// its first frame (the desktop's icons, say) is not in the time to the first shown frame.
class ClockedApplication final : public QApplication
{
public:
    ClockedApplication(int &argc, char **argv, const QElapsedTimer &timer)
        : QApplication(argc, argv), m_timer(timer)
    {}
    double firstFrameMs = -1;

    // From now on, the next exposure of `window` stops the clock; if it is exposed already (a
    // dialog's event loop, while the journal opened, showed it), the frame is painted now.
    void watch(QWidget *window)
    {
        m_watched = window->windowHandle();
        if (m_watched && m_watched->isExposed()) {
            window->repaint();
            stop();
        }
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool handled = QApplication::notify(receiver, event);
        if (receiver == m_watched && event->type() == QEvent::Expose && m_watched->isExposed())
            stop();
        return handled;
    }

private:
    void stop()
    {
        if (firstFrameMs < 0)
            firstFrameMs = double(m_timer.nsecsElapsed()) / 1e6;
    }

    const QElapsedTimer &m_timer;
    QWindow *m_watched = nullptr;
};

// One case in this process: the time from before the first widget exists until the window's
// first frame is shown.
int runCase(int argc, char **argv, const QString &mode, const QString &journalPath)
{
    QStandardPaths::setTestModeEnabled(true);
    // Named before anything is read, as Unfold is (GuiMain).
    QCoreApplication::setOrganizationName(QStringLiteral("Unfold"));
    QCoreApplication::setApplicationName(QStringLiteral("Unfold"));
    // A first opening: a copy of the journal, made before the clock starts, which Unfold has not
    // left whole (its change time is new whatever inode it gets). What Unfold remembers of other
    // journals (the decade's) is kept.
    QString path = journalPath;
    if (mode == QLatin1String("first")) {
        path = QFileInfo(journalPath).dir().filePath(QStringLiteral("first-opening.unfold"));
        QFile::remove(path);
        if (!QFile::copy(journalPath, path))
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    // As Unfold starts (GuiMain): once Qt's application is made and prepared, the journal's opening
    // begins on its own thread; the window is made and shown meanwhile, then the journal opened for
    // editing is taken and shown. The floors have no journal.
    std::shared_ptr<JournalOpening::EarlyOpening> early;
    ClockedApplication app(argc, argv, timer);
    std::unique_ptr<QMainWindow> window;
    // Where the time goes: making the application, making the window, waiting for the journal
    // and showing it, then showing the first frame. The floors have no journal to wait for.
    double appMs = double(timer.nsecsElapsed()) / 1e6;
    double windowMs = 0;
    double journalMs = 0;
    if (mode == QLatin1String("bare")) {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QLabel(QStringLiteral("Bare Qt window")));
        windowMs = double(timer.nsecsElapsed()) / 1e6 - appMs;
    } else if (mode == QLatin1String("skeleton")) {
        window = skeletonWindow();
        windowMs = double(timer.nsecsElapsed()) / 1e6 - appMs;
    } else {
        // Given its icon, language, the desktop's colour scheme and theme, as Unfold's is.
        prepareApplication();
        early = JournalOpening::beginOpening(path);
        auto main = std::make_unique<MainWindow>();
        windowMs = double(timer.nsecsElapsed()) / 1e6 - appMs;
        main->resize(1280, 780);
        main->show();
        if (!main->openJournal(path, early.get()))
            return 1;
        journalMs = double(timer.nsecsElapsed()) / 1e6 - appMs - windowMs;
        window = std::move(main);
    }
    window->resize(1280, 780);
    window->show();
    app.watch(window.get());
    const QDeadlineTimer deadline(10'000);
    while (app.firstFrameMs < 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    if (app.firstFrameMs < 0)
        return 1;
    const double ms = app.firstFrameMs;
    QTextStream(stdout) << ms << ' ' << peakMemoryMiB() << ' ' << appMs << ' ' << windowMs << ' ' << journalMs
                        << Qt::endl;
    return 0;
}

struct Figures
{
    double ms = 0;
    double mib = 0;
    // The phases, as runCase prints them: application, window, journal, first frame.
    double phases[4] = {};
};

// One case's figures, each field the median over its runs.
struct Case
{
    explicit Case(QStringList caseArguments) : arguments(std::move(caseArguments)) {}
    QStringList arguments;
    QList<double> fields[5];
    bool failed = false;

    Figures median() const
    {
        if (failed)
            return {};
        const auto middle = [](QList<double> values) {
            std::sort(values.begin(), values.end());
            return values.at(values.size() / 2);
        };
        Figures figures{middle(fields[0]), middle(fields[1]), {}};
        for (int p = 0; p < 3; ++p)
            figures.phases[p] = middle(fields[p + 2]);
        figures.phases[3] = figures.ms - figures.phases[0] - figures.phases[1] - figures.phases[2];
        return figures;
    }
};

// Runs every case `runs` times, in rounds of one run of each: a machine that slows down or speeds up
// during the benchmark (another program, the CPU's clock) then weighs on each case alike, not on the
// case that happened to run in that stretch.
void runInRounds(const QString &program, QList<Case *> cases, int runs)
{
    for (int round = 0; round < runs; ++round) {
        for (Case *one : cases) {
            if (one->failed)
                continue;
            // As a start from the desktop, on a quiet machine: the previous case's process and the
            // X server's clean-up after it have finished.
            QThread::msleep(200);
            QProcess process;
            process.start(program, one->arguments);
            process.waitForFinished(60000);
            const QList<QByteArray> printed = process.readAllStandardOutput().trimmed().split(' ');
            if (process.exitCode() != 0 || printed.size() != qsizetype(std::size(one->fields))) {
                QTextStream(stderr) << "case " << one->arguments.join(u' ')
                                    << " failed: " << process.readAllStandardError() << Qt::endl;
                one->failed = true;
                continue;
            }
            for (int f = 0; f < int(std::size(one->fields)); ++f)
                one->fields[f].append(printed.at(f).toDouble());
        }
    }
}

QString phasesOf(const Figures &figures)
{
    return QStringLiteral("app %1 + window %2 + journal %3 + first frame %4 ms")
        .arg(figures.phases[0], 0, 'f', 1)
        .arg(figures.phases[1], 0, 'f', 1)
        .arg(figures.phases[2], 0, 'f', 1)
        .arg(figures.phases[3], 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QByteArray first = argc >= 2 ? QByteArray(argv[1]) : QByteArray();
    if (first == "bare" || first == "skeleton" || first == "journal" || first == "first")
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
    constexpr int runs = 11;
    const QString self = QCoreApplication::applicationFilePath();
    Case bareCase({QStringLiteral("bare")});
    Case skeletonCase({QStringLiteral("skeleton")});
    Case firstCase({QStringLiteral("first"), heavy});
    Case journalCase({QStringLiteral("journal"), heavy});
    Case decadeCase({QStringLiteral("journal"), QString::fromLocal8Bit(first)});
    QList<Case *> cases{&bareCase, &skeletonCase, &firstCase, &journalCase};
    if (!first.isEmpty())
        cases.append(&decadeCase);
    runInRounds(self, cases, runs);
    const Figures bare = bareCase.median();
    const Figures skeleton = skeletonCase.median();
    const Figures unchecked = firstCase.median();
    const Figures unfold = journalCase.median();
    QTextStream out(stdout);
    out << "Start to first shown frame, median of " << runs
        << " runs, in rounds of one run of each case (platform " << qgetenv("QT_QPA_PLATFORM") << "):\n";
    const auto line = [&out](const char *what, const Figures &figures) {
        out << QStringLiteral("  %1 %2 ms  peak %3 MiB   (%4)\n")
                   .arg(QString::fromLatin1(what), -30)
                   .arg(figures.ms, 7, 'f', 1)
                   .arg(figures.mib, 6, 'f', 1)
                   .arg(phasesOf(figures));
    };
    line("bare Qt window", bare);
    line("Qt's widgets, Unfold's layout", skeleton);
    line("Unfold, heavy journal", unfold);
    line("  its first opening, checked", unchecked);
    out << QStringLiteral(
               "  ratio Unfold/bare              %1 ×   (goal: at most 2 ×; peak goal: at most 60 MiB)\n")
               .arg(unfold.ms / bare.ms, 7, 'f', 2);
    out << QStringLiteral("  ratio Unfold/Qt's widgets      %1 ×   (what the window's own work costs)\n")
               .arg(unfold.ms / skeleton.ms, 7, 'f', 2);
    out << QStringLiteral("  ratio first opening/bare       %1 ×   (every page and record checked, as after "
                          "another program wrote the journal)\n")
               .arg(unchecked.ms / bare.ms, 7, 'f', 2);
    if (!first.isEmpty()) {
        line("Unfold, decade journal", decadeCase.median());
        out << "  (decade goal: under 1000 ms, 200 MiB)\n";
    }
    return 0;
}
