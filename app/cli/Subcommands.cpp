// SPDX-License-Identifier: GPL-3.0-or-later
#include "Subcommand.h"

#include <QtGlobal>

namespace unfold::cli {

int runDemo(const Invocation &invocation);
int runCheck(const Invocation &invocation);
int runLog(const Invocation &invocation);
int runScore(const Invocation &invocation);
int runReliability(const Invocation &invocation);
int runExport(const Invocation &invocation);
int runMetrics(const Invocation &invocation);
int runInsights(const Invocation &invocation);
int runReport(const Invocation &invocation);
int runEncrypt(const Invocation &invocation);
int runPassphrase(const Invocation &invocation);
int runExchange(const Invocation &invocation);

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all{
        {"demo", QT_TRANSLATE_NOOP("unfold::cli", "Write a demo journal."), false, runDemo},
        {"check", QT_TRANSLATE_NOOP("unfold::cli", "Check a journal's integrity and format."), false,
         runCheck},
        {"log", QT_TRANSLATE_NOOP("unfold::cli", "Log disclosures in a session from the command line."),
         false, runLog},
        {"export", QT_TRANSLATE_NOOP("unfold::cli", "Export a chart as a picture, or a journal's data."),
         true, runExport},
        {"metrics", QT_TRANSLATE_NOOP("unfold::cli", "Print the reciprocity measures of each session."),
         false, runMetrics},
        {"insights",
         QT_TRANSLATE_NOOP("unfold::cli", "Print the insights about a relationship, with what they rest on."),
         false, runInsights},
        {"report", QT_TRANSLATE_NOOP("unfold::cli", "Write a session report as a PDF."), true, runReport},
        {"score", QT_TRANSLATE_NOOP("unfold::cli", "Score questionnaire answers from a CSV file."), false,
         runScore},
        {"encrypt", QT_TRANSLATE_NOOP("unfold::cli", "Encrypt a plain journal with a passphrase."), false,
         runEncrypt},
        {"passphrase", QT_TRANSLATE_NOOP("unfold::cli", "Change an encrypted journal's passphrase."), false,
         runPassphrase},
        {"exchange",
         QT_TRANSLATE_NOOP("unfold::cli",
                           "Share a relationship with your partner, or import the account they shared."),
         false, runExchange},
        {"reliability", QT_TRANSLATE_NOOP("unfold::cli", "Print Cronbach's alpha of questionnaire answers."),
         false, runReliability},
    };
    return all;
}

} // namespace unfold::cli
