// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace unfold {

// The charts of a relationship over time, by the word the command line uses.
enum class ChartKind
{
    Trust,
    Reciprocity,
    Depth,
    Breadth,
    Layers,
    Topics,
    Perception // the partner's account beside mine (DESIGN.md §2.3)
};

class ChartKinds final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ChartKinds)

public:
    static QList<ChartKind> all();
    static QString key(ChartKind kind); // "trust", "reciprocity", ...
    static std::optional<ChartKind> fromKey(const QString &key);
    static QString title(ChartKind kind); // "Trust over time", in the user's language
};

} // namespace unfold
