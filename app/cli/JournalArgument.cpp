// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalArgument.h"

#include "Journal.h"
#include "JournalKey.h"
#include "ParserErrors.h"
#include "Preferences.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <sodium.h>

namespace unfold::cli {

namespace {

constexpr qint64 longestPassphrase = 4096;
} // namespace

JournalArgument::JournalArgument(const QString &journalHelp, const QString &passphraseName)
    : journal(QStringLiteral("journal"), journalHelp, QStringLiteral("FILE")),
      passphraseFile(passphraseName,
                     tr("Read an encrypted journal's passphrase from the first line of FILE ('-': "
                        "standard input)."),
                     QStringLiteral("FILE"))
{}

void JournalArgument::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({journal, passphraseFile});
}

QString readPassphrase(const Invocation &invocation, const QString &file)
{
    QFile source;
    const bool fromInput = file == QLatin1String("-");
    const bool opened = fromInput ? source.open(stdin, QIODevice::ReadOnly)
                                  : (source.setFileName(file), source.open(QIODevice::ReadOnly));
    if (!opened) {
        complain(invocation,
                 tr("cannot read the passphrase from %1: %2")
                     .arg(QDir::toNativeSeparators(file), source.errorString()),
                 Failure);
        return {};
    }
    QByteArray line = source.readLine(longestPassphrase + 2);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > longestPassphrase) {
        sodium_memzero(line.data(), size_t(line.size()));
        complain(invocation,
                 tr("the passphrase in %1 is longer than %2 bytes")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(longestPassphrase),
                 Failure);
        return {};
    }
    QString passphrase = QString::fromUtf8(line);
    sodium_memzero(line.data(), size_t(line.size()));
    if (passphrase.isEmpty())
        complain(invocation,
                 tr("%1 holds no passphrase (its first line is empty)")
                     .arg(fromInput ? tr("standard input") : QDir::toNativeSeparators(file)),
                 Failure);
    return passphrase;
}

QString readNewPassphrase(const Invocation &invocation, const QString &file)
{
    QString passphrase = readPassphrase(invocation, file);
    if (!passphrase.isEmpty() && passphrase.size() < minimumPassphraseLength) {
        complain(invocation,
                 tr("a new passphrase needs at least %1 characters; a few words are easy to remember "
                    "and hard to guess")
                     .arg(minimumPassphraseLength),
                 Failure);
        return {};
    }
    return passphrase;
}

std::shared_ptr<const JournalKey> keyForJournal(const Invocation &invocation,
                                                const QCommandLineParser &parser,
                                                const JournalArgument &argument, const QString &path,
                                                int *exitCode)
{
    *exitCode = Success;
    if (!JournalStore::isEncryptedFile(path))
        return nullptr;
    if (!parser.isSet(argument.passphraseFile)) {
        *exitCode =
            complain(invocation,
                     tr("%1 is encrypted: give its passphrase with --%2 FILE")
                         .arg(QDir::toNativeSeparators(path), argument.passphraseFile.names().constFirst()),
                     Failure);
        return nullptr;
    }
    const QString passphrase = readPassphrase(invocation, parser.value(argument.passphraseFile));
    if (passphrase.isEmpty()) {
        *exitCode = Failure;
        return nullptr;
    }
    QString error;
    std::shared_ptr<const JournalKey> key = JournalKey::forJournal(path, passphrase, &error);
    if (!key)
        *exitCode = complain(invocation, error, Failure);
    return key;
}

namespace {

// What both ways of opening begin with: the --journal option given, and the key of an encrypted
// journal read from where the options say. `exitCode` is Success when both are there.
std::pair<QString, std::shared_ptr<const JournalKey>> journalToOpen(const Invocation &invocation,
                                                                    const QCommandLineParser &parser,
                                                                    const JournalArgument &argument,
                                                                    int *exitCode)
{
    if (int code = requireOptions(parser, invocation, {&argument.journal}); code >= 0) {
        *exitCode = code;
        return {};
    }
    const QString path = parser.value(argument.journal);
    return {path, keyForJournal(invocation, parser, argument, path, exitCode)};
}

} // namespace

std::unique_ptr<Journal> openJournal(const Invocation &invocation, const QCommandLineParser &parser,
                                     const JournalArgument &argument, int *exitCode)
{
    auto [path, key] = journalToOpen(invocation, parser, argument, exitCode);
    if (*exitCode != Success)
        return nullptr;
    // Whatever `check` would call damaged or altered is refused here too, with the same words,
    // so no command reads numbers out of a journal its own check rejects.
    if (const JournalProblem problem = JournalStore::inspect(path, nullptr, true, key.get())) {
        *exitCode = complain(invocation, problem.message, Failure);
        return nullptr;
    }
    JournalProblem problem;
    // Read-only: reading never changes the journal and works while the app has it open.
    auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem, std::move(key));
    if (!journal)
        *exitCode = complain(invocation, problem.message, Failure);
    return journal;
}

std::unique_ptr<Journal> openJournalForEditing(const Invocation &invocation, const QCommandLineParser &parser,
                                               const JournalArgument &argument, int *exitCode)
{
    auto [path, key] = journalToOpen(invocation, parser, argument, exitCode);
    if (*exitCode != Success)
        return nullptr;
    // A command killed while writing a backup leaves a hidden temporary copy of journal content.
    for (const QString &folder : {QFileInfo(path).absolutePath(), Preferences::backupFolder()})
        PrivateFiles::removeLeftovers(folder);
    JournalProblem problem;
    auto journal = Journal::open(path, JournalStore::Access::ReadWrite, Preferences::backupFolder(), &problem,
                                 std::move(key));
    if (!journal) {
        *exitCode = complain(invocation, problem.message, Failure);
        return nullptr;
    }
    // Standard error, so a script reading what the command prints is not confused.
    if (!journal->store().preMigrationCopy().isEmpty()) {
        invocation.err
            << tr("The journal was upgraded to the current format; a copy of the old file was kept "
                  "at %1.")
                   .arg(QDir::toNativeSeparators(journal->store().preMigrationCopy()))
            << Qt::endl;
        for (const QString &note : journal->store().upgradeNotes())
            invocation.err << note << Qt::endl;
    }
    return journal;
}

} // namespace unfold::cli
