// SPDX-License-Identifier: GPL-3.0-or-later
// Every widget that can take keyboard focus, in the window's every tab and in every dialog,
// tells assistive technology its name and what it is for. Checked through Qt's accessibility
// interfaces, so a button's text or a label's buddy counts exactly when a screen reader hears it.
// And no two things showing at once answer to the same Alt+letter, in any shipped language:
// Qt would cycle between them instead of doing what the user asked.

#include "ClientHistoryDialog.h"
#include "DemoJournal.h"
#include "EditHistory.h"
#include "ExportPictureDialog.h"
#include "GuidedSessionWizard.h"
#include "HandOverFlow.h"
#include "InstrumentLibrary.h"
#include "Journal.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuestionnaireForm.h"
#include "RelationshipDialog.h"
#include "RelationshipSidebar.h"
#include "SessionEditor.h"
#include "SettingsDialog.h"
#include "TopicsLayersDialog.h"
#include "UserGuideDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace unfold;

namespace {

QString describe(const QWidget *widget, const QWidget *window)
{
    QStringList path;
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        QString step = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            step += u'#' + w->objectName();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        const QString name = !w->accessibleName().isEmpty() ? w->accessibleName()
                             : accessible                   ? accessible->text(QAccessible::Name)
                                                            : QString();
        if (!name.isEmpty())
            step += QStringLiteral("[%1]").arg(name);
        path.prepend(step);
    }
    path.prepend(QString::fromLatin1(window->metaObject()->className()));
    return path.join(QStringLiteral(" > "));
}

// The page of each tab or stack between `widget` and `window` is made current, so `widget`
// shows.
void reveal(QWidget *widget, QWidget *window)
{
    for (QWidget *child = widget; child && child != window; child = child->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(child->parentWidget())) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(child);
            else
                stack->setCurrentWidget(child);
        }
    }
}

// Whether the parent speaks for this widget: a spin box's or combo box's own editor, which
// hands its focus to the parent or takes the parent's.
bool spokenForByParent(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent || parent->focusPolicy() == Qt::NoFocus)
        return false;
    return widget->focusProxy() == parent || parent->focusProxy() == widget;
}

// What a screen reader calls the widget. On Linux a combo box's accessible name is its current
// item, which says nothing of what is chosen there: it needs a name of its own, or a label.
QString nameOf(QWidget *widget, QAccessibleInterface *accessible)
{
    if (!accessible)
        return QString();
    if (qobject_cast<QComboBox *>(widget))
        return !widget->accessibleName().trimmed().isEmpty() ||
                       !accessible->relations(QAccessible::Label).isEmpty()
                   ? QStringLiteral("named")
                   : QString();
    return accessible->text(QAccessible::Name).trimmed();
}

// The Alt+letter each visible widget of `window` answers to, with who answers.
QMultiMap<QKeySequence, QString> mnemonicsShowing(QWidget *window)
{
    QMultiMap<QKeySequence, QString> found;
    auto note = [&](const QString &text, const QString &who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key, who + QStringLiteral(" \"") + text + u'"');
    };
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text(), QStringLiteral("button"));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text(), QStringLiteral("label"));
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            note(box->title(), QStringLiteral("group"));
        else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i))
                    note(bar->tabText(i), QStringLiteral("tab"));
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menus->actions())
                if (action->isVisible())
                    note(action->text(), QStringLiteral("menu"));
        }
    }
    return found;
}

class Walk
{
public:
    explicit Walk(QWidget *window) : m_window(window) {}

    // Looks at every focusable widget now showing in the window.
    void lookAtWhatShows()
    {
        const QList<QWidget *> all = m_window->findChildren<QWidget *>();
        for (QWidget *widget : all) {
            // Disabled widgets too: they are announced, and enabled soon enough.
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window) ||
                spokenForByParent(widget) || m_seen.contains(widget))
                continue;
            m_seen.insert(widget);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = nameOf(widget, accessible);
            const QString description =
                accessible ? accessible->text(QAccessible::Description).trimmed() : QString();
            if (name.isEmpty())
                m_problems.append(QStringLiteral("no name: ") + describe(widget, m_window));
            if (description.isEmpty())
                m_problems.append(QStringLiteral("no description: ") + describe(widget, m_window));
        }
        for (QWidget *widget : all) {
            if (!widget->isVisibleTo(m_window) || m_seenNamed.contains(widget))
                continue;
            m_seenNamed.insert(widget);
            // A label is heard by its text; a fixed name would be heard instead, and what the
            // label says as it changes ("Not logged: …", the time left) never.
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty() &&
                                                              !label->accessibleName().isEmpty() &&
                                                              label->accessibleName() != label->text())
                m_problems.append(QStringLiteral("a label named over its text: ") +
                                  describe(widget, m_window));
            // An editable combo box is typed into through its line edit, which a screen reader
            // announces by the line edit's own name.
            if (auto *combo = qobject_cast<QComboBox *>(widget);
                combo && combo->isEditable() && combo->lineEdit()->accessibleName().trimmed().isEmpty())
                m_problems.append(QStringLiteral("no name on the typing field: ") +
                                  describe(widget, m_window));
        }
        const QMultiMap<QKeySequence, QString> mnemonics = mnemonicsShowing(m_window);
        for (const QKeySequence &key : mnemonics.uniqueKeys()) {
            QStringList who = mnemonics.values(key);
            if (who.size() < 2)
                continue;
            who.sort();
            const QString clash = key.toString() + QStringLiteral(": ") + who.join(QStringLiteral(", "));
            if (!m_problems.contains(QStringLiteral("mnemonic clash: ") + clash))
                m_problems.append(QStringLiteral("mnemonic clash: ") + clash);
        }
    }

    // Every page of every tab and stack in turn.
    void lookEverywhere()
    {
        lookAtWhatShows();
        const QList<QStackedWidget *> stacks = m_window->findChildren<QStackedWidget *>();
        for (QStackedWidget *stack : stacks) {
            for (int i = 0; i < stack->count(); ++i) {
                reveal(stack->widget(i), m_window);
                QCoreApplication::processEvents();
                lookAtWhatShows();
            }
        }
    }

    QStringList problems() const { return m_problems; }
    qsizetype looked() const { return m_seen.size(); }

private:
    QWidget *m_window;
    QSet<QWidget *> m_seen;
    QSet<QWidget *> m_seenNamed;
    QStringList m_problems;
};

void paintNothing(QPainter &, const QSizeF &) {}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Journal> openDemo()
    {
        JournalProblem problem;
        auto journal =
            Journal::open(m_dir.filePath(QStringLiteral("demo.unfold")), JournalStore::Access::ReadWrite,
                          m_dir.filePath(QStringLiteral("backups")), &problem);
        if (!journal)
            qWarning("%s", qPrintable(problem.message));
        return journal;
    }

    void check(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        Walk walk(window);
        walk.lookEverywhere();
        QVERIFY(walk.looked() > 0);
        // One line each: a single message would be cut short.
        for (const QString &problem : walk.problems())
            qWarning("%s", qPrintable(problem));
        QVERIFY2(walk.problems().isEmpty(),
                 qPrintable(QStringLiteral("%1 problems with names, descriptions or "
                                           "mnemonics among %2 focusable widgets (listed above)")
                                .arg(walk.problems().size())
                                .arg(walk.looked())));
    }

    std::unique_ptr<QTranslator> m_translator;

    // Every test runs in each shipped language: translations bring their own mnemonics.
    static void inEachLanguage()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Language::available())
            QTest::newRow(qPrintable(language)) << language;
    }

private Q_SLOTS:
    void init()
    {
        QFETCH(QString, language);
        if (language == QLatin1String("en"))
            return;
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/unfold_%1.qm").arg(language)));
        QCoreApplication::installTranslator(m_translator.get());
    }

    void cleanup()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_accessibility"));
        QString error;
        QVERIFY2(DemoJournal::write(m_dir.filePath(QStringLiteral("demo.unfold")),
                                    DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
    }

    void mainWindow_data() { inEachLanguage(); }
    void mainWindow()
    {
        auto journal = openDemo();
        QVERIFY(journal);
        MainWindow window;
        window.setJournal(std::move(journal));
        check(&window);
    }

    // Tab walks the real window round, on every tab, and reaches every control on the way: no
    // table keeps it in its cells, and nothing is left out of the chain.
    void tabReachesEveryControlOnEveryTab_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void tabReachesEveryControlOnEveryTab()
    {
        auto journal = openDemo();
        QVERIFY(journal);
        qint64 shared = 0; // the relationship with every view filled, Both Sides too
        for (const Relationship &r : journal->relationships())
            shared = journal->partnerAccount(r.id) ? r.id : shared;
        QVERIFY(shared != 0);
        MainWindow window;
        window.setJournal(std::move(journal));
        window.sidebar()->selectRelationship(shared);
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget *tabs = nullptr;
        for (QTabWidget *t : window.findChildren<QTabWidget *>())
            tabs = t->indexOf(window.sessionEditor()) >= 0 ? t : tabs;
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            QSet<QWidget *> expected;
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                if (widget->isVisibleTo(&window) && widget->isEnabled() &&
                    (widget->focusPolicy() & Qt::TabFocus) && !spokenForByParent(widget) &&
                    !widget->focusProxy() && widget->window() == &window)
                    expected.insert(widget); // (a widget with a focus proxy is reached through it)
            }
            QWidget *start = tabs->tabBar();
            start->setFocus(Qt::TabFocusReason);
            QCOMPARE(QApplication::focusWidget(), start);
            QSet<QWidget *> reached{start};
            bool round = false;
            for (int step = 0; step < 400 && !round; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *now = QApplication::focusWidget();
                QVERIFY(now);
                round = now == start;
                reached.insert(now);
            }
            QVERIFY2(round,
                     qPrintable(QStringLiteral("Tab did not come round on tab %1").arg(tabs->tabText(tab))));
            QStringList missing;
            for (QWidget *widget : std::as_const(expected))
                if (!reached.contains(widget))
                    missing.append(describe(widget, &window));
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("on tab %1, Tab never reaches:\n%2")
                                                       .arg(tabs->tabText(tab), missing.join(u'\n'))));
        }
    }

    // A 1366×768 laptop, or 200 % scaling on a 2800×1800 screen (1400×900 logical), shows the
    // whole window: nothing may insist on more room than that.
    void mainWindowFitsASmallScreen_data() { inEachLanguage(); }
    void mainWindowFitsASmallScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry")); // as on a first start
        auto journal = openDemo();
        QVERIFY(journal);
        MainWindow window;
        window.setJournal(std::move(journal));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1300 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("the window needs at least %1×%2")
                                .arg(minimum.width())
                                .arg(minimum.height())));
        const QRect available = window.screen()->availableGeometry();
        // The first size is no bigger than the screen, unless the window cannot be that small
        // (the offscreen test screen is 800×600).
        QVERIFY(window.width() <= std::max(available.width(), minimum.width()));
        QVERIFY(window.height() <= std::max(available.height(), minimum.height()));
    }

    void dialogs_data() { inEachLanguage(); }
    void dialogs()
    {
        auto journal = openDemo();
        QVERIFY(journal);
        EditHistory history;
        {
            SettingsDialog dialog;
            check(&dialog);
        }
        {
            RelationshipDialog dialog(*journal, std::nullopt);
            check(&dialog);
        }
        {
            RelationshipDialog dialog(*journal, journal->relationships().first());
            check(&dialog);
        }
        {
            TopicsLayersDialog dialog(*journal, history);
            check(&dialog);
        }
        {
            ExportPictureDialog dialog(&paintNothing, QStringLiteral("picture"), QStringLiteral("picture"));
            check(&dialog);
        }
        {
            UserGuideDialog dialog;
            check(&dialog);
        }
        {
            HandOverFlow flow;
            check(&flow);
        }
        {
            GuidedSessionWizard wizard(*journal, history, journal->relationships().first().id, nullptr,
                                       m_dir.filePath(QStringLiteral("protocols")));
            check(&wizard);
        }
        {
            ClientHistoryDialog dialog(*journal, journal->relationships().first().id);
            check(&dialog);
        }
    }

    // Every shipped questionnaire, so each kind of answer (choices, sliders, circles) is seen.
    void questionnaires_data() { inEachLanguage(); }
    void questionnaires()
    {
        const InstrumentLibrary library(m_dir.filePath(QStringLiteral("instruments")));
        QVERIFY(!library.instruments().isEmpty());
        for (const Instrument &instrument : library.instruments()) {
            QuestionnaireForm form;
            form.setInstrument(instrument);
            check(&form);
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
