// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace unfold {

// A tab whose view is made the first time it is wanted: when the tab is shown, or when a command
// asks for the view. The window opens sooner for the views behind other tabs that are not made
// (building the Charts, Questionnaires and Both Sides views took a third of making the window),
// and a view made late reads the journal as it is then.
class LazyTab final : public QWidget
{
    Q_OBJECT

public:
    // `make` builds the view, given what is already known (the journal open then): the tab takes
    // it as its only child.
    explicit LazyTab(std::function<QWidget *()> make, QWidget *parent = nullptr);

    QWidget *view();
    bool isMade() const { return m_view != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *()> m_make;
    QWidget *m_view = nullptr;
};

} // namespace unfold
