// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing another language in Settings changes the window's words at once, without a restart:
// the window is made again in the language, holding the same journal (not reopened), at the same
// relationship, session and tab; and back again.
#include "DefaultNamesBar.h"
#include "DemoJournal.h"
#include "DesktopRecentFiles.h"
#include "EditHistory.h"
#include "Journal.h"
#include "Language.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "RelationshipSidebar.h"
#include "SessionEditor.h"
#include "SessionTimeline.h"
#include "WindowLanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace unfold;

class TestWindowLanguage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Settings › Appearance › Language, chosen as a person does, then OK.
    static void chooseLanguageInSettings(MainWindow *window, const QString &code)
    {
        QTimer::singleShot(0, window, [code] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox *language = nullptr;
            for (auto *box : dialog->findChildren<QComboBox *>())
                language = box->accessibleName() == QLatin1String("Language") ||
                                   box->accessibleName() == QLatin1String("Sprache")
                               ? box
                               : language;
            QVERIFY(language);
            language->setCurrentIndex(language->findData(code));
            QVERIFY(language->currentIndex() >= 0);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    }

    // The tabs of the views (the Session tab among them), whatever their accessible name's language.
    static QTabWidget *views(const MainWindow *window)
    {
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>())
            if (tabs->indexOf(window->sessionEditor()) >= 0)
                return tabs;
        return nullptr;
    }

    // Answers the offer to rename the default names, when it comes, with the button `answer`.
    static void answerDefaultNamesWith(QObject *context, const QString &answer, bool *asked)
    {
        auto *watch = new QTimer(context);
        QObject::connect(watch, &QTimer::timeout, context, [watch, answer, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&') == answer) {
                    *asked = true;
                    watch->deleteLater();
                    button->click();
                    return;
                }
            }
        });
        watch->start(20);
    }

    static QString firstMenu(const MainWindow *window)
    {
        return window->menuBar()->actions().constFirst()->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_window_language"));
        QSettings().clear();
        Language::install(QString());
        m_path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(m_path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Language::install(QString());
    }

    // What can wait comes once the window has shown its first frame: not while it is made, nor at
    // the first turn of the event loop. The desktop's icons for menus and buttons (the first lookup
    // reads the whole icon theme), and remembering the journal it opened (writing the settings
    // file). First of the window's tests: no window of this program has shown a frame yet.
    void whatCanWaitComesAfterTheFirstFrame()
    {
        // A small icon theme of our own, as a desktop has one.
        const QString themes = m_dir.filePath(QStringLiteral("icons"));
        QVERIFY(QDir().mkpath(themes + QStringLiteral("/test/16x16/actions")));
        QFile index(themes + QStringLiteral("/test/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=test\nDirectories=16x16/actions\n\n[16x16/actions]\nSize=16\n");
        index.close();
        const auto themeIcon = [&themes](const char *name, QColor colour) {
            QImage square(16, 16, QImage::Format_ARGB32);
            square.fill(colour);
            return square.save(themes +
                               QStringLiteral("/test/16x16/actions/%1.png").arg(QLatin1String(name)));
        };
        QVERIFY(themeIcon("document-new", Qt::darkGreen));
        QVERIFY(themeIcon("media-playback-start", Qt::darkBlue));
        const QStringList pathsBefore = QIcon::themeSearchPaths();
        const QString themeBefore = QIcon::themeName();
        const auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(pathsBefore);
            QIcon::setThemeName(themeBefore);
        });
        QIcon::setThemeSearchPaths({themes});
        QIcon::setThemeName(QStringLiteral("test"));

        MainWindow window;
        QAction *newJournal = nullptr;
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
            newJournal = action->shortcut() == QKeySequence(QKeySequence::New) ? action : newJournal;
        QVERIFY(newJournal);
        // The onion is made when first wanted; made before the window shows, its icons still wait.
        QVERIFY(window.onionView());
        QToolButton *play = nullptr;
        for (QToolButton *button : window.findChildren<QToolButton *>())
            play = button->accessibleName() == QLatin1String("Play") ? button : play;
        QVERIFY(play);
        JournalProblem problem;
        auto opened = Journal::open(m_path, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(opened, qPrintable(problem.message));
        window.setJournal(std::move(opened));
        const auto lastJournal = [] { return QSettings().value(QStringLiteral("lastJournal")).toString(); };
        QTest::qWait(20); // a zero-time timer would have run by now
        QVERIFY(newJournal->icon().isNull());
        QVERIFY(play->icon().isNull());
        QVERIFY(lastJournal().isEmpty());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(lastJournal(), m_path);
        QTRY_VERIFY(!newJournal->icon().isNull());
        QCOMPARE(newJournal->icon().pixmap(16).toImage().pixelColor(8, 8), QColor(Qt::darkGreen));
        QTRY_VERIFY(!play->icon().isNull());
        QCOMPARE(play->icon().pixmap(16).toImage().pixelColor(8, 8), QColor(Qt::darkBlue));
    }

    void theWindowChangesLanguageAndStaysWhereItWas()
    {
        JournalProblem problem;
        auto opened = Journal::open(m_path, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(opened, qPrintable(problem.message));
        const Journal *journal = opened.get();
        auto window = std::make_unique<MainWindow>();
        WindowLanguage::follow(window);
        window->setJournal(std::move(opened));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(firstMenu(window.get()), QStringLiteral("&File"));
        // Somewhere other than where the window starts: the third relationship, its second
        // session, the Charts tab.
        const QList<Relationship> relationships = journal->relationships();
        window->sidebar()->selectRelationship(relationships.at(2).id);
        const qint64 session = journal->sessionSummaries(relationships.at(2).id).at(1).session.id;
        window->timeline()->selectSession(session);
        views(window.get())->setCurrentIndex(2);
        const MainWindow::Place before = window->place();
        QCOMPARE(before.relationship, relationships.at(2).id);
        QCOMPARE(before.session, session);
        const QPointer<MainWindow> old = window.get();

        // The demo's topics were named in English: the German window offers German names.
        bool asked = false;
        answerDefaultNamesWith(this, QStringLiteral("Umbenennen"), &asked);
        chooseLanguageInSettings(window.get(), QStringLiteral("de"));
        QTRY_VERIFY(old.isNull()); // the old window is gone
        QTRY_VERIFY(asked);
        QCOMPARE(journal->topics().first().name, QStringLiteral("Interessen & Hobbys"));
        QCOMPARE(journal->layers().last().name, QStringLiteral("Kern"));
        // One step of the history takes them all back, and brings them again.
        window->history().stack()->undo();
        QCOMPARE(journal->topics().first().name, QStringLiteral("Interests & hobbies"));
        QCOMPARE(journal->layers().last().name, QStringLiteral("Core"));
        window->history().stack()->redo();
        QCOMPARE(journal->topics().first().name, QStringLiteral("Interessen & Hobbys"));
        QVERIFY(window->isVisible());
        QCOMPARE(firstMenu(window.get()), QStringLiteral("&Datei"));
        QCOMPARE(views(window.get())->tabText(0).remove(u'&'), QStringLiteral("Sitzung"));
        QCOMPARE(window->journal(), journal); // the same journal, not opened again
        QVERIFY(!window->journal()->isReadOnly());
        const MainWindow::Place after = window->place();
        QCOMPARE(after.relationship, before.relationship);
        QCOMPARE(after.session, before.session);
        QCOMPARE(after.tab, before.tab);
        // Every word of the status bar in the new language: none left from the old window.
        for (const QLabel *label : window->statusBar()->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("saved as you make it")),
                     qPrintable(label->text()));
        QCOMPARE(Language::configured(), QStringLiteral("de"));
        // German's longer words still fit a 1366 × 768 laptop: on every tab, for every relationship
        // (the one with a partner's account shows one more choice on the onion). The window's
        // frame takes a few pixels a side, a title bar and a desktop panel some 70 in height.
        const QSize laptop(1366 - 16, 768 - 70);
        for (const Relationship &r : relationships) {
            window->sidebar()->selectRelationship(r.id);
            for (int tab = 0; tab < views(window.get())->count(); ++tab) {
                views(window.get())->setCurrentIndex(tab);
                // Once the view has settled (a chart is laid out again for its width after a pause).
                const auto needed = [&window] {
                    return window->minimumSizeHint().expandedTo(window->minimumSize());
                };
                QTest::qWait(200); // the tab's layout reaches the window's minimum size through events
                QTRY_VERIFY2_WITH_TIMEOUT(
                    needed().width() <= laptop.width() && needed().height() <= laptop.height(),
                    qPrintable(QStringLiteral("%1 on tab %2 needs %3 × %4")
                                   .arg(journal->relationshipTitle(r), views(window.get())->tabText(tab))
                                   .arg(needed().width())
                                   .arg(needed().height())),
                    2000);
            }
        }
        window->goTo(before);

        // And back, from the new window's own Settings.
        const QPointer<MainWindow> german = window.get();
        // A window manager gives the window the keyboard back when the question closes; the
        // offscreen platform has none, so the test does.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        asked = false;
        answerDefaultNamesWith(this, QStringLiteral("Keep"), &asked);
        chooseLanguageInSettings(window.get(), QStringLiteral("en"));
        QTRY_VERIFY(german.isNull());
        QTRY_VERIFY(asked);
        QCOMPARE(journal->topics().first().name, QStringLiteral("Interessen & Hobbys")); // kept
        // Answered in the dialog, the question does not come back in the bar once the window shows.
        QTest::qWait(100);
        QVERIFY(!window->defaultNamesBar()->isVisible());
        QCOMPARE(firstMenu(window.get()), QStringLiteral("&File"));
        QCOMPARE(window->journal(), journal);
        QCOMPARE(window->place().relationship, before.relationship);
    }

    void aJournalNamedInAnotherLanguageOffersItsNamesOnOpening()
    {
        Language::install(QString());
        const QString path = m_dir.filePath(QStringLiteral("english.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 2, false, &error),
                 qPrintable(error));
        Language::install(QStringLiteral("de"));
        const auto restore = qScopeGuard([] { Language::install(QString()); });
        const auto openIn = [&path](MainWindow &window) {
            JournalProblem problem;
            auto opened = Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem);
            QVERIFY2(opened, qPrintable(problem.message));
            window.setJournal(std::move(opened));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
        };
        {
            // The German window opens an English journal: the bar offers German names, and
            // taking it names them (one undo step brings the English ones back).
            MainWindow window;
            openIn(window);
            QTRY_VERIFY(window.defaultNamesBar()->isVisible());
            QTest::mouseClick(window.defaultNamesBar()->renameButton(), Qt::LeftButton);
            QVERIFY(!window.defaultNamesBar()->isVisible());
            QCOMPARE(window.journal()->topics().first().name, QStringLiteral("Interessen & Hobbys"));
            window.history().stack()->undo();
            QCOMPARE(window.journal()->topics().first().name, QStringLiteral("Interests & hobbies"));
        }
        {
            // Opened again, still English: offered again; kept, it is not offered for this journal
            // in German any more.
            MainWindow window;
            openIn(window);
            QTRY_VERIFY(window.defaultNamesBar()->isVisible());
            QTest::mouseClick(window.defaultNamesBar()->keepButton(), Qt::LeftButton);
            QVERIFY(!window.defaultNamesBar()->isVisible());
            QCOMPARE(window.journal()->topics().first().name, QStringLiteral("Interests & hobbies"));
        }
        {
            MainWindow window;
            openIn(window);
            QTest::qWait(50);
            QVERIFY(!window.defaultNamesBar()->isVisible());
        }
        // An English window has nothing to offer for an English journal.
        Language::install(QString());
        MainWindow window;
        openIn(window);
        QTest::qWait(50);
        QVERIFY(!window.defaultNamesBar()->isVisible());
    }

    // A journal the window opens is remembered for Open Recent (the latest first), for the next
    // start and in the desktop's recent files, as a file manager shows it. (Not before the first
    // frame: see whatCanWaitComesAfterTheFirstFrame.)
    void anOpenedJournalIsRemembered()
    {
        const QString xbel = DesktopRecentFiles::defaultPath();
        QFile::remove(xbel);
        Preferences::setListInDesktopRecent(true);
        QSettings().remove(QStringLiteral("lastJournal"));
        QSettings().remove(QStringLiteral("recentJournals"));
        const auto lastJournal = [] { return QSettings().value(QStringLiteral("lastJournal")).toString(); };
        const QString other = m_dir.filePath(QStringLiteral("other.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(other, DemoJournal::Profile::Personal, 2, false, &error),
                 qPrintable(error));

        JournalProblem problem;
        auto opened = Journal::open(m_path, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(opened, qPrintable(problem.message));
        MainWindow window;
        window.setJournal(std::move(opened));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(lastJournal(), m_path);
        DesktopRecentFiles::settle();
        QFile list(xbel);
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(xbel));
        const QByteArray listed = list.readAll();
        QVERIFY2(listed.contains(QUrl::fromLocalFile(m_path).toEncoded()), listed.constData());
        QVERIFY(listed.contains("application/x-unfold-journal"));

        // A journal opened in the shown window is remembered too, first in Open Recent.
        QVERIFY(window.openJournal(other));
        QTRY_COMPARE(lastJournal(), other);
        QMenu *recent = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>())
            recent = menu->title() == QLatin1String("Open &Recent") ? menu : recent;
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        const QList<QAction *> entries = recent->actions();
        QVERIFY(entries.size() >= 2);
        QVERIFY2(entries.at(0)->text().contains(QDir::toNativeSeparators(other)),
                 qPrintable(entries.at(0)->text()));
        QVERIFY2(entries.at(1)->text().contains(QDir::toNativeSeparators(m_path)),
                 qPrintable(entries.at(1)->text()));
    }
};

QTEST_MAIN(TestWindowLanguage)
#include "test_window_language.moc"
