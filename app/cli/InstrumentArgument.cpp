// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentArgument.h"

#include "InstrumentLibrary.h"
#include "ParserErrors.h"

#include <QFileInfo>

namespace unfold::cli {

std::optional<Instrument> instrumentArgument(const Invocation &invocation, const QString &idOrFile,
                                             int *exitCode)
{
    const InstrumentLibrary library;
    QList<InstrumentProblem> problems;
    if (auto instrument = library.resolve(idOrFile, &problems))
        return instrument;
    *exitCode = QFileInfo(idOrFile).isFile() ? Failure : UsageError;
    for (const InstrumentProblem &problem : problems)
        complain(invocation, problem.toString(), *exitCode);
    return std::nullopt;
}

AnswersRead readAnswers(const Invocation &invocation, const QString &instrumentIdOrFile,
                        const QString &answersFile)
{
    AnswersRead read;
    auto instrument = instrumentArgument(invocation, instrumentIdOrFile, &read.exitCode);
    if (!instrument)
        return read;
    QStringList problems;
    QStringList warnings;
    if (!AnswerTable::read(answersFile, *instrument, &read.rows, &problems, &warnings)) {
        read.exitCode = reportProblems(invocation, problems);
        return read;
    }
    for (const QString &warning : std::as_const(warnings))
        invocation.err << tr("warning: %1").arg(warning) << Qt::endl;
    read.instrument = std::move(instrument);
    return read;
}

int reportProblems(const Invocation &invocation, const QStringList &problems)
{
    constexpr qsizetype shown = 50;
    for (qsizetype i = 0; i < std::min(shown, problems.size()); ++i)
        invocation.err << problems.at(i) << Qt::endl;
    if (problems.size() > shown)
        invocation.err << QCoreApplication::translate("unfold::cli", "... and %n more problem(s)", nullptr,
                                                      int(problems.size() - shown))
                       << Qt::endl;
    invocation.err << QCoreApplication::translate("unfold::cli", "Nothing was scored.") << Qt::endl;
    return Failure;
}

QString formatScore(std::optional<double> value, int decimals)
{
    if (!value)
        return {};
    QString text = QString::number(*value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

} // namespace unfold::cli
