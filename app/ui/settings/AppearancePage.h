// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

class QComboBox;

namespace unfold {

// Settings › Appearance: the language of the interface, and the light, dark or high-contrast
// theme.
class AppearancePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace unfold
