// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartKind.h"
#include "ChartPainter.h"
#include "Journal.h"
#include "OnionPainter.h"
#include "OnionSubject.h"
#include "ParserErrors.h"
#include "PictureExport.h"
#include "RelationshipArgument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace unfold::cli {

namespace {

int exportChart(const Invocation &invocation)
{
    QCommandLineParser parser;
    const RelationshipArgument argument(tr("The journal to read."));
    argument.addTo(parser);
    const QCommandLineOption chartOption(
        QStringLiteral("chart"),
        tr("Which picture: trust, reciprocity, depth, breadth, layers, topics, perception or onion."),
        QStringLiteral("CHART"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("png, svg or pdf (default: from --out)."), QStringLiteral("FORMAT"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       tr("Resolution of a PNG, 72 to 600 (default 96)."),
                                       QStringLiteral("N"), QStringLiteral("96"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        tr("Size in logical pixels (default 800x800 for the onion, 1000x600 for the others)."),
        QStringLiteral("WxH"), QStringLiteral("800x800"));
    const QCommandLineOption atOption(QStringLiteral("at-session"),
                                      tr("Show the onion as it stood after session N (default: the latest)."),
                                      QStringLiteral("N"));
    const QCommandLineOption lastOption(
        QStringLiteral("last"),
        tr("Count only the latest N sessions up to the one shown; what was reached before and not since "
           "shows faintly."),
        QStringLiteral("N"));
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        tr("Whose account the onion shows: mine (default) or partner, the partner's imported account."),
        QStringLiteral("WHOSE"), QStringLiteral("mine"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the picture to FILE."),
                                       QStringLiteral("FILE"));
    parser.addOptions(
        {chartOption, formatOption, dpiOption, sizeOption, atOption, lastOption, accountOption, outOption});
    if (int code = parseOrExit(parser, invocation, tr("Exports a chart of one relationship as a picture."));
        code >= 0)
        return code;

    if (int code = argument.missing(invocation, parser); code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&chartOption, &outOption}); code >= 0)
        return code;
    const bool onion = parser.value(chartOption).compare(QLatin1String("onion"), Qt::CaseInsensitive) == 0;
    const auto kind = ChartKinds::fromKey(parser.value(chartOption));
    if (!onion && !kind)
        return complain(invocation,
                        tr("unknown chart '%1' (choose trust, reciprocity, depth, breadth, layers, topics, "
                           "perception or onion)")
                            .arg(parser.value(chartOption)),
                        UsageError);
    if (!onion && parser.isSet(atOption))
        return complain(invocation, tr("--at-session is for the onion only"), UsageError);
    const QString account = parser.value(accountOption).toLower();
    if (account != QLatin1String("mine") && account != QLatin1String("partner"))
        return complain(invocation,
                        tr("unknown account '%1' (choose mine or partner)").arg(parser.value(accountOption)),
                        UsageError);
    if (!onion && parser.isSet(accountOption))
        return complain(invocation, tr("--account is for the onion only"), UsageError);
    if (!onion && parser.isSet(lastOption))
        return complain(invocation, tr("--last is for the onion only"), UsageError);
    int window = 0;
    if (parser.isSet(lastOption)) {
        bool lastOk = false;
        window = parser.value(lastOption).toInt(&lastOk);
        if (!lastOk || window < 1)
            return complain(
                invocation,
                tr("--last wants a number of sessions, 1 or more, not '%1'").arg(parser.value(lastOption)),
                UsageError);
    }
    const QString out = parser.value(outOption);
    const QString formatName =
        parser.isSet(formatOption) ? parser.value(formatOption) : QFileInfo(out).suffix();
    const auto format = PictureExport::formatFromName(formatName);
    if (!format)
        return complain(invocation, tr("unknown format '%1' (choose png, svg or pdf)").arg(formatName),
                        UsageError);
    bool dpiOk = false;
    const int dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || dpi < PictureExport::minimumDpi || dpi > PictureExport::maximumDpi)
        return complain(invocation,
                        tr("--dpi wants a whole number from %1 to %2, not '%3'")
                            .arg(PictureExport::minimumDpi)
                            .arg(PictureExport::maximumDpi)
                            .arg(parser.value(dpiOption)),
                        UsageError);
    const auto size = PictureExport::parseSize(
        onion || parser.isSet(sizeOption) ? parser.value(sizeOption) : QStringLiteral("1000x600"));
    if (!size)
        return complain(invocation,
                        tr("--size wants WIDTHxHEIGHT in pixels, each 16 to 20000, not '%1'")
                            .arg(parser.value(sizeOption)),
                        UsageError);
    int at = -1;
    if (parser.isSet(atOption)) {
        bool atOk = false;
        at = parser.value(atOption).toInt(&atOk);
        if (!atOk || at < 0)
            return complain(invocation,
                            tr("--at-session wants a session number, not '%1'").arg(parser.value(atOption)),
                            UsageError);
    }

    const RelationshipInJournal opened = openRelationship(invocation, parser, argument);
    if (!opened)
        return opened.exitCode;
    const Journal *journal = opened.journal.get();
    const qint64 relationshipId = opened.relationshipId;
    if (!onion) {
        // Files always show the whole history in the light theme, whatever the screen shows.
        const ChartSubject subject = ChartSubject::load(*journal, relationshipId);
        const auto paint = [&](QPainter &painter, const QSizeF &logical) {
            ChartPainter::paint(painter, logical, *kind, subject, ChartRange());
        };
        QString error;
        if (!PictureExport::write(out, *format, *size, dpi, paint,
                                  ChartKinds::title(*kind) + QStringLiteral(" — ") + subject.title(), &error))
            return complain(invocation, error, Failure);
        invocation.out << tr("Wrote %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Success;
    }
    std::optional<OnionSubject> chosen = account == QLatin1String("partner")
                                             ? OnionSubject::loadPartner(*journal, relationshipId)
                                             : OnionSubject::load(*journal, relationshipId);
    if (!chosen)
        return complain(invocation,
                        tr("%1 has no partner's account: import one with 'unfold exchange import'")
                            .arg(journal->relationshipTitle(
                                journal->relationship(relationshipId).value_or(Relationship{}))),
                        Failure);
    const OnionSubject &subject = *chosen;
    const int sessions = subject.history().sessionCount();
    if (at > sessions)
        return complain(invocation,
                        QCoreApplication::translate("unfold::cli", "--at-session %1: %2 has %n session(s)",
                                                    nullptr, sessions)
                            .arg(at)
                            .arg(subject.title()),
                        Failure);
    const int shown = at < 0 ? sessions : at;
    const OnionState state = subject.history().stateWithin(shown, window);
    const OnionState earlier = subject.history().stateAfter(shown);
    const OnionPicture picture =
        subject.picture(state, nullptr, OnionMode::WhoReached, OnionTheme::light(), &earlier);
    QString error;
    const auto paint = [&picture](QPainter &painter, const QSizeF &logical) {
        OnionPainter::paint(painter, logical, picture);
    };
    if (!PictureExport::write(out, *format, *size, dpi, paint, subject.title(), &error))
        return complain(invocation, error, Failure);
    invocation.out << tr("Wrote %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Success;
}

} // namespace

int exportData(const Invocation &invocation); // in ExportDataCommand.cpp

// `unfold export WHAT ...`: the first word says what to export, so "data" can join "chart" later.
int runExport(const Invocation &invocation)
{
    const QString word = invocation.arguments.value(1);
    if (word == QLatin1String("chart")) {
        QStringList rest = invocation.arguments;
        rest.removeAt(1);
        rest[0] += QStringLiteral(" chart");
        return exportChart({rest, invocation.out, invocation.err});
    }
    if (word == QLatin1String("data")) {
        QStringList rest = invocation.arguments;
        rest.removeAt(1);
        rest[0] += QStringLiteral(" data");
        return exportData({rest, invocation.out, invocation.err});
    }
    if (word == QLatin1String("-h") || word == QLatin1String("--help")) {
        invocation.out << tr("Usage: unfold export chart|data [options]") << u'\n'
                       << tr("  chart  Export a chart of one relationship as PNG, SVG or PDF.") << u'\n'
                       << tr("  data   Export a journal's data as CSV tables or one JSON document.") << u'\n'
                       << tr("Add --help after the word for its options.") << Qt::endl;
        return Success;
    }
    if (word.isEmpty())
        return complain(invocation, tr("say what to export: chart or data (try 'unfold export --help')"),
                        UsageError);
    return complain(invocation,
                    tr("cannot export '%1'; try 'unfold export chart' or 'unfold export data'").arg(word),
                    UsageError);
}

} // namespace unfold::cli
