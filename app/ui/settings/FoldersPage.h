// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

namespace unfold {

class FolderField;

// Settings › Folders: where the default journal lives and where backups are kept.
class FoldersPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit FoldersPage(QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;

private:
    FolderField *m_journals;
    FolderField *m_backups;
};

} // namespace unfold
