// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerTable.h"
#include "Csv.h"
#include "InstrumentArgument.h"
#include "ParserErrors.h"

#include <QCoreApplication>

namespace unfold::cli {

int runReliability(const Invocation &invocation)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("unfold::cli", text); };
    QCommandLineParser parser;
    const QCommandLineOption instrumentOption(
        QStringLiteral("instrument"), tr("The instrument: an id such as trust-inventory, or a JSON file."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption in(QStringLiteral("in"),
                                tr("Answers CSV: respondent, optional date, one column per item."),
                                QStringLiteral("FILE"));
    parser.addOptions({instrumentOption, in});
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Prints Cronbach's alpha per subscale across administrations (complete cases)."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&instrumentOption, &in}); code >= 0)
        return code;

    int exitCode = Failure;
    const auto instrument = instrumentArgument(invocation, parser.value(instrumentOption), &exitCode);
    if (!instrument)
        return exitCode;
    QList<Administration> rows;
    QStringList problems;
    QStringList warnings;
    if (!AnswerTable::read(parser.value(in), *instrument, &rows, &problems, &warnings))
        return reportProblems(invocation, problems);
    for (const QString &warning : std::as_const(warnings))
        invocation.err << tr("warning: %1").arg(warning) << Qt::endl;

    QList<AnswerSet> administrations;
    for (const Administration &row : rows)
        administrations.append(row.answers);
    // Printed whole at the end, so a reader never sees half a table.
    QByteArray text = Csv::formatRecord(
        {QStringLiteral("subscale"), QStringLiteral("items"), QStringLiteral("n"), QStringLiteral("alpha")});
    for (const SubscaleReliability &r : InstrumentScorer::reliability(*instrument, administrations))
        text += Csv::formatRecord(
            {r.subscale, QString::number(r.items), QString::number(r.cases), formatScore(r.alpha, 5)});
    invocation.out << QString::fromUtf8(text);
    invocation.out.flush();
    return Success;
}

} // namespace unfold::cli
