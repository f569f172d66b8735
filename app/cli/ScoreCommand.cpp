// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerTable.h"
#include "Csv.h"
#include "InstrumentArgument.h"
#include "ParserErrors.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace unfold::cli {

int runScore(const Invocation &invocation)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("unfold::cli", text); };
    QCommandLineParser parser;
    const QCommandLineOption instrumentOption(
        QStringLiteral("instrument"), tr("The instrument: an id such as trust-inventory, or a JSON file."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption in(QStringLiteral("in"),
                                tr("Answers CSV: respondent, optional date, one column per item."),
                                QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the scores CSV to FILE."),
                                 QStringLiteral("FILE"));
    parser.addOptions({instrumentOption, in, out});
    if (int code =
            parseOrExit(parser, invocation, tr("Scores questionnaire answers, one row per administration."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&instrumentOption, &in, &out}); code >= 0)
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

    QStringList header{QStringLiteral("respondent"), QStringLiteral("date")};
    for (const Subscale &subscale : instrument->subscales)
        header << subscale.id << subscale.id + QStringLiteral("_0_100");
    QByteArray text = Csv::formatRecord(header);
    for (const Administration &row : rows) {
        QStringList fields{row.respondent, row.date};
        for (const SubscaleScore &score : InstrumentScorer::score(*instrument, row.answers))
            fields << formatScore(score.score) << formatScore(score.score0to100);
        text += Csv::formatRecord(fields);
    }
    QString error;
    const QString target = QFileInfo(parser.value(out)).absoluteFilePath();
    if (!PrivateFiles::writeAtomically(target, text, &error))
        return complain(invocation, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(target), error),
                        Failure);
    invocation.out << QCoreApplication::translate("unfold::cli", "Scored %n administration(s) into %1",
                                                  nullptr, int(rows.size()))
                          .arg(QDir::toNativeSeparators(parser.value(out)))
                   << Qt::endl;
    return Success;
}

} // namespace unfold::cli
