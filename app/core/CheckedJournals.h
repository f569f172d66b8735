// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalFileState.h"

#include <QString>

// What Unfold remembers of the journal files it has checked, so that opening one it left whole
// need not check every page and record again: the state of each file as Unfold last left it, and
// a checksum of its bytes. A journal is remembered only when it closes having been checked (or
// known whole) at its opening and written since by Unfold alone, on a file system that keeps
// change times itself. Any other write changes the file's state or its bytes, and the next
// opening checks it whole, as before.
//
// The record is kept in the user's cache folder, readable by the user alone. It holds no journal's
// content, nor its path: a random key of its own names each journal by a hash of its path and
// keys every checksum. Losing it, or a record that does not read, costs only the next opening's
// check.
namespace unfold::CheckedJournals {

QString recordPath();

// True when the file at `path`, now in state `now`, is byte for byte the file Unfold last left
// whole there.
bool isKnownWhole(const QString &path, const JournalFileState &now);

// Notes the file at `path` as whole in state `leftAs`. Nothing is noted, and false returned, when
// the file is no longer in that state (another program wrote it) or the record cannot be written.
bool rememberWhole(const QString &path, const JournalFileState &leftAs);

} // namespace unfold::CheckedJournals
