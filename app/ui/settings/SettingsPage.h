// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace unfold {

// One tab of the Settings dialog. Each page reads its preferences when built and writes
// them on apply(), so the dialog needs to know nothing of what a page holds.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // Stores what the page shows. False, after telling the user why, keeps the dialog open.
    virtual bool apply() = 0;
};

} // namespace unfold
