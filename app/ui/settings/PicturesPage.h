// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

class QComboBox;
class QSpinBox;

namespace unfold {

// Settings › Pictures: the format, width and resolution that File › Export Picture starts
// from and Export All Charts writes with.
class PicturesPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit PicturesPage(QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;

private:
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_dpi;
};

} // namespace unfold
