// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Language.h"
#include "OpenArgument.h"
#include "ParserErrors.h"
#include "Subcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace unfold::cli {

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Unfold"));
    QCoreApplication::setApplicationName(QStringLiteral("Unfold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNFOLD_VERSION));
}

const Subcommand *findSubcommand(int argc, char **argv)
{
    if (argc < 2)
        return nullptr;
    for (const Subcommand &sub : subcommands())
        if (std::strcmp(argv[1], sub.name) == 0)
            return &sub;
    return nullptr;
}

int runSubcommand(const Subcommand &sub, int argc, char **argv)
{
    // The subcommand's own words, taken before QApplication consumes the ones it knows
    // (-session, -style, ...), which would otherwise vanish from `unfold report --session`.
    QStringList original;
    for (int i = 0; i < argc; ++i)
        original.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (sub.needsGui) {
        // Pictures are drawn without a display; a subcommand must never need one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv); // charts are graphics widgets
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    Language::install(Language::configured());
    QStringList arguments = original;
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("unfold ") + QString::fromLatin1(sub.name);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sub.run({arguments, out, err});
}

QString subcommandList()
{
    QString text = tr("Commands (each runs without a display; add --help for its options):") + u'\n';
    for (const Subcommand &sub : subcommands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(sub.name).leftJustified(12),
                         QCoreApplication::translate("unfold::cli", sub.summary));
    return text;
}

} // namespace

std::optional<GuiRequest> handleCommandLine(int argc, char **argv, int *exitCode)
{
    if (const Subcommand *sub = findSubcommand(argc, argv)) {
        *exitCode = runSubcommand(*sub, argc, argv);
        return std::nullopt;
    }

    QCoreApplication app(argc, argv);
    describeApplication();
    Language::install(Language::configured());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Unfold: reflect on how you and the people close to you open up."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption journal(QStringLiteral("journal"), tr("Open the journal FILE."),
                                     QStringLiteral("FILE"));
    parser.addOptions({help, version, journal});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("A command to run without the window (see below), or a journal FILE "
                                    "to open in the window (./FILE for one named like a command)."),
                                 QStringLiteral("[command | FILE]"));
    if (!parser.parse(app.arguments())) {
        err << QStringLiteral("unfold: ") << parser.errorText() << u'\n' << tr("Try 'unfold --help'.")
            << Qt::endl;
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        out << parser.helpText() << u'\n' << subcommandList();
        *exitCode = Success;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        out << QStringLiteral("Unfold %1 (Qt %2)")
                   .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
            << Qt::endl;
        *exitCode = Success;
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return GuiRequest{parser.value(journal), {}};
    if (positional.size() > 1 || parser.isSet(journal)) {
        err << QStringLiteral("unfold: ") << tr("one journal at a time: give either FILE or --journal FILE")
            << u'\n' << tr("Try 'unfold --help'.") << Qt::endl;
        *exitCode = UsageError;
        return std::nullopt;
    }
    const OpenArgument argument = readOpenArgument(positional.first());
    switch (argument.verdict) {
    case OpenArgument::Verdict::Open:
        return GuiRequest{argument.path, {}};
    case OpenArgument::Verdict::UnknownCommand:
        err << QStringLiteral("unfold: ") << argument.message << u'\n' << tr("Try 'unfold --help'.")
            << Qt::endl;
        *exitCode = UsageError;
        return std::nullopt;
    case OpenArgument::Verdict::Refused:
        break;
    }
    err << QStringLiteral("unfold: ") << argument.message << Qt::endl;
    *exitCode = Failure;
    // Started from a file manager, the message above goes where nobody reads it.
    if (!::isatty(STDERR_FILENO))
        return GuiRequest{{}, argument.message};
    return std::nullopt;
}

} // namespace unfold::cli
