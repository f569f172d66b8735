// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace unfold {

class ChartsView;
class EditHistory;
class IdleWatch;
class Journal;
class LazyTab;
class OnionView;
class PerceptionView;
class QuestionnairesView;
class RelationshipSidebar;
class SessionEditor;
class SessionTimeline;
class UnlockScreen;
class WelcomeBar;
class DefaultNamesBar;
namespace JournalOpening {
class EarlyOpening;
}

// Unfold's window: relationships on the left, the selected relationship's sessions in the
// middle, and on the right the session editor beside the Onion, Charts and Questionnaires views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow();
    ~MainWindow() override;

    // Opens the journal at `path`, telling the user about any problem. False keeps the
    // current journal.
    // With `early` (begun at start while this window was built) its result is taken.
    bool openJournal(const QString &path, JournalOpening::EarlyOpening *early = nullptr);
    void setJournal(std::unique_ptr<Journal> journal);
    // Shows the welcome above the window (for the demo journal) until it is closed or another
    // journal opens.
    void showWelcome();
    WelcomeBar *welcomeBar() const { return m_welcome; }
    DefaultNamesBar *defaultNamesBar() const { return m_defaultNamesBar; }
    Journal *journal() const { return m_journal.get(); }

    // Where the user is: the relationship, the session and the tab in front. Locking keeps it to
    // come back to, and a window made in another language starts there.
    struct Place
    {
        qint64 relationship = 0;
        qint64 session = 0;
        int tab = 0;
    };
    Place place() const;
    void goTo(const Place &place);
    // After the language changed: offers to give the journal's default topics and layers, named
    // in the language it was started in, their names in the language in use (one undoable step).
    void offerDefaultNames();
    // Names the journal's untouched defaults in the language in use, all or nothing, as one undo step.
    void nameDefaults();
    // The quiet offer of the same, on opening a journal (see DefaultNamesBar).
    void showDefaultNamesBar();
    // Lets go of the journal without closing it, for the window that takes over (WindowLanguage).
    std::unique_ptr<Journal> takeJournal();

    EditHistory &history() const { return *m_history; }
    RelationshipSidebar *sidebar() const { return m_sidebar; }
    SessionTimeline *timeline() const { return m_timeline; }
    SessionEditor *sessionEditor() const { return m_sessionEditor; }
    // File › Save a Copy once the file is chosen; says a failure in a message box.
    bool saveCopyTo(const QString &path);
    // The views behind the other tabs, made when first asked for (LazyTab).
    OnionView *onionView();
    ChartsView *chartsView();
    QuestionnairesView *questionnairesView();
    PerceptionView *perceptionView();

    // The partner's account (in MainWindowPartner.cpp): share this relationship with the partner,
    // and import what they shared, for the relationship in view.
    void shareWithPartner();
    void importPartnerAccount(const QString &path = {});

    // Encrypted journals (in MainWindowPrivacy.cpp). Locking closes the journal, so its key is
    // wiped, and shows only the unlock screen until the passphrase opens it again.
    void lock();
    bool isLocked() const { return !m_lockedPath.isEmpty(); }
    void unlock(const QString &passphrase);
    // Made when the journal is first locked (a journal that is never locked never needs it).
    UnlockScreen *unlockScreen();
    IdleWatch *idleWatch() const { return m_idle; }
    void encryptJournal();
    void changePassphrase();

protected:
    // A backup still being made ends before the window closes, and its failure is told then.
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // Settings chose another language: Qt's widgets keep the words they were made with, so the
    // window is made again in it (WindowLanguage, connected where the window is made).
    void languageChosen();

private:
    void createMenus();
    void newJournal();
    void chooseJournal();
    void saveCopy();
    void editTopicsAndLayers();
    void showSettings();
    void showAbout();
    QString helpSection() const; // the user guide's section about the tab in front
    void focusIntoView(QWidget *view);
    enum class Picture
    {
        Export,
        Copy,
        Print
    };
    void actOnPicture(Picture what); // on the chart or the onion, whichever is in front
    void rebuildRecentMenu();
    void updateTitle();
    void showEditFailure(const QString &message);
    void relationshipChanged(qint64 relationshipId);
    void sessionChanged(qint64 sessionId);
    void openSession(qint64 sessionId);
    void refreshView(QWidget *view);
    void createPrivacy(QMenu *journalMenu);
    void updatePrivacyActions();
    void offerToRemovePlainCopies(const QStringList &copies);
    void createPartnerActions(QMenu *relationshipMenu);
    void updatePartnerActions();

    std::unique_ptr<Journal> m_journal;
    EditHistory *m_history;
    RelationshipSidebar *m_sidebar;
    SessionTimeline *m_timeline;
    SessionEditor *m_sessionEditor;
    LazyTab *m_onionTab;
    LazyTab *m_chartsTab;
    LazyTab *m_questionnairesTab;
    LazyTab *m_perceptionTab;
    QAction *m_share = nullptr;
    QAction *m_importPartner = nullptr;
    QAction *m_removePartner = nullptr;
    QTabWidget *m_views;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_topicsLayers = nullptr;
    QList<QAction *> m_pictureActions;
    // What the views show now: selection signals often repeat, and each view load reads the journal.
    qint64 m_shownRelationship = -1;
    qint64 m_shownSession = -1;
    // The relationship (and session) each view last loaded.
    QHash<QWidget *, std::pair<qint64, qint64>> m_viewShows;
    QLabel *m_status;

    QStackedWidget *m_pages;
    WelcomeBar *m_welcome = nullptr;
    DefaultNamesBar *m_defaultNamesBar = nullptr;
    int m_defaultNamesAsk = 0; // counts the offers of default names; a waiting one checks it is the latest
    UnlockScreen *m_unlockScreen = nullptr;
    IdleWatch *m_idle;
    QAction *m_encrypt = nullptr;
    QAction *m_changePassphrase = nullptr;
    QAction *m_lock = nullptr;
    // While locked: which journal, and what was on screen, to bring back on unlock.
    QString m_lockedPath;
    bool m_lockedReadOnly = false;
    Place m_lockedPlace;
};

} // namespace unfold
