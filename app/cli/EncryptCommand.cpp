// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold encrypt` and `unfold passphrase`: encrypting a plain journal, and changing an encrypted
// journal's passphrase, both in place and atomically (JournalEncryption).
#include "JournalArgument.h"
#include "JournalEncryption.h"
#include "JournalKey.h"
#include "JournalLock.h"
#include "ParserErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace unfold::cli {

namespace {

// The journal's lock, so an Unfold window editing it is never written under.
std::unique_ptr<JournalLock> lockJournal(const Invocation &invocation, const QString &path, int *exitCode)
{
    auto lock = std::make_unique<JournalLock>(path);
    if (lock->tryLock())
        return lock;
    *exitCode = complain(invocation,
                         tr("%1 is in use by %2; close it there first")
                             .arg(QDir::toNativeSeparators(path), lock->holderDescription()),
                         Failure);
    return nullptr;
}

// A new key, with a new salt, for the passphrase read from `file`.
std::unique_ptr<JournalKey> newKey(const Invocation &invocation, const QString &file, int *exitCode)
{
    const QString passphrase = readNewPassphrase(invocation, file);
    if (passphrase.isEmpty()) {
        *exitCode = Failure;
        return nullptr;
    }
    QString error;
    auto key = JournalKey::derive(passphrase, KeyParameters::fresh(), &error);
    if (!key)
        *exitCode = complain(invocation, error, Failure);
    return key;
}

int rewriteWith(const Invocation &invocation, const QString &path, const JournalKey *from,
                const JournalKey &to, const QString &done)
{
    QString error;
    if (!JournalEncryption::rewrite(path, from, to, &error))
        return complain(invocation, error, Failure);
    invocation.out << done.arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}

} // namespace

int runEncrypt(const Invocation &invocation)
{
    QCommandLineParser parser;
    const JournalArgument journalArgument(tr("The plain journal to encrypt."));
    journalArgument.addTo(parser);
    if (int code = parseOrExit(parser, invocation,
                               tr("Encrypts a plain journal in place with the passphrase from "
                                  "--passphrase-file. Plain backups made before stay as they are."));
        code >= 0)
        return code;
    if (int code =
            requireOptions(parser, invocation, {&journalArgument.journal, &journalArgument.passphraseFile});
        code >= 0)
        return code;
    const QString path = parser.value(journalArgument.journal);
    if (JournalStore::isEncryptedFile(path))
        return complain(invocation,
                        tr("%1 is already encrypted; 'unfold passphrase' changes its passphrase")
                            .arg(QDir::toNativeSeparators(path)),
                        Failure);
    int exitCode = Success;
    const auto lock = lockJournal(invocation, path, &exitCode);
    if (!lock)
        return exitCode;
    if (const JournalProblem problem = JournalStore::inspect(path))
        return complain(invocation, problem.message, Failure);
    const auto key = newKey(invocation, parser.value(journalArgument.passphraseFile), &exitCode);
    if (!key)
        return exitCode;
    return rewriteWith(invocation, path, nullptr, *key, tr("Encrypted %1"));
}

int runPassphrase(const Invocation &invocation)
{
    QCommandLineParser parser;
    const JournalArgument journalArgument(tr("The encrypted journal."));
    journalArgument.addTo(parser);
    const QCommandLineOption newPassphraseFile(QStringLiteral("new-passphrase-file"),
                                               tr("Read the new passphrase from the first line of FILE."),
                                               QStringLiteral("FILE"));
    parser.addOption(newPassphraseFile);
    if (int code = parseOrExit(parser, invocation,
                               tr("Changes an encrypted journal's passphrase: afterwards only the new one "
                                  "opens it."));
        code >= 0)
        return code;
    if (int code =
            requireOptions(parser, invocation,
                           {&journalArgument.journal, &journalArgument.passphraseFile, &newPassphraseFile});
        code >= 0)
        return code;
    const QString path = parser.value(journalArgument.journal);
    if (!JournalStore::isEncryptedFile(path)) {
        if (const JournalProblem problem = JournalStore::inspect(path, nullptr, false, nullptr))
            return complain(invocation, problem.message, Failure);
        return complain(
            invocation,
            tr("%1 is not encrypted; 'unfold encrypt' encrypts it").arg(QDir::toNativeSeparators(path)),
            Failure);
    }
    int exitCode = Success;
    const auto lock = lockJournal(invocation, path, &exitCode);
    if (!lock)
        return exitCode;
    const auto oldKey = keyForJournal(invocation, parser, journalArgument, path, &exitCode);
    if (!oldKey)
        return exitCode == Success ? Failure : exitCode;
    if (const JournalProblem problem = JournalStore::inspect(path, nullptr, false, oldKey.get()))
        return complain(invocation, problem.message, Failure);
    const auto key = newKey(invocation, parser.value(newPassphraseFile), &exitCode);
    if (!key)
        return exitCode;
    return rewriteWith(invocation, path, oldKey.get(), *key, tr("Changed the passphrase of %1"));
}

} // namespace unfold::cli
