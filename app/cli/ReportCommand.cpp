// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold report`: a session report as a paginated PDF, without a display (issue #6).
#include "Journal.h"
#include "JournalArgument.h"
#include "ParserErrors.h"
#include "RelationshipArgument.h"
#include "ReportPainter.h"
#include "SessionReport.h"

#include <QCoreApplication>
#include <QDir>

namespace unfold::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::cli", text);
}

} // namespace

int runReport(const Invocation &invocation)
{
    QCommandLineParser parser;
    const JournalArgument journalArgument(tr("The journal to read."));
    journalArgument.addTo(parser);
    const QCommandLineOption relationshipOption(QStringLiteral("relationship"),
                                                tr("The relationship: its title (\"A & B\") or its id."),
                                                QStringLiteral("NAME"));
    const QCommandLineOption sessionOption(
        QStringLiteral("session"), tr("The session's id (default: the latest)."), QStringLiteral("ID"));
    const QCommandLineOption notesOption(
        QStringLiteral("include-notes"),
        tr("Include the therapist's private session notes (left out by default)."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write."),
                                       QStringLiteral("FILE"));
    parser.addOptions({relationshipOption, sessionOption, notesOption, outOption});
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Writes a session report as a PDF: header, onion, charts, scores, insights, and "
                           "the therapist's notes only with --include-notes."));
        code >= 0)
        return code;
    if (int code =
            requireOptions(parser, invocation, {&journalArgument.journal, &relationshipOption, &outOption});
        code >= 0)
        return code;
    qint64 sessionId = 0;
    if (parser.isSet(sessionOption)) {
        bool ok = false;
        sessionId = parser.value(sessionOption).toLongLong(&ok);
        if (!ok || sessionId <= 0)
            return complain(invocation,
                            tr("--session needs a session id, a whole number (got '%1')")
                                .arg(parser.value(sessionOption)),
                            UsageError);
    }

    int exitCode = Success;
    auto journal = openJournal(invocation, parser, journalArgument, &exitCode);
    if (!journal)
        return exitCode;
    const qint64 relationshipId = findRelationship(invocation, *journal, parser.value(relationshipOption));
    if (relationshipId == 0)
        return Failure;
    QString error;
    const QString out = parser.value(outOption);
    const int pages = ReportPainter::writeSessionPdf(out, *journal, relationshipId, sessionId,
                                                     parser.isSet(notesOption), &error);
    if (pages == 0)
        return complain(invocation, error, Failure);
    invocation.out << QCoreApplication::translate("unfold::cli", "Wrote %1 (%n page(s)).", nullptr, pages)
                          .arg(QDir::toNativeSeparators(out))
                   << Qt::endl;
    return Success;
}

} // namespace unfold::cli
