// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold {

// Why a journal could not be opened or written, with a message for the user that names the
// problem. Nothing on disk was changed when one of these is reported.
struct JournalProblem
{
    enum class Kind
    {
        None,
        NotFound,
        Unreadable,
        NotAJournal,  // not SQLite, or SQLite without Unfold's application id
        Damaged,      // fails the integrity check, is truncated, or holds records Unfold cannot read
        Altered,      // holds tables, indexes, triggers or views Unfold did not put there
        NewerVersion, // written by a newer Unfold
        AlreadyExists,
        InUse,           // another instance holds the journal's lock
        WriteFailed,     // disk full, read-only medium, permissions
        NeedsPassphrase, // encrypted, and no passphrase was given
        WrongPassphrase, // encrypted, and the passphrase given does not open it
        CutOff,          // a save was cut off (a crash); opening for editing plays it back
    };

    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace unfold
