// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderField.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace unfold {

FolderField::FolderField(const QString &name, const QString &description, QString defaultFolder,
                         QWidget *parent)
    : QWidget(parent), m_default(std::move(defaultFolder)), m_name(name)
{
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(name);
    m_edit->setAccessibleDescription(description);
    m_edit->setPlaceholderText(QDir::toNativeSeparators(m_default));
    // Room for a usual path, so the folder's start is not scrolled out of sight.
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 40);
    // Focus given to the field, by its form label's shortcut say, goes to the typing.
    setFocusProxy(m_edit);

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("%1: browse").arg(name));
    browse->setAccessibleDescription(tr("Opens a folder chooser."));
    auto *reset = new QPushButton(tr("Default"), this);
    reset->setAccessibleName(tr("%1: default").arg(name));
    reset->setAccessibleDescription(tr("Puts back %1.").arg(QDir::toNativeSeparators(m_default)));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    row->addWidget(reset);

    connect(browse, &QPushButton::clicked, this, &FolderField::browse);
    connect(reset, &QPushButton::clicked, this, [this] { setFolder(m_default); });
}

QString FolderField::folder() const
{
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() ? m_default : QDir::cleanPath(QDir::fromNativeSeparators(typed));
}

void FolderField::setFolder(const QString &folder)
{
    m_edit->setText(QDir::toNativeSeparators(folder));
    m_edit->setCursorPosition(0); // a long path shows its beginning, where folders differ most
}

void FolderField::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, m_name, folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

} // namespace unfold
