// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiMain.h"

#include "Appearance.h"
#include "CheckedJournals.h"
#include "DemoJournal.h"
#include "DesktopColorScheme.h"
#include "FirstFrame.h"
#include "Journal.h"
#include "JournalOpening.h"
#include "Language.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PrivateFiles.h"
#include "WindowLanguage.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QImageReader>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>

#include <cstdio>

namespace unfold {

namespace {

// Without a display Qt would abort with a terse message; say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The journal to start with: the one asked for, else the last one used, else the default
// journal, else a demo journal written for a first look.
QString startingJournal(const QString &requested, bool *isDemo)
{
    *isDemo = false;
    if (!requested.isEmpty())
        return requested;
    const QString last = QSettings().value(QStringLiteral("lastJournal")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    if (QFileInfo::exists(JournalOpening::defaultJournalPath()))
        return JournalOpening::defaultJournalPath();
    *isDemo = true;
    return JournalOpening::demoJournalPath();
}

} // namespace

int showRefusal(int argc, char **argv, const QString &message, int exitCode)
{
    if (!displayAvailable())
        return exitCode; // the message went to standard error already
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Unfold"));
    QApplication::setApplicationName(QStringLiteral("Unfold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Unfold"));
    QApplication::setDesktopFileName(QStringLiteral(UNFOLD_APP_ID));
    Language::install(Language::configured());
    QMessageBox::warning(nullptr, QApplication::translate("unfold::GuiMain", "Open Journal"), message);
    return exitCode;
}

void prepareApplication()
{
    QApplication::setApplicationDisplayName(QStringLiteral("Unfold"));
    QApplication::setDesktopFileName(QStringLiteral(UNFOLD_APP_ID));
    // The window's icon waits for its first frame: X11 takes it as pixels, and drawing it (at four
    // sizes) held that frame back by 2 ms. Until then an X11 taskbar may show a generic icon for a
    // moment (Wayland takes the icon from the desktop file). Then the installed theme icon where
    // there is one, else the same picture from the resources, drawn at three sizes.
    FirstFrame::afterAny(qApp, [] {
        QIcon own;
        for (const int size : {48, 64, 128})
            own.addFile(QStringLiteral(":/icons/" UNFOLD_APP_ID "-%1.png").arg(size), QSize(size, size));
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(UNFOLD_APP_ID), own));
    });
    Language::install(Language::configured());
    // The desktop's dark or light preference, where a portal tells it; otherwise the platform's look.
    auto *desktopScheme = new DesktopColorScheme(qApp);
    desktopScheme->connectToPortal();
    Appearance::followDesktop(desktopScheme);
    // The first image Qt reads makes it list its image format plugins (reading each plugin's file)
    // and start its PNG reader, and the menu bar reads one as it is made (its extension button's
    // icon): 1.3 ms of the window's making. The app's own icon is read first, here, on the other
    // core, while the first widgets are made; Qt's plugin list is shared by all threads.
    QThreadPool::globalInstance()->start(
        [] { QImageReader(QStringLiteral(":/icons/" UNFOLD_APP_ID "-48.png")).read(); });
}

int runGui(int argc, char **argv, const QString &journal)
{
    if (!displayAvailable()) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "unfold::GuiMain",
                       "Unfold needs a graphical display to show its window, and none was found.\n"
                       "Start it from your desktop, or without a screen with: xvfb-run -a unfold\n"
                       "Commands such as 'unfold demo' and 'unfold check' work without a display; "
                       "see 'unfold --help'.\n")),
                   stderr);
        return 1;
    }
    // Named before Qt's application object is made: settings and folders are read before it.
    QApplication::setOrganizationName(QStringLiteral("Unfold"));
    QApplication::setApplicationName(QStringLiteral("Unfold"));
    QApplication::setApplicationVersion(QStringLiteral(UNFOLD_VERSION));
    Preferences::keepPrivate();
    // A run killed while writing leaves hidden temporary files; they hold journal content (or,
    // in the cache, what Unfold remembers of journals it left whole).
    for (const QString &folder :
         {Preferences::journalFolder(), Preferences::defaultJournalFolder(), Preferences::backupFolder(),
          QFileInfo(CheckedJournals::recordPath()).path()})
        PrivateFiles::removeLeftovers(folder);
    bool isDemo = false;
    const QString path = startingJournal(journal, &isDemo);
    QApplication app(argc, argv);
    prepareApplication();
    // The journal's check reads the whole file while the window's widgets are made: both cores
    // work. Begun before Qt's application, it ran beside Qt's own start, which it made about 2 ms
    // slower, near all it saved; begun now, a problem it finds is worded in the user's language.
    auto early = JournalOpening::beginOpening(path);

    // Held here, not on the stack: choosing another language in Settings puts a new window in its place.
    auto window = std::make_unique<MainWindow>();
    WindowLanguage::follow(window);
    // Shown before the journal opens: a large one opens behind a dialog of its own (with Cancel),
    // which needs the window to stand on, and the window answers from the start.
    window->show();
    if (!QFileInfo::exists(path)) {
        if (isDemo) {
            QString error;
            if (!DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error))
                QMessageBox::warning(window.get(), QApplication::translate("unfold::GuiMain", "Demo Journal"),
                                     error);
        } else if (auto created = JournalOpening::create(window.get(), path)) {
            window->setJournal(std::move(created));
        }
    }
    if (!window->journal() && QFileInfo::exists(path))
        window->openJournal(path, early.get());
    early.reset(); // an opening nobody took (a new journal was made instead) lets go of its lock now
    // The demo opened again on a later start is still the demo: welcome until the user closes it.
    if (window->journal() &&
        QFileInfo(window->journal()->path()) == QFileInfo(JournalOpening::demoJournalPath()) &&
        !QSettings().value(QStringLiteral("welcome/closed")).toBool())
        window->showWelcome();
    return app.exec();
}

} // namespace unfold
