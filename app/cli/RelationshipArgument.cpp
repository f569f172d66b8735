// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipArgument.h"

#include "Journal.h"
#include "ParserErrors.h"

#include <QCoreApplication>

#include <algorithm>

namespace unfold::cli {

qint64 findRelationship(const Invocation &invocation, const Journal &journal, const QString &wanted)
{
    QList<Relationship> matches;
    QStringList titles;
    for (const Relationship &r : journal.relationships()) {
        const QString title = journal.relationshipTitle(r);
        titles.append(title);
        if (title.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0 ||
            QString::number(r.id) == wanted.trimmed())
            matches.append(r);
    }
    if (matches.size() == 1)
        return matches.first().id;
    if (matches.isEmpty()) {
        complain(invocation,
                 tr("no relationship '%1' in this journal; there are: %2")
                     .arg(wanted, titles.isEmpty() ? tr("none") : titles.join(QStringLiteral(", "))),
                 Failure);
        return 0;
    }
    QStringList ids;
    for (const Relationship &r : matches)
        ids.append(QString::number(r.id));
    complain(invocation,
             QCoreApplication::translate(
                 "unfold::cli", "'%1' names more than one relationship; give its id instead (one of %2)")
                 .arg(wanted, ids.join(QStringLiteral(", "))),
             Failure);
    return 0;
}

QCommandLineOption relationshipOption()
{
    return {QStringLiteral("relationship"), tr("The relationship: its title (\"A & B\") or its id."),
            QStringLiteral("NAME")};
}

qint64 sessionIdOf(const Invocation &invocation, const QCommandLineParser &parser,
                   const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (ok && id > 0)
        return id;
    complain(invocation,
             tr("--session needs a session id, a whole number (got '%1')").arg(parser.value(option)),
             UsageError);
    return -1;
}

RelationshipArgument::RelationshipArgument(const QString &journalHelp, const QString &sessionHelp,
                                           const QString &relationshipHelp)
    : RelationshipArgument(JournalArgument(journalHelp), sessionHelp, relationshipHelp)
{}

RelationshipArgument::RelationshipArgument(JournalArgument journalArgument, const QString &sessionHelp,
                                           const QString &relationshipHelp)
    : journal(std::move(journalArgument)),
      relationship(relationshipHelp.isEmpty() ? relationshipOption()
                                              : QCommandLineOption(QStringLiteral("relationship"),
                                                                   relationshipHelp, QStringLiteral("NAME"))),
      session(QStringLiteral("session"), sessionHelp, QStringLiteral("ID")),
      takesSession(!sessionHelp.isEmpty())
{}

void RelationshipArgument::addTo(QCommandLineParser &parser) const
{
    journal.addTo(parser);
    parser.addOption(relationship);
    if (takesSession)
        parser.addOption(session);
}

int RelationshipArgument::missing(const Invocation &invocation, const QCommandLineParser &parser) const
{
    return requireOptions(parser, invocation, {&journal.journal, &relationship});
}

RelationshipInJournal openRelationship(const Invocation &invocation, const QCommandLineParser &parser,
                                       const RelationshipArgument &argument,
                                       std::initializer_list<const QCommandLineOption *> alsoRequired)
{
    const auto fail = [](int code) {
        RelationshipInJournal nothing;
        nothing.exitCode = code;
        return nothing;
    };
    if (int code = argument.missing(invocation, parser); code >= 0)
        return fail(code);
    if (int code = requireOptions(parser, invocation, alsoRequired); code >= 0)
        return fail(code);
    RelationshipInJournal opened;
    if (argument.takesSession) {
        opened.sessionId = sessionIdOf(invocation, parser, argument.session);
        if (opened.sessionId < 0)
            return fail(UsageError);
    }
    opened.journal = openJournal(invocation, parser, argument.journal, &opened.exitCode);
    if (!opened.journal)
        return fail(opened.exitCode);
    opened.relationshipId =
        findRelationship(invocation, *opened.journal, parser.value(argument.relationship));
    if (opened.relationshipId == 0)
        return fail(Failure);
    opened.title = opened.journal->relationshipTitle(*opened.journal->relationship(opened.relationshipId));
    if (opened.sessionId != 0) {
        const QList<SessionSummary> sessions = opened.journal->sessionSummaries(opened.relationshipId);
        if (std::none_of(sessions.begin(), sessions.end(),
                         [&](const SessionSummary &s) { return s.session.id == opened.sessionId; }))
            return fail(complain(
                invocation,
                tr("session %1 is not a session of %2").arg(QString::number(opened.sessionId), opened.title),
                Failure));
    }
    return opened;
}

} // namespace unfold::cli
