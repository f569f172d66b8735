// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoJournal.h"
#include "DemoPartner.h"
#include "JournalArgument.h"
#include "JournalKey.h"
#include "ParserErrors.h"

#include <QCoreApplication>
#include <QDir>

namespace unfold::cli {

int runDemo(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the journal to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed for the content (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("personal (default), heavy, caseload or decade."),
                                     QStringLiteral("PROFILE"), QStringLiteral("personal"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                     tr("Encrypt the journal with the passphrase from --passphrase-file."));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        tr("Read the passphrase from the first line of FILE ('-': standard "
           "input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption partnerOf(
        QStringLiteral("partner-of"),
        tr("Write instead the partner's own journal of the partner relationship in journal FILE, logged as "
           "they would have logged it, to try sharing and comparing the two accounts."),
        QStringLiteral("FILE"));
    parser.addOptions({out, seed, profile, force, encrypt, passphraseFile, partnerOf});
    if (int code = parseOrExit(parser, invocation, tr("Writes a deterministic demo journal.")); code >= 0)
        return code;

    if (int code = requireOptions(parser, invocation, {&out}); code >= 0)
        return code;
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return complain(invocation, tr("--seed wants a whole number, not '%1'").arg(parser.value(seed)),
                        UsageError);
    if (parser.isSet(partnerOf)) {
        if (parser.isSet(profile) || parser.isSet(encrypt))
            return complain(invocation, tr("--partner-of goes with neither --profile nor --encrypt"),
                            UsageError);
        QString error;
        if (!DemoPartner::writeJournal(parser.value(partnerOf), parser.value(out), seedValue,
                                       parser.isSet(force), &error))
            return complain(invocation, error, Failure);
        invocation.out << tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(out))) << Qt::endl;
        return Success;
    }
    const auto chosen = DemoJournal::profileFromName(parser.value(profile));
    if (!chosen)
        return complain(invocation,
                        tr("unknown profile '%1' (choose personal, heavy, caseload or decade)")
                            .arg(parser.value(profile)),
                        UsageError);
    if (parser.isSet(encrypt) != parser.isSet(passphraseFile))
        return complain(invocation, tr("--encrypt needs --passphrase-file FILE"), UsageError);
    QString error;
    std::shared_ptr<const JournalKey> key;
    if (parser.isSet(encrypt)) {
        const QString passphrase = readNewPassphrase(invocation, parser.value(passphraseFile));
        if (passphrase.isEmpty())
            return Failure;
        key = JournalKey::derive(passphrase, KeyParameters::fresh(), &error);
        if (!key)
            return complain(invocation, error, Failure);
    }
    if (!DemoJournal::write(parser.value(out), *chosen, seedValue, parser.isSet(force), &error,
                            std::move(key)))
        return complain(invocation, error, Failure);
    invocation.out << tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(out))) << Qt::endl;
    return Success;
}

} // namespace unfold::cli
