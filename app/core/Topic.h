// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace unfold {

// A sector of the onion: one area of life that can be shared about (breadth).
struct Topic
{
    qint64 id = 0;
    QString name;
    int position = 0; // order in the onion, least intimate first
    bool hidden = false;

    friend bool operator==(const Topic &, const Topic &) = default;
};

// The default topics of DESIGN.md §2 in English, ordered roughly from least to most intimate.
// They are stored in the journal in the language it was created in; translated via
// QT_TRANSLATE_NOOP so a new journal starts in the user's language.
// With `language`, the names that translator gives (English where it has none) instead of the
// running application's.
QStringList defaultTopicNames(const QTranslator *language = nullptr);

} // namespace unfold
