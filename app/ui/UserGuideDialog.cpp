// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace unfold {

namespace {

QToolButton *buttonFor(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(u'&'));
    return button;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Unfold User Guide"));
    resize(760, 640);

    // The guide is local and self-contained: links outside it are neither followed nor fetched.
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setAccessibleDescription(tr("Use Tab to move between links and Enter to follow one."));
    m_browser->setSource(guideUrl());

    auto *contents = new QAction(QIcon::fromTheme(QStringLiteral("go-home")), tr("&Contents"), this);
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    auto *back = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    auto *forward = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(contents, &QAction::triggered, this, [this] { showSection(QStringLiteral("contents")); });
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    auto *navigation = new QHBoxLayout;
    for (QAction *action : {contents, back, forward}) {
        addAction(action);
        navigation->addWidget(buttonFor(action));
    }
    navigation->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the user guide"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("The guide opens again with F1."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(navigation);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

void UserGuideDialog::showSection(const QString &anchor)
{
    // Through setSource rather than scrollToAnchor, so Back returns to where the reader was.
    QUrl url = guideUrl();
    url.setFragment(anchor.isEmpty() ? QStringLiteral("contents") : anchor);
    m_browser->setSource(url);
}

UserGuideDialog *UserGuideDialog::open(QWidget *context, const QString &anchor)
{
    QWidget *window = context ? context->window() : nullptr;
    auto *dialog = window ? window->findChild<UserGuideDialog *>() : nullptr;
    if (!dialog)
        dialog = new UserGuideDialog(window);
    if (!anchor.isEmpty())
        dialog->showSection(anchor);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QUrl UserGuideDialog::guideUrl(const QLocale &locale)
{
    // The same order of preference as the translations: the first of the user's languages
    // that has a guide. English is the guide without a suffix.
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (language == QLatin1String("en"))
            break;
        const QString name = QStringLiteral("/help/guide_%1.html").arg(language);
        if (QFile::exists(u':' + name))
            return QUrl(QStringLiteral("qrc:") + name);
    }
    return QUrl(QStringLiteral("qrc:/help/guide.html"));
}

} // namespace unfold
