// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace unfold {

// A "Help" button among a view's controls that opens the user guide at the section about that
// view: context help for those who do not know F1, and a visible promise that help exists.
class HelpButton final : public QToolButton
{
    Q_OBJECT

public:
    // `anchor` names the guide's section, e.g. "onion"; `subject` is that section's title, for
    // the tooltip and for screen readers.
    HelpButton(const QString &anchor, const QString &subject, QWidget *parent = nullptr);

    QString anchor() const { return m_anchor; }

private:
    QString m_anchor;
};

} // namespace unfold
