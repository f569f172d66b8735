// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold report`: a session report as a paginated PDF, without a display.
#include "Journal.h"
#include "JournalArgument.h"
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
    const JournalArgument journalArgument(tr("The journal to read."));
    journalArgument.addTo(parser);
    const QCommandLineOption relationship = relationshipOption();
    const QCommandLineOption sessionOption(
        QStringLiteral("session"), tr("The session's id (default: the latest)."), QStringLiteral("ID"));
    const QCommandLineOption notesOption(
        QStringLiteral("include-notes"),
        tr("Include the therapist's private session notes (left out by default)."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write."),
                                       QStringLiteral("FILE"));
    parser.addOptions({relationship, sessionOption, notesOption, outOption});
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Writes a session report as a PDF: header, onion, charts, scores, insights, and "
                           "the therapist's notes only with --include-notes."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&journalArgument.journal, &relationship, &outOption});
        code >= 0)
        return code;
    const qint64 sessionId = sessionIdOf(invocation, parser, sessionOption);
    if (sessionId < 0)
        return UsageError;

    int exitCode = Success;
    const RelationshipInJournal opened =
        openRelationship(invocation, parser, journalArgument, relationship, &exitCode);
    if (!opened)
        return exitCode;
    QString error;
    const QString out = parser.value(outOption);
    const int pages = ReportPainter::writeSessionPdf(out, *opened.journal, opened.relationshipId, sessionId,
                                                     parser.isSet(notesOption), &error);
    if (pages == 0)
        return complain(invocation, error, Failure);
    invocation.out << QCoreApplication::translate("unfold::cli", "Wrote %1 (%n page(s)).", nullptr, pages)
                          .arg(QDir::toNativeSeparators(out))
                   << Qt::endl;
    return Success;
}

} // namespace unfold::cli
