// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowLanguage.h"

#include "Journal.h"
#include "Language.h"
#include "MainWindow.h"
#include "WelcomeBar.h"

#include <QTimer>

namespace unfold::WindowLanguage {

void follow(std::unique_ptr<MainWindow> &window)
{
    // Queued: the old window is still inside its Settings slot when it asks.
    QObject::connect(
        window.get(), &MainWindow::languageChosen, window.get(), [&window] { remake(window); },
        Qt::QueuedConnection);
}

void remake(std::unique_ptr<MainWindow> &window)
{
    Language::install(Language::configured());
    std::unique_ptr<MainWindow> old = std::move(window);
    const MainWindow::Place place = old->place();
    const bool welcome = !old->welcomeBar()->isHidden();
    std::unique_ptr<Journal> journal = old->takeJournal();
    window = std::make_unique<MainWindow>();
    window->restoreGeometry(old->saveGeometry());
    if (journal)
        window->setJournal(std::move(journal));
    window->goTo(place);
    if (welcome)
        window->showWelcome();
    follow(window);
    // The new window shows before the old one goes, so the application never lacks a window.
    window->show();
    window->activateWindow();
    old->hide();
    old.release()->deleteLater();
    // Asked once the new window stands alone, not from inside the old window's signal.
    QTimer::singleShot(0, window.get(), [newWindow = window.get()] { newWindow->offerDefaultNames(); });
}

} // namespace unfold::WindowLanguage
