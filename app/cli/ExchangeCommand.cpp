// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold exchange export|import`: one relationship's account sealed for the partner, and the
// partner's account taken in beside one's own log (DESIGN.md §2.3).
#include "Journal.h"
#include "JournalArgument.h"
#include "ParserErrors.h"
#include "PartnerExchange.h"
#include "Perception.h"
#include "RelationshipArgument.h"

#include <QDir>

namespace unfold::cli {

namespace {

int exportAccount(const Invocation &invocation, const QCommandLineParser &parser,
                  const RelationshipArgument &argument, const QCommandLineOption &passphraseFile,
                  const QCommandLineOption &out, const QCommandLineOption &includeNotes,
                  const QCommandLineOption &me)
{
    if (int code = requireOptions(parser, invocation,
                                  {&argument.journal.journal, &argument.relationship, &out, &passphraseFile});
        code >= 0)
        return code;
    const QString passphrase = readNewPassphrase(invocation, parser.value(passphraseFile));
    if (passphrase.isEmpty())
        return Failure;
    const RelationshipInJournal opened = openRelationship(invocation, parser, argument);
    if (!opened)
        return opened.exitCode;
    QString error;
    if (!PartnerExchange::write(*opened.journal, opened.relationshipId, parser.value(out), passphrase,
                                parser.isSet(includeNotes), &error, parser.value(me)))
        return complain(invocation, error, Failure);
    const int sessions = int(opened.journal->sessionSummaries(opened.relationshipId).size());
    invocation.out << tr("Wrote the account of %1 (sessions: %2) to %3%4.")
                          .arg(opened.title)
                          .arg(sessions)
                          .arg(QDir::toNativeSeparators(parser.value(out)),
                               parser.isSet(includeNotes) ? tr(", notes included") : QString())
                   << Qt::endl;
    return Success;
}

int importAccount(const Invocation &invocation, const QCommandLineParser &parser,
                  const RelationshipArgument &argument, const QCommandLineOption &passphraseFile,
                  const QCommandLineOption &in, const QCommandLineOption &partner)
{
    if (int code = requireOptions(parser, invocation, {&argument.journal.journal, &in, &passphraseFile});
        code >= 0)
        return code;
    const QString passphrase = readPassphrase(invocation, parser.value(passphraseFile));
    if (passphrase.isEmpty())
        return Failure;
    // The file is read and checked before the journal is opened for editing: a bad file changes nothing.
    const PartnerExchange::Read read = PartnerExchange::read(parser.value(in), passphrase);
    if (!read.account)
        return complain(invocation, read.error, Failure);
    int exitCode = Success;
    const std::unique_ptr<Journal> journal =
        openJournalForEditing(invocation, parser, argument.journal, &exitCode);
    if (!journal)
        return exitCode;
    QString error;
    qint64 relationshipId = 0;
    if (parser.isSet(argument.relationship)) {
        relationshipId = findRelationship(invocation, *journal, parser.value(argument.relationship));
        if (relationshipId == 0)
            return Failure;
    } else if (relationshipId = PartnerExchange::relationshipFor(*read.account, *journal, &error);
               relationshipId == 0) {
        return complain(invocation, error + QLatin1Char(' ') + tr("Name it with --relationship."), Failure);
    }
    bool ambiguous = false;
    const std::optional<StoredPartnerAccount> stored = PartnerExchange::prepareImport(
        *read.account, *journal, relationshipId, parser.value(partner), &error, &ambiguous);
    if (!stored)
        return complain(invocation,
                        ambiguous ? error + QLatin1Char(' ') + tr("Name the sender with --partner NAME.")
                                  : error,
                        Failure);
    const bool replacing = journal->partnerAccount(relationshipId).has_value();
    if (!journal->setPartnerAccount(relationshipId, stored))
        return complain(invocation, tr("the account could not be saved: %1").arg(journal->lastError()),
                        Failure);

    const PartnerAccount &account = stored->account;
    const QString title = journal->relationshipTitle(*journal->relationship(relationshipId));
    const QString sender = *account.author == Speaker::A ? account.nameA : account.nameB;
    invocation.out << (replacing
                           ? tr("Replaced the partner's account of %1 with %2's newer one: sessions: %3, "
                                "disclosures: %4.")
                           : tr("Imported %2's account of %1: sessions: %3, disclosures: %4."))
                          .arg(title, sender)
                          .arg(account.sessions.size())
                          .arg(account.disclosureCount())
                   << Qt::endl;
    const PerceptionSeries series = PerceptionSeries::fromJournal(*journal, relationshipId);
    invocation.out << tr("Matched sessions: %1; yours without a match: %2; theirs without a match: %3.")
                          .arg(series.pairs.size())
                          .arg(series.unmatchedMine)
                          .arg(series.unmatchedPartner)
                   << Qt::endl;
    if (!series.partnerOnlyTopics.isEmpty())
        invocation.out << tr("Topics only the partner's journal has (compared as topics of their own): %1.")
                              .arg(series.partnerOnlyTopics.join(QStringLiteral(", ")))
                       << Qt::endl;
    return Success;
}

} // namespace

int runExchange(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("export or import"),
                                 QStringLiteral("export|import"));
    const RelationshipArgument argument(
        JournalArgument(tr("Your journal."), QStringLiteral("journal-passphrase-file")));
    argument.addTo(parser);
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("Read the passphrase you and your partner agreed on from the "
                                               "first line of FILE ('-': standard input)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("export: the exchange file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption in(QStringLiteral("in"), tr("import: the exchange file your partner sent."),
                                QStringLiteral("FILE"));
    const QCommandLineOption includeNotes(
        QStringLiteral("include-notes"),
        tr("export: include session and disclosure notes (left out by default)."));
    const QCommandLineOption me(
        QStringLiteral("me"),
        tr("export: which of the two people you are, when the journal does not mark \"me\"."),
        QStringLiteral("NAME"));
    const QCommandLineOption partner(
        QStringLiteral("partner"),
        tr("import: which of the two people sent the file, when neither journal marks \"me\"."),
        QStringLiteral("NAME"));
    parser.addOptions({passphraseFile, out, in, includeNotes, me, partner});
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Shares one relationship with your partner as an encrypted exchange file, or "
                           "imports the file your partner sent as their account, beside your own."),
                        Positional::Allowed);
        code >= 0)
        return code;
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1 || (action != QLatin1String("export") && action != QLatin1String("import")))
        return complain(invocation, tr("say export or import"), UsageError);
    const bool exporting = action == QLatin1String("export");
    for (const QCommandLineOption *wrong :
         exporting ? QList<const QCommandLineOption *>{&in, &partner}
                   : QList<const QCommandLineOption *>{&out, &includeNotes, &me}) {
        if (parser.isSet(*wrong))
            return complain(invocation,
                            tr("--%1 does not go with %2").arg(wrong->names().constFirst(), action),
                            UsageError);
    }
    return exporting ? exportAccount(invocation, parser, argument, passphraseFile, out, includeNotes, me)
                     : importAccount(invocation, parser, argument, passphraseFile, in, partner);
}

} // namespace unfold::cli
