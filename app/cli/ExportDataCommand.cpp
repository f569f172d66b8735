// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold export data`: a journal's content as CSV tables or one JSON document.
#include "DataExport.h"
#include "Journal.h"
#include "JournalArgument.h"
#include "ParserErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace unfold::cli {

namespace {} // namespace

int exportData(const Invocation &invocation)
{
    QCommandLineParser parser;
    const JournalArgument journalArgument(tr("The journal to read."));
    journalArgument.addTo(parser);
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("csv (a folder with one file per table, codebook.csv among them) or json (one file)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The folder (csv) or file (json) to write."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption notesOption(
        QStringLiteral("include-notes"),
        tr("Include session and disclosure notes (private; left out by default)."));
    parser.addOptions({formatOption, outOption, notesOption});
    if (int code = parseOrExit(parser, invocation, tr("Exports a journal's data for a spreadsheet or R."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&journalArgument.journal, &formatOption, &outOption});
        code >= 0)
        return code;
    const QString format =
        chosenFormat(invocation, parser, formatOption, QStringLiteral("csv"), QStringLiteral("json"));
    if (format.isEmpty())
        return UsageError;
    const QString out = parser.value(outOption);
    if (format == QLatin1String("json") && QFileInfo(out).isDir())
        return complain(invocation,
                        tr("%1 is a folder; json wants a file name").arg(QDir::toNativeSeparators(out)),
                        Failure);

    int exitCode = Success;
    auto journal = openJournal(invocation, parser, journalArgument, &exitCode);
    if (!journal)
        return exitCode;
    const QList<DataTable> tables = DataExport::tables(*journal, parser.isSet(notesOption));
    QString error;
    const bool ok = format == QLatin1String("csv") ? DataExport::writeCsvFolder(tables, out, &error)
                                                   : DataExport::writeJson(tables, out, &error);
    if (!ok)
        return complain(invocation, error, Failure);
    invocation.out << tr("Wrote %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Success;
}

} // namespace unfold::cli
