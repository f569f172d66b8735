// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenArgument.h"

#include "JournalStore.h"
#include "Subcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace unfold::cli {

namespace {

// A typo of a command ("unfold chek") is told apart from a journal that is not there
// ("unfold ~/mine.unfold"): only the second says where it looked.
bool looksLikePath(const QString &argument)
{
    return argument.contains(u'/') || argument.endsWith(QLatin1String(".unfold"), Qt::CaseInsensitive);
}

} // namespace

OpenArgument readOpenArgument(const QString &argument)
{
    using Kind = JournalProblem::Kind;
    OpenArgument result;
    result.path = QFileInfo(argument).absoluteFilePath();
    if (!QFileInfo::exists(argument) && !looksLikePath(argument)) {
        result.verdict = OpenArgument::Verdict::UnknownCommand;
        result.message = tr("unknown command '%1', and there is no file of that name").arg(argument);
        return result;
    }
    // Only whether it is a journal: the window checks every page and record as it opens it, on a
    // thread of its own, unless Unfold left it whole. Checked here too, a large journal kept the
    // window from appearing (0.7 s for a practice's ten years).
    const JournalProblem problem = JournalStore::identify(result.path);
    switch (problem.kind) {
    case Kind::NotFound:
        result.message = tr("There is no journal at %1.").arg(QDir::toNativeSeparators(result.path));
        return result;
    case Kind::Unreadable:
    case Kind::NotAJournal:
        result.message = problem.message;
        return result;
    default:
        // A journal, though perhaps encrypted, damaged, newer or cut off by a crash: the window
        // asks for the passphrase, offers a backup or finishes the recovery, as File › Open does.
        result.verdict = OpenArgument::Verdict::Open;
        return result;
    }
}

} // namespace unfold::cli
