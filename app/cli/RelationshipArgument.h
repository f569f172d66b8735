// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalArgument.h"
#include "Subcommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <initializer_list>
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

// What every command about one relationship takes: --journal and --passphrase-file, --relationship
// NAME and, for a command that looks at the relationship as of one session, --session ID.
struct RelationshipArgument
{
    // Without `sessionHelp` the command takes no --session. `relationshipHelp` rewords
    // --relationship where it means something only beside another option.
    explicit RelationshipArgument(const QString &journalHelp, const QString &sessionHelp = QString(),
                                  const QString &relationshipHelp = QString());
    // For a journal whose options are worded or named otherwise (`unfold exchange`).
    explicit RelationshipArgument(JournalArgument journalArgument, const QString &sessionHelp = QString(),
                                  const QString &relationshipHelp = QString());
    void addTo(QCommandLineParser &parser) const;
    // The first of --journal and --relationship not given: "--journal FILE is required" and
    // UsageError; -1 when both are. For a command to say so before it looks at its other options.
    int missing(const Invocation &invocation, const QCommandLineParser &parser) const;

    JournalArgument journal;
    QCommandLineOption relationship;
    QCommandLineOption session;
    bool takesSession;
};

// A journal opened read-only and the relationship (and session) the options name in it: what every
// command about one relationship starts from.
struct RelationshipInJournal
{
    std::unique_ptr<Journal> journal;
    qint64 relationshipId = 0;
    QString title;          // "A & B"
    qint64 sessionId = 0;   // --session, checked to be one of the relationship's; 0 when not given
    int exitCode = Success; // what the command returns when nothing was opened
    explicit operator bool() const { return journal && relationshipId != 0; }
};

// Checks that --journal, --relationship and `alsoRequired` are given and that --session is a
// session id, opens the journal, finds the relationship and checks the session is one of its.
// Nothing, with the exit code to return, after complaining about the first that is not so.
RelationshipInJournal openRelationship(const Invocation &invocation, const QCommandLineParser &parser,
                                       const RelationshipArgument &argument,
                                       std::initializer_list<const QCommandLineOption *> alsoRequired = {});

} // namespace unfold::cli
