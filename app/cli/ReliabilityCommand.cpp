// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerTable.h"
#include "Csv.h"
#include "InstrumentArgument.h"
#include "ParserErrors.h"

#include <QCoreApplication>

namespace unfold::cli {

int runReliability(const Invocation &invocation)
{
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

    const AnswersRead read = readAnswers(invocation, parser.value(instrumentOption), parser.value(in));
    if (!read)
        return read.exitCode;
    const Instrument &instrument = *read.instrument;
    const QList<Administration> &rows = read.rows;

    QList<AnswerSet> administrations;
    for (const Administration &row : rows)
        administrations.append(row.answers);
    // Printed whole at the end, so a reader never sees half a table.
    QByteArray text = Csv::formatRecord(
        {QStringLiteral("subscale"), QStringLiteral("items"), QStringLiteral("n"), QStringLiteral("alpha")});
    for (const SubscaleReliability &r : InstrumentScorer::reliability(instrument, administrations))
        text += Csv::formatRecord(
            {r.subscale, QString::number(r.items), QString::number(r.cases), formatScore(r.alpha, 5)});
    invocation.out << QString::fromUtf8(text);
    invocation.out.flush();
    return Success;
}

} // namespace unfold::cli
