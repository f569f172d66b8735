// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

class QSpinBox;

namespace unfold {

// Settings › Privacy: after how long without input an encrypted journal's window locks.
class PrivacyPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit PrivacyPage(QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;

private:
    QSpinBox *m_lockMinutes;
};

} // namespace unfold
