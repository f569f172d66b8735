// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a keyboard user needs of the widget that has focus after each key: that it shows, can be
// used, is on the tab that is showing, is named for a screen reader, and looks different for
// having focus. Shared by the keyboard-only walks of the UI tests.
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

#include <functional>

namespace unfold::testing {

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// The first child of `root` of type T with the accessible name `name`.
template <typename T> T *findNamed(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        // A label whose text changes has no fixed accessible name (a screen reader reads its
        // text); its object name finds it.
        if (widget->accessibleName() == name ||
            (widget->accessibleName().isEmpty() && widget->objectName() == name))
            return widget;
    }
    return nullptr;
}

// The key that goes with a text's mnemonic (the letter after '&'), as Alt+key reaches it.
inline Qt::Key mnemonicKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return Qt::Key(text.at(i + 1).toUpper().unicode());
        }
    }
    return Qt::Key_unknown;
}

// A path of class names and accessible names, to say which widget a failure is about.
inline QString describeWidget(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(no widget)");
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString step = QString::fromLatin1(w->metaObject()->className());
        if (!w->accessibleName().isEmpty())
            step += QStringLiteral("[%1]").arg(w->accessibleName());
        path.prepend(step);
    }
    return path.join(QStringLiteral(" > "));
}

// What a screen reader announces for the widget. A combo box reads out its current item, which
// says nothing of what is chosen there: it counts as named only with a name or a label of its own.
inline QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return QString();
    if (qobject_cast<QComboBox *>(widget)) {
        if (!widget->accessibleName().trimmed().isEmpty())
            return widget->accessibleName().trimmed();
        const auto labels = accessible->relations(QAccessible::Label);
        return labels.isEmpty() || !labels.first().first ? QString()
                                                         : labels.first().first->text(QAccessible::Name);
    }
    return accessible->text(QAccessible::Name).trimmed();
}

// Empty when the focus widget is fine; otherwise what is wrong with it. `tabs`, when given, is
// the tab widget whose current page the focus must be on if it is inside the tab widget at all.
inline QString focusProblem(QTabWidget *tabs = nullptr)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return QStringLiteral("nothing has focus");
    const QString who = describeWidget(focus);
    if (!focus->isVisible())
        return QStringLiteral("focus is on a hidden widget: ") + who;
    if (focus->visibleRegion().isEmpty())
        return QStringLiteral("focus is on a widget scrolled or clipped out of sight: ") + who;
    if (!focus->isEnabled())
        return QStringLiteral("focus is on a disabled widget: ") + who;
    if (tabs && tabs->isAncestorOf(focus) && !tabs->tabBar()->isAncestorOf(focus) &&
        focus != tabs->tabBar() && !tabs->currentWidget()->isAncestorOf(focus))
        return QStringLiteral("focus is on a tab that is not showing: ") + who;
    if (spokenName(focus).isEmpty())
        return QStringLiteral("focus is on a widget without an accessible name: ") + who;
    return QString();
}

// Presses a key on the focus widget and says whether the widget that has focus afterwards looks
// different for having it: the frame (or other mark) a sighted keyboard user follows. Each
// widget that could take focus is pictured before the key and compared with itself after, so
// scrolling does not matter and nothing is disturbed. Says nothing when focus stays on the same
// widget or goes to one that was not showing before (a page or dialog that the key opened).
inline QString keyShowingFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // What the event loop would have done before a person's next key: widgets put in a layout
    // show only then.
    QCoreApplication::processEvents();
    QWidget *before = QApplication::focusWidget();
    if (!before)
        return QStringLiteral("nothing has focus before the key");
    QHash<QWidget *, QImage> unfocused;
    const QList<QWidget *> all = before->window()->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget != before && widget->focusPolicy() != Qt::NoFocus && widget->isVisible())
            unfocused.insert(widget, widget->grab().toImage());
    }
    QTest::keyClick(before, key, modifiers);
    QWidget *after = QApplication::focusWidget();
    if (!after)
        return QStringLiteral("nothing has focus after the key");
    const auto was = unfocused.constFind(after);
    if (was == unfocused.cend() || !after->isVisible())
        return QString();
    if (after->grab().toImage() == *was)
        return QStringLiteral("focus does not show on ") + describeWidget(after);
    return QString();
}

// Presses Tab through `tab` (which checks each stop) until `target` has focus, `most` times at
// most; fails the test if it never gets there.
inline void tabTo(QWidget *target, const std::function<void()> &tab, int most = 40)
{
    for (int i = 0; i < most && focused() != target; ++i) {
        tab();
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(focused() == target, qPrintable(QStringLiteral("Tab never reached ") + describeWidget(target) +
                                             QStringLiteral("; focus is on ") + describeWidget(focused())));
}

} // namespace unfold::testing
