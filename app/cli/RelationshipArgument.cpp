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
        complain(
            invocation,
            QCoreApplication::translate("unfold::cli", "no relationship '%1' in this journal; there are: %2")
                .arg(wanted, titles.isEmpty() ? QCoreApplication::translate("unfold::cli", "none")
                                              : titles.join(QStringLiteral(", "))),
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

} // namespace unfold::cli
