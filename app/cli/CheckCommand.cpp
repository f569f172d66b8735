// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalArgument.h"
#include "JournalSchema.h"
#include "JournalStore.h"
#include "ParserErrors.h"

#include <QCoreApplication>
#include <QDir>

namespace unfold::cli {

int runCheck(const Invocation &invocation)
{
    QCommandLineParser parser;
    const JournalArgument journalArgument(tr("The journal to check."));
    journalArgument.addTo(parser);
    if (int code = parseOrExit(parser, invocation,
                               tr("Checks a journal's integrity and format without changing it."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&journalArgument.journal}); code >= 0)
        return code;

    const QString path = parser.value(journalArgument.journal);
    int exitCode = Success;
    const auto key = keyForJournal(invocation, parser, journalArgument, path, &exitCode);
    if (exitCode != Success)
        return exitCode;
    int version = 0;
    // inspect() opens read-only: a check never changes the file.
    if (const JournalProblem problem = JournalStore::inspect(path, &version, true, key.get())) {
        invocation.err << problem.message << Qt::endl;
        return Failure;
    }
    invocation.out << (key ? tr("%1: an encrypted Unfold journal, format %2 (this version writes format %3).")
                           : tr("%1: an Unfold journal, format %2 (this version writes format %3)."))
                          .arg(QDir::toNativeSeparators(path))
                          .arg(version)
                          .arg(JournalSchema::currentVersion)
                   << Qt::endl;
    if (version < JournalSchema::currentVersion) {
        invocation.out << tr("It will be upgraded when opened for editing; a copy of the old file is kept.")
                       << Qt::endl;
        invocation.out << tr("Integrity check: passed.") << Qt::endl;
        return Success;
    }
    JournalProblem problem;
    auto store = JournalStore::open(path, JournalStore::Access::ReadOnly, &problem, key);
    if (!store) {
        invocation.err << problem.message << Qt::endl;
        return Failure;
    }
    const auto relationships = store->relationships();
    int sessions = 0;
    int disclosures = 0;
    for (const Relationship &r : relationships) {
        sessions += int(store->sessions(r.id).size());
        disclosures += store->disclosureCount(r.id);
    }
    invocation.out << tr("Integrity check: passed.") << Qt::endl
                   << tr("%1 people, %2 relationships, %3 sessions, %4 disclosures, %5 topics, %6 layers.")
                          .arg(store->people().size())
                          .arg(relationships.size())
                          .arg(sessions)
                          .arg(disclosures)
                          .arg(store->topics().size())
                          .arg(store->layers().size())
                   << Qt::endl;
    return Success;
}

} // namespace unfold::cli
