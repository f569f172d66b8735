// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoJournal.h"
#include "ParserErrors.h"

#include <QCoreApplication>
#include <QDir>

namespace unfold::cli {

int runDemo(const Invocation &invocation)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("unfold::cli", text); };
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the journal to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed for the content (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("personal (default), heavy or caseload."),
                                     QStringLiteral("PROFILE"), QStringLiteral("personal"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOptions({out, seed, profile, force});
    if (int code = parseOrExit(parser, invocation, tr("Writes a deterministic demo journal.")); code >= 0)
        return code;

    if (!parser.isSet(out))
        return complain(invocation, tr("--out FILE is required"), UsageError);
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return complain(invocation, tr("--seed wants a whole number, not '%1'").arg(parser.value(seed)),
                        UsageError);
    const auto chosen = DemoJournal::profileFromName(parser.value(profile));
    if (!chosen)
        return complain(
            invocation,
            tr("unknown profile '%1' (choose personal, heavy or caseload)").arg(parser.value(profile)),
            UsageError);
    QString error;
    if (!DemoJournal::write(parser.value(out), *chosen, seedValue, parser.isSet(force), &error))
        return complain(invocation, error, Failure);
    invocation.out << tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(out))) << Qt::endl;
    return Success;
}

} // namespace unfold::cli
