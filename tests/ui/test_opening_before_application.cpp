// SPDX-License-Identifier: GPL-3.0-or-later
// An early opening may begin before Qt's application object is made (Unfold began its own there
// once; GuiMain now begins it after, beside the window's making). Here main() below begins the
// opening first: the journal still reaches the window's thread, and is edited and backed up there.
#include "DemoJournal.h"
#include "Journal.h"
#include "JournalOpening.h"
#include "Preferences.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace unfold;

namespace {
// Made in main(), before the application object.
QString journalPath;
std::shared_ptr<JournalOpening::EarlyOpening> begunBeforeTheApplication;
} // namespace

class TestOpeningBeforeApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theJournalBegunBeforeTheApplicationIsTheWindows()
    {
        QVERIFY(begunBeforeTheApplication);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto journal = JournalOpening::open(&window, journalPath, JournalOpening::backgroundOpeningFrom,
                                            begunBeforeTheApplication.get());
        QVERIFY(journal);
        QCOMPARE(journal->thread(), QApplication::instance()->thread());
        QVERIFY(!journal->isReadOnly());
        QCOMPARE(journal->relationships().size(), 4);
        // Events reach it on this thread: its backups report back through them.
        bool reached = false;
        QMetaObject::invokeMethod(
            journal.get(), [&reached] { reached = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(reached);
        Person me = journal->people().constFirst();
        me.name = QStringLiteral("Renamed after an early opening");
        QVERIFY2(journal->savePerson(me), qPrintable(journal->lastError()));
        // The copy made as editing begins, in the journal's own folder of backups.
        const auto backedUp = [] {
            return QDirIterator(Preferences::backupFolder(), QDir::Files, QDirIterator::Subdirectories)
                .hasNext();
        };
        QTRY_VERIFY(backedUp());
        journal.reset();
        JournalProblem problem;
        const auto again = Journal::open(journalPath, JournalStore::Access::ReadOnly, {}, &problem);
        QVERIFY2(again, qPrintable(problem.message));
        QCOMPARE(again->people().constFirst().name, QStringLiteral("Renamed after an early opening"));
    }
};

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_opening_before_application"));
    QTemporaryDir dir;
    journalPath = dir.filePath(QStringLiteral("early.unfold"));
    QString error;
    if (!DemoJournal::write(journalPath, DemoJournal::Profile::Personal, 1, false, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    begunBeforeTheApplication = JournalOpening::beginOpening(journalPath);
    // Opened before the application object exists (the journal moved to a thread with no
    // application yet): the case the timing of a start can give, made certain here.
    while (begunBeforeTheApplication && !begunBeforeTheApplication->isFinished())
        QThread::msleep(1);
    QApplication app(argc, argv);
    TestOpeningBeforeApplication test;
    const int failed = QTest::qExec(&test, argc, argv);
    begunBeforeTheApplication.reset();
    return failed;
}

#include "test_opening_before_application.moc"
