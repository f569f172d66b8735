// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold::MnemonicText {

// Text from the user or a data file, made safe for a label, button or menu, where Qt reads "&"
// as the mark of an Alt+letter shortcut: "Love & relationships" would otherwise show without
// its "&" and answer to Alt+Space.
inline QString literal(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

} // namespace unfold::MnemonicText
