// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace unfold {

// A word-wrapped label that keeps room for a longer text than the one it shows: under a picture
// that moves through time (the onion as the slider moves), a description whose lines come and
// go would change the picture's size with every step.
class SteadyLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit SteadyLabel(QWidget *parent = nullptr);

    // At least as tall as `text` would make it, at any width.
    void keepRoomFor(const QString &text);

    // Layouts give a word-wrapped label the height it asks for at the width it gets.
    int heightForWidth(int width) const override;

private:
    QString m_room;
};

} // namespace unfold
