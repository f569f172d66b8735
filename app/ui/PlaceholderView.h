// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace unfold {

// Holds the place of a view that is not built yet, saying what will be there.
class PlaceholderView final : public QLabel
{
    Q_OBJECT

public:
    explicit PlaceholderView(const QString &text, QWidget *parent = nullptr) : QLabel(text, parent)
    {
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setAccessibleName(text);
        setEnabled(false);
    }
};

} // namespace unfold
