// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace unfold {

// A section's heading (Relationships, Sessions, a session's title): bold plain text. Written as
// "<b>…</b>", each heading was rich text, and a label of rich text makes a text document of its
// own; the three in the first frame cost the window 2 ms to make and paint. As plain text, a name
// such as "<i>Sam</i>" is also shown as it was written.
QLabel *newHeading(const QString &text = {}, QWidget *parent = nullptr);

} // namespace unfold
