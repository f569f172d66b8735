// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalStore.h"
#include "Subcommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace unfold {
class Journal;
class JournalKey;
} // namespace unfold

namespace unfold::cli {

// --journal FILE and --passphrase-file FILE, as every command that reads a journal takes them.
struct JournalArgument
{
    // `passphraseName` names the journal passphrase's option: a command whose --passphrase-file
    // means another passphrase (`unfold exchange`) gives the journal's another name.
    explicit JournalArgument(const QString &journalHelp,
                             const QString &passphraseName = QStringLiteral("passphrase-file"));
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption journal;
    QCommandLineOption passphraseFile;
};

// Reads a passphrase: the first line of FILE, or of standard input for "-". Empty when the file
// cannot be read or holds no passphrase (after complaining, so the caller returns Failure).
QString readPassphrase(const Invocation &invocation, const QString &file);

// The key that opens the journal at `path`: null for a plain journal (no passphrase needed), else
// derived from --passphrase-file. Sets `exitCode` (non-zero) when the journal needs a passphrase
// and none could be had.
// The same for a passphrase that is to encrypt a journal: also refuses one shorter than the
// window accepts.
QString readNewPassphrase(const Invocation &invocation, const QString &file);

std::shared_ptr<const JournalKey> keyForJournal(const Invocation &invocation,
                                                const QCommandLineParser &parser,
                                                const JournalArgument &argument, const QString &path,
                                                int *exitCode);

// Opens --journal read-only with its key when it is encrypted; null after complaining (exit
// code Failure, or UsageError when --journal is missing).
std::unique_ptr<Journal> openJournal(const Invocation &invocation, const QCommandLineParser &parser,
                                     const JournalArgument &argument, int *exitCode);

// Opens --journal for editing (upgrading an older format, which is said on standard error, with
// what the upgrade changed). Null after complaining, with `exitCode` set.
std::unique_ptr<Journal> openJournalForEditing(const Invocation &invocation, const QCommandLineParser &parser,
                                               const JournalArgument &argument, int *exitCode);

} // namespace unfold::cli
