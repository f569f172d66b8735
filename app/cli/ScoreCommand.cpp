// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold score`: scores a CSV of answers into a CSV of scores, or with --journal prints a
// relationship's score history with change and reliable change.
#include "AnswerTable.h"
#include "Csv.h"
#include "InstrumentArgument.h"
#include "InstrumentLibrary.h"
#include "Journal.h"
#include "ParserErrors.h"
#include "PrivateFiles.h"
#include "RelationshipArgument.h"
#include "ScoreHistory.h"
#include "ScoreHistoryOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace unfold::cli {

namespace {

int runScoreHistory(const Invocation &invocation, const QCommandLineParser &parser,
                    const RelationshipArgument &argument, const QCommandLineOption &formatOption,
                    const QCommandLineOption &instrumentOption,
                    std::initializer_list<const QCommandLineOption *> fileOptions)
{
    for (const QCommandLineOption *option : fileOptions) {
        if (parser.isSet(*option))
            return complain(invocation,
                            tr("--%1 does not go with --journal").arg(option->names().constFirst()),
                            UsageError);
    }
    if (int code = argument.missing(invocation, parser); code >= 0)
        return code;
    const QString format =
        chosenFormat(invocation, parser, formatOption, QStringLiteral("csv"), QStringLiteral("json"));
    if (format.isEmpty())
        return UsageError;
    const RelationshipInJournal opened = openRelationship(invocation, parser, argument);
    if (!opened)
        return opened.exitCode;
    const Journal *journal = opened.journal.get();
    const qint64 relationshipId = opened.relationshipId;
    // Norms come from the shipped instruments and those the user imported.
    const InstrumentLibrary library;
    QList<ScoreChange> history =
        ScoreHistory::ofRelationship(*journal, relationshipId, library, opened.sessionId);
    if (parser.isSet(instrumentOption)) {
        const QString wanted = parser.value(instrumentOption);
        history.removeIf([&](const ScoreChange &c) { return c.instrumentId != wanted; });
    }
    printScoreHistory(invocation, *journal, relationshipId, history, format == QLatin1String("json"));
    return Success;
}

} // namespace

int runScore(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption instrumentOption(
        QStringLiteral("instrument"),
        tr("The instrument: an id such as trust-inventory, or a JSON file. With --journal: only the scores "
           "of the instrument with this id."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption in(QStringLiteral("in"),
                                tr("Answers CSV: respondent, optional date, one column per item."),
                                QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the scores CSV to FILE."),
                                 QStringLiteral("FILE"));
    const RelationshipArgument argument(
        tr("Instead of --in and --out: print the score history of a relationship in this journal, with "
           "change "
           "and reliable change since the previous score and the baseline."),
        tr("With --journal: only answer sets up to this session (default: all)."),
        tr("With --journal: the relationship, its title (\"A & B\") or its id."));
    argument.addTo(parser);
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("With --journal: csv or json (default csv)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({instrumentOption, in, out, formatOption});
    if (int code = parseOrExit(parser, invocation,
                               tr("Scores questionnaire answers, one row per administration; with --journal, "
                                  "prints a relationship's scores with their reliable change."));
        code >= 0)
        return code;
    if (parser.isSet(argument.journal.journal))
        return runScoreHistory(invocation, parser, argument, formatOption, instrumentOption, {&in, &out});
    for (const QCommandLineOption *historyOnly : {&argument.relationship, &argument.session, &formatOption}) {
        if (parser.isSet(*historyOnly))
            return complain(invocation, tr("--%1 goes with --journal").arg(historyOnly->names().constFirst()),
                            UsageError);
    }
    if (int code = requireOptions(parser, invocation, {&instrumentOption, &in, &out}); code >= 0)
        return code;

    const AnswersRead read = readAnswers(invocation, parser.value(instrumentOption), parser.value(in));
    if (!read)
        return read.exitCode;
    const Instrument &instrument = *read.instrument;
    const QList<Administration> &rows = read.rows;

    QStringList header{QStringLiteral("respondent"), QStringLiteral("date")};
    for (const Subscale &subscale : instrument.subscales)
        header << subscale.id << subscale.id + QStringLiteral("_0_100");
    QByteArray text = Csv::formatRecord(header);
    for (const Administration &row : rows) {
        QStringList fields{row.respondent, row.date};
        for (const SubscaleScore &score : InstrumentScorer::score(instrument, row.answers))
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
