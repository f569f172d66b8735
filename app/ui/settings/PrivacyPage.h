// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QSpinBox;

namespace unfold {

// Settings › Privacy: after how long without input an encrypted journal's window locks, and
// whether opened journals are listed in the desktop's recent files.
class PrivacyPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit PrivacyPage(QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;

private:
    QSpinBox *m_lockMinutes;
    QCheckBox *m_desktopRecent;
};

} // namespace unfold
