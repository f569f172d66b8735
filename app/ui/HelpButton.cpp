// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpButton.h"
#include "ThemeIcons.h"

#include "UserGuideDialog.h"

#include <QIcon>

namespace unfold {

HelpButton::HelpButton(const QString &anchor, const QString &subject, QWidget *parent)
    : QToolButton(parent), m_anchor(anchor)
{
    ThemeIcons::give(this, QStringLiteral("help-contextual"));
    // Text beside the icon: a bare "?" icon is missing from many icon themes.
    setText(tr("Help"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("User guide: %1 (F1)").arg(subject));
    setAccessibleName(tr("Help: %1").arg(subject));
    setAccessibleDescription(tr("Opens the user guide at its section \u201c%1\u201d.").arg(subject));
    connect(this, &QToolButton::clicked, this, [this] { UserGuideDialog::open(this, m_anchor); });
}

} // namespace unfold
