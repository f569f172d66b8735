// SPDX-License-Identifier: GPL-3.0-or-later
// The views part of MainWindow: the views behind the tabs, made when first wanted (LazyTab),
// brought up to date when shown, and the one in front acted on (pictures, help, the keyboard).
#include "MainWindow.h"

#include "ChartsView.h"
#include "LazyTab.h"
#include "OnionView.h"
#include "PerceptionView.h"
#include "QuestionnairesView.h"

#include <QApplication>
#include <QTabWidget>

namespace unfold {

OnionView *MainWindow::onionView()
{
    return static_cast<OnionView *>(m_onionTab->view());
}

ChartsView *MainWindow::chartsView()
{
    return static_cast<ChartsView *>(m_chartsTab->view());
}

QuestionnairesView *MainWindow::questionnairesView()
{
    return static_cast<QuestionnairesView *>(m_questionnairesTab->view());
}

PerceptionView *MainWindow::perceptionView()
{
    return static_cast<PerceptionView *>(m_perceptionTab->view());
}

void MainWindow::refreshView(QWidget *view)
{
    // The onion and charts follow the relationship; the questionnaires also the session.
    const std::pair<qint64, qint64> wanted{m_shownRelationship,
                                           view == m_questionnairesTab ? m_shownSession : 0};
    const auto shown = m_viewShows.constFind(view);
    if (shown != m_viewShows.cend() && *shown == wanted)
        return;
    m_viewShows.insert(view, wanted);
    if (view == m_onionTab) {
        onionView()->setRelationship(m_shownRelationship);
    } else if (view == m_chartsTab) {
        chartsView()->setRelationship(m_shownRelationship);
    } else if (view == m_perceptionTab) {
        perceptionView()->setRelationship(m_shownRelationship);
    } else if (view == m_questionnairesTab) {
        questionnairesView()->setRelationship(m_shownRelationship);
        questionnairesView()->setSession(m_shownSession);
    }
}

void MainWindow::focusIntoView(QWidget *view)
{
    // Alt+letter on a tab, or a click on it, means "work there now": without this, focus
    // stays in the sidebar and the view's first control is many Tab presses away.
    const QWidget *focused = QApplication::focusWidget();
    if (!isVisible() || (focused && view->isAncestorOf(focused)))
        return;
    for (QWidget *w = view->nextInFocusChain(); w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::actOnPicture(Picture what)
{
    // The picture actions act on the Charts tab when it is showing, on the onion otherwise.
    if (m_views->currentWidget() == m_chartsTab) {
        switch (what) {
        case Picture::Export:
            return chartsView()->exportPicture();
        case Picture::Copy:
            return chartsView()->copyPicture();
        case Picture::Print:
            return chartsView()->printPicture();
        }
        return;
    }
    refreshView(m_onionTab);
    switch (what) {
    case Picture::Export:
        return onionView()->exportPicture();
    case Picture::Copy:
        return onionView()->copyPicture();
    case Picture::Print:
        return onionView()->printPicture();
    }
}

QString MainWindow::helpSection() const
{
    const QWidget *view = m_views->currentWidget();
    if (view == m_onionTab)
        return QStringLiteral("onion");
    if (view == m_chartsTab)
        return QStringLiteral("charts");
    if (view == m_questionnairesTab)
        return QStringLiteral("questionnaires");
    return QStringLiteral("logging");
}

} // namespace unfold
