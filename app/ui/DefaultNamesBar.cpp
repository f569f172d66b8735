// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultNamesBar.h"

#include "Language.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace unfold {

DefaultNamesBar::DefaultNamesBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Default names"));
    const QString language = Language::nameInUse();
    auto *text = new QLabel(tr("This journal's default topics and layers are named in another language. "
                               "Name them in %1? Names you chose yourself stay as they are.")
                                .arg(language));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_rename = new QPushButton(tr("Name Them in %1").arg(language));
    m_rename->setAccessibleDescription(
        tr("Renames the untouched default topics and layers; Edit › Undo brings the old names back."));
    m_keep = new QPushButton(tr("Keep as They Are"));
    m_keep->setAccessibleDescription(tr("Leaves the names and does not ask again for this journal."));
    connect(m_rename, &QPushButton::clicked, this, &DefaultNamesBar::renameChosen);
    connect(m_keep, &QPushButton::clicked, this, &DefaultNamesBar::keepChosen);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_rename);
    layout->addWidget(m_keep);
}

namespace DefaultNamesKept {

namespace {
const QString key = QStringLiteral("defaultNames/kept");
constexpr int remembered = 50;

// One entry per journal and language: the window's language by its own name, then the path.
QString entry(const QString &journalPath)
{
    // The same file by whatever path it was opened (relative, through a link).
    const QFileInfo file(journalPath);
    const QString canonical = file.canonicalFilePath();
    return Language::nameInUse() + u'\n' + (canonical.isEmpty() ? file.absoluteFilePath() : canonical);
}
} // namespace

void remember(const QString &journalPath)
{
    if (journalPath.isEmpty())
        return;
    QStringList kept = QSettings().value(key).toStringList();
    kept.removeAll(entry(journalPath));
    kept.prepend(entry(journalPath));
    QSettings().setValue(key, kept.mid(0, remembered));
}

bool contains(const QString &journalPath)
{
    return QSettings().value(key).toStringList().contains(entry(journalPath));
}

} // namespace DefaultNamesKept

} // namespace unfold
