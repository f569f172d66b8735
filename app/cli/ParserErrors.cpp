// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParserErrors.h"

#include <QCoreApplication>

namespace unfold::cli {

int parseOrExit(QCommandLineParser &parser, const Invocation &invocation, const QString &description,
                Positional positional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("unfold::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(invocation.arguments))
        return complain(invocation, parser.errorText(), UsageError);
    if (parser.isSet(help)) {
        invocation.out << parser.helpText();
        invocation.out.flush();
        return Success;
    }
    if (positional == Positional::None && !parser.positionalArguments().isEmpty())
        return complain(invocation,
                        QCoreApplication::translate("unfold::cli", "unexpected argument '%1'")
                            .arg(parser.positionalArguments().first()),
                        UsageError);
    return -1;
}

int requireOptions(const QCommandLineParser &parser, const Invocation &invocation,
                   std::initializer_list<const QCommandLineOption *> required)
{
    for (const QCommandLineOption *option : required)
        if (!parser.isSet(*option)) {
            const QString name = QStringLiteral("--") + option->names().first();
            return complain(invocation,
                            option->valueName().isEmpty()
                                ? QCoreApplication::translate("unfold::cli", "%1 is required").arg(name)
                                : QCoreApplication::translate("unfold::cli", "%1 %2 is required")
                                      .arg(name, option->valueName()),
                            UsageError);
        }
    return -1;
}

int complain(const Invocation &invocation, const QString &message, int code)
{
    invocation.err << invocation.arguments.value(0) << QStringLiteral(": ") << message << Qt::endl;
    return code;
}

QString chosenFormat(const Invocation &invocation, const QCommandLineParser &parser,
                     const QCommandLineOption &option, const QString &first, const QString &second)
{
    const QString format = parser.value(option).toLower();
    if (format == first || format == second)
        return format;
    complain(invocation, tr("unknown format '%1' (choose %2 or %3)").arg(parser.value(option), first, second),
             UsageError);
    return {};
}

} // namespace unfold::cli
