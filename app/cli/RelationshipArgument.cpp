// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipArgument.h"

#include "Journal.h"
#include "ParserErrors.h"

#include <QCoreApplication>

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

RelationshipInJournal openRelationship(const Invocation &invocation, const QCommandLineParser &parser,
                                       const JournalArgument &journalArgument,
                                       const QCommandLineOption &relationship, int *exitCode)
{
    RelationshipInJournal found;
    found.journal = openJournal(invocation, parser, journalArgument, exitCode);
    if (!found.journal)
        return {};
    found.relationshipId = findRelationship(invocation, *found.journal, parser.value(relationship));
    if (found.relationshipId == 0) {
        *exitCode = Failure;
        return {};
    }
    return found;
}

} // namespace unfold::cli
