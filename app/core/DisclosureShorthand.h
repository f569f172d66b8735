// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace unfold {

// The quick-entry line of the session editor: "a42" or "b 10 3 talked about mum" logs a
// disclosure by A or B, on the 4th (10th) topic in the list, at depth 2 (3), with a note.
// The compact form reads the last digit as the depth, so "a102" is topic 10, depth 2.
class DisclosureShorthand final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::DisclosureShorthand)

public:
    struct Entry
    {
        Speaker speaker = Speaker::A;
        int topicNumber = 1; // 1-based, in the order the topic list shows
        int depth = 1;
        QString note;
    };

    // Parses `text` for a journal with `topicCount` visible topics and `layerCount` layers.
    // On failure returns nullopt and, when `error` is given, says what is wrong.
    static std::optional<Entry> parse(const QString &text, int topicCount, int layerCount,
                                      QString *error = nullptr);
};

} // namespace unfold
