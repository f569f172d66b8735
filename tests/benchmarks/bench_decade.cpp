// SPDX-License-Identifier: GPL-3.0-or-later
// The decade profile (DESIGN.md §6): a practice's ten years, 1,000,000 disclosures.
// Writes the journal (in a process of its own), then opens it in the real main window and does
// what must stay instant there, printing each figure beside its goal and, where there is one,
// beside a floor measured in the same run:
//   write the journal             goal under 60 s
//   search the client list        goal under 100 ms a keystroke
//   switch client                 goal under 100 ms (onion and charts tab), floor: reading that
//                                 client's sessions and disclosures from the journal
//   scrub the onion               goal 60 frames a second (16.7 ms a frame), on the real widget
//   export a session's report     goal under 2 s, floor: a PDF of as many blank pages
//   first edit of a session       goal under 100 ms, beside the edits after it (the first makes a
//                                 backup of the whole journal, on a thread of its own; an edit
//                                 saved at once after it waits for the disk to take the copy)
//   peak memory of all the above  goal under 200 MiB
//   open the journal              as Unfold left it, and checked whole as after another program
//                                 wrote it (and the closing that remembers it whole)
// Opening to the first frame is bench_startup's, given the same file: it needs a process of its own.
//
//   bench_decade [FILE]   uses FILE when it exists (else writes it; default: a temporary file)
#include "CheckedJournals.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "MainWindow.h"
#include "PeakMemory.h"
#include "RelationshipSidebar.h"
#include "ReportPainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <unistd.h>

using namespace unfold;

namespace {

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Median and worst of `times`.
QString spread(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return QStringLiteral("median %1 ms, worst %2 ms")
        .arg(times.at(times.size() / 2), 0, 'f', 1)
        .arg(times.last(), 0, 'f', 1);
}

void row(QTextStream &out, const QString &what, const QString &figure, const QString &goal)
{
    out << QStringLiteral("  %1 %2  (goal: %3)").arg(what, -26).arg(figure, goal) << Qt::endl;
}

// Everything the window has to do after a change, as a user would wait for it.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 3 && QByteArray(argv[1]) == "write") {
        QCoreApplication app(argc, argv);
        QString error;
        if (!DemoJournal::write(QString::fromLocal8Bit(argv[2]), DemoJournal::Profile::Decade, 1, true,
                                &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("decade.unfold"));

    out << "Decade profile (" << qgetenv("QT_QPA_PLATFORM") << "):" << Qt::endl;
    if (!QFile::exists(path)) {
        QProcess writer;
        const double ms = msOf([&] {
            writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("write"), path});
            writer.waitForFinished(-1);
        });
        if (writer.exitCode() != 0) {
            out << "cannot write the decade journal: " << writer.readAllStandardError() << Qt::endl;
            return 1;
        }
        row(out, QStringLiteral("write the journal"),
            QStringLiteral("%1 s, %2 MB").arg(ms / 1000, 0, 'f', 1).arg(QFile(path).size() / 1e6, 0, 'f', 0),
            QStringLiteral("under 60 s"));
    }

    // Opened first as if another program had written it (every page and record checked), closed
    // by Unfold (which remembers it whole: a checksum of every byte), then opened again as on any
    // later day, its header and schema checked.
    JournalProblem problem;
    std::unique_ptr<Journal> journal;
    QFile::remove(CheckedJournals::recordPath());
    const double checkedMs =
        msOf([&] { journal = Journal::open(path, JournalStore::Access::ReadWrite, QString(), &problem); });
    if (!journal || !journal->store().wasCheckedWhole()) {
        out << "the first opening did not check the journal: " << problem.message << Qt::endl;
        return 1;
    }
    const double closeMs = msOf([&] { journal.reset(); });
    const double openMs =
        msOf([&] { journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem); });
    if (!journal || journal->store().wasCheckedWhole()) {
        out << "the journal Unfold closed was not known whole: " << problem.message << Qt::endl;
        return 1;
    }
    const QList<Relationship> clients = journal->relationships();
    qint64 disclosures = 0;
    for (const Relationship &r : clients)
        disclosures += journal->store().disclosureCount(r.id);
    // The profile's shape is checked, not only timed: a benchmark of the wrong journal says nothing.
    QDate firstDay = QDate::currentDate();
    for (const Relationship &r : clients)
        firstDay = std::min(firstDay, r.started);
    if (clients.size() != 1000 || disclosures != 1000000 || firstDay.daysTo(QDate(2026, 10, 30)) < 9 * 365) {
        out << "not the decade profile: " << clients.size() << " clients, " << disclosures
            << " disclosures, from " << firstDay.toString(Qt::ISODate) << Qt::endl;
        return 1;
    }
    out << "  " << clients.size() << " clients, " << disclosures << " disclosures" << Qt::endl;
    row(out, QStringLiteral("open the journal"),
        QStringLiteral("%1 ms as Unfold left it; %2 ms checked whole (as after another program wrote it), "
                       "and closing it then took %3 ms")
            .arg(openMs, 0, 'f', 0)
            .arg(checkedMs, 0, 'f', 0)
            .arg(closeMs, 0, 'f', 0),
        QStringLiteral("under 1000 ms to the first frame (bench_startup with this file)"));
    Journal *shown = journal.get();
    MainWindow window;
    window.setJournal(std::move(journal));
    window.resize(1280, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    settle();

    // Search: each keystroke of a name, the list filtered as it is typed.
    auto *sidebar = window.findChild<RelationshipSidebar *>();
    auto *search = sidebar->findChild<QLineEdit *>();
    auto *list = sidebar->findChild<QListView *>();
    QList<double> keystrokes;
    const QString typed = QStringLiteral("Noor 37");
    for (qsizetype n = 1; n <= typed.size(); ++n)
        keystrokes.append(msOf([&] {
            search->setText(typed.left(n));
            settle();
        }));
    const int found = list->model()->rowCount();
    keystrokes.append(msOf([&] {
        search->clear();
        settle();
    }));
    row(out, QStringLiteral("search the client list"),
        spread(keystrokes) + QStringLiteral(", %1 of %2 found").arg(found).arg(list->model()->rowCount()),
        QStringLiteral("under 100 ms"));

    // Switch client on the onion and on the charts: 20 clients spread over the ten years.
    auto *tabs = window.findChild<QTabWidget *>();
    QList<qint64> picks;
    for (int i = 0; i < 20; ++i)
        picks.append(clients.at((qsizetype(i) * 997) % clients.size()).id);
    for (const QString &tab : {QStringLiteral("Onion"), QStringLiteral("Charts")}) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(u'&') == tab)
                tabs->setCurrentIndex(i);
        settle();
        QList<double> switches;
        for (const qint64 id : picks)
            switches.append(msOf([&] {
                sidebar->selectRelationship(id);
                settle();
                window.repaint();
            }));
        row(out, QStringLiteral("switch client (%1)").arg(tab.toLower()), spread(switches),
            QStringLiteral("under 100 ms"));
    }
    QList<double> reads;
    for (const qint64 id : picks)
        reads.append(msOf([&] { shown->disclosuresOfRelationship(id); }));
    row(out, QStringLiteral("  floor: read a client"), spread(reads), QStringLiteral("-"));

    // Scrub the onion of the last client shown, step by step over all its sessions.
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(u'&') == QLatin1String("Onion"))
            tabs->setCurrentIndex(i);
    settle();
    auto *slider = tabs->currentWidget()->findChild<QSlider *>();
    QList<double> frames;
    for (int round = 0; round < 3; ++round)
        for (int value = slider->minimum(); value <= slider->maximum(); ++value)
            frames.append(msOf([&] {
                slider->setValue(value);
                tabs->currentWidget()->repaint();
            }));
    row(out, QStringLiteral("scrub the onion"), spread(frames), QStringLiteral("under 16.7 ms a frame"));

    // A session's report as a PDF, beside a PDF of as many blank pages.
    int pages = 0;
    QString error;
    const double reportMs = msOf([&] {
        pages = ReportPainter::writeSessionPdf(dir.filePath(QStringLiteral("report.pdf")), *shown,
                                               picks.last(), 0, false, &error);
    });
    if (pages == 0) {
        out << "report failed: " << error << Qt::endl;
        return 1;
    }
    const double blankMs = msOf([&] {
        QPdfWriter blank(dir.filePath(QStringLiteral("blank.pdf")));
        QPainter painter(&blank);
        for (int page = 1; page < pages; ++page)
            blank.newPage();
    });
    row(out, QStringLiteral("export a report"),
        QStringLiteral("%1 ms for %2 pages (blank pages: %3 ms)")
            .arg(reportMs, 0, 'f', 0)
            .arg(pages)
            .arg(blankMs, 0, 'f', 0),
        QStringLiteral("under 2000 ms"));
    // The first edit of a session, which makes a backup of the whole journal, on a copy of it.
    const QString copyPath = dir.filePath(QStringLiteral("edited.unfold"));
    if (!QFile::copy(path, copyPath)) {
        out << "cannot copy the journal to edit it" << Qt::endl;
        return 1;
    }
    {
        // On the disk before it is edited, or the first save's sync would write the whole copy.
        QFile written(copyPath);
        if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0) {
            out << "cannot sync the copy" << Qt::endl;
            return 1;
        }
    }
    auto edited = Journal::open(copyPath, JournalStore::Access::ReadWrite,
                                dir.filePath(QStringLiteral("backups")), &problem);
    if (!edited) {
        out << problem.message << Qt::endl;
        return 1;
    }
    QList<double> edits;
    for (int i = 0; i < 2; ++i) {
        Person person{0, QStringLiteral("New client %1").arg(i), {}, false};
        edits.append(msOf([&] { edited->savePerson(person); }));
    }
    const double backupMs = msOf([&] { edited->finishBackups(); });
    if (edited->backups()->existingBackups().size() != 1) {
        out << "the first edit made no backup" << Qt::endl;
        return 1;
    }
    Person later{0, QStringLiteral("New client later"), {}, false};
    const double laterMs = msOf([&] { edited->savePerson(later); });
    row(out, QStringLiteral("first edit of a session"),
        QStringLiteral("%1 ms; the next at once, while its backup is copied and synced: %2 ms "
                       "(the backup took %3 ms more); an edit after: %4 ms")
            .arg(edits.first(), 0, 'f', 1)
            .arg(edits.at(1), 0, 'f', 1)
            .arg(backupMs, 0, 'f', 0)
            .arg(laterMs, 0, 'f', 1),
        QStringLiteral("under 100 ms"));
    edited.reset();

    row(out, QStringLiteral("peak memory"), QStringLiteral("%1 MiB").arg(peakMemoryMiB(), 0, 'f', 1),
        QStringLiteral("under 200 MiB"));
    return 0;
}
