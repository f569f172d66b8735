// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold::cli {

// `unfold FILE`, as a file manager starts Unfold (Exec=unfold %f): the one argument that is
// neither a subcommand nor an option names a journal to open in the window. Subcommand names
// are looked at first, so a journal called "demo" is opened as ./demo.
struct OpenArgument
{
    enum class Verdict
    {
        Open,           // `path` is a journal, or close enough for the window to say what is wrong
        UnknownCommand, // a bare word that names neither a command nor a file: a usage error
        Refused,        // a path, but no journal is there; `message` says why
    };

    Verdict verdict = Verdict::Refused;
    QString path; // absolute
    QString message;
};

// Decides what `argument` asks for, reading no more of the file than its header (no display is
// needed, and nothing is written).
OpenArgument readOpenArgument(const QString &argument);

} // namespace unfold::cli
