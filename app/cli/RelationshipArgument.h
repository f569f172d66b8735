// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalArgument.h"
#include "Subcommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace unfold {
class Journal;
}

namespace unfold::cli {

// --relationship NAME: the title "A & B" or the id, ignoring case. Returns the id, or 0 after
// complaining that it is unknown (listing the relationships there are) or ambiguous.
qint64 findRelationship(const Invocation &invocation, const Journal &journal, const QString &wanted);

// --relationship NAME, worded the same in every command's help.
QCommandLineOption relationshipOption();

// The value of a --session ID option: 0 when it is not given, -1 after complaining that it is
// not a session id (the command then exits with UsageError).
qint64 sessionIdOf(const Invocation &invocation, const QCommandLineParser &parser,
                   const QCommandLineOption &option);

// A journal opened read-only (--journal, --passphrase-file) and the relationship --relationship
// names in it: what every command about one relationship starts from.
struct RelationshipInJournal
{
    std::unique_ptr<Journal> journal;
    qint64 relationshipId = 0;
    explicit operator bool() const { return journal && relationshipId != 0; }
};
// Nothing (and `exitCode` set) after complaining about the journal or the relationship.
RelationshipInJournal openRelationship(const Invocation &invocation, const QCommandLineParser &parser,
                                       const JournalArgument &journalArgument,
                                       const QCommandLineOption &relationship, int *exitCode);

} // namespace unfold::cli
