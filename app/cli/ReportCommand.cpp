// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold report`: a session report as a paginated PDF, without a display.
#include "Journal.h"
#include "ParserErrors.h"
#include "RelationshipArgument.h"
#include "ReportPainter.h"
#include "SessionReport.h"

#include <QCoreApplication>
#include <QDir>

namespace unfold::cli {

int runReport(const Invocation &invocation)
{
    QCommandLineParser parser;
    const RelationshipArgument argument(tr("The journal to read."),
                                        tr("The session's id (default: the latest)."));
    argument.addTo(parser);
    const QCommandLineOption notesOption(
        QStringLiteral("include-notes"),
        tr("Include the therapist's private session notes (left out by default)."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write."),
                                       QStringLiteral("FILE"));
    parser.addOptions({notesOption, outOption});
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Writes a session report as a PDF: header, onion, charts, scores, insights, and "
                           "the therapist's notes only with --include-notes."));
        code >= 0)
        return code;
    const RelationshipInJournal opened = openRelationship(invocation, parser, argument, {&outOption});
    if (!opened)
        return opened.exitCode;
    QString error;
    const QString out = parser.value(outOption);
    const int pages = ReportPainter::writeSessionPdf(out, *opened.journal, opened.relationshipId,
                                                     opened.sessionId, parser.isSet(notesOption), &error);
    if (pages == 0)
        return complain(invocation, error, Failure);
    invocation.out << QCoreApplication::translate("unfold::cli", "Wrote %1 (%n page(s)).", nullptr, pages)
                          .arg(QDir::toNativeSeparators(out))
                   << Qt::endl;
    return Success;
}

} // namespace unfold::cli
