// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPushButton;

namespace unfold {

// Above the window when a journal opens whose untouched default topics and layers are named in
// another language than the window's (it was started in another language, or shared by someone
// who uses one): offers to name them in the window's language. A bar, not a question that
// stops the opening: the journal is there to use either way.
class DefaultNamesBar final : public QFrame
{
    Q_OBJECT

public:
    explicit DefaultNamesBar(QWidget *parent = nullptr);

    QPushButton *renameButton() const { return m_rename; }
    QPushButton *keepButton() const { return m_keep; }

Q_SIGNALS:
    void renameChosen();
    void keepChosen();

private:
    QPushButton *m_rename;
    QPushButton *m_keep;
};

// The journals whose owner chose to keep the default names as they are, in a language: the bar
// does not come again for them in that language. Kept in the settings by path, the latest 50.
namespace DefaultNamesKept {
void remember(const QString &journalPath);
bool contains(const QString &journalPath);
} // namespace DefaultNamesKept

} // namespace unfold
