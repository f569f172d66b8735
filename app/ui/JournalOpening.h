// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalStore.h"

#include <QString>

#include <memory>

class QThread;
class QWidget;

namespace unfold {

class Journal;

// Opening and creating journals from the window: problems are shown to the user in plain
// words, and a journal in use elsewhere can be opened read-only instead.
namespace JournalOpening {

// From this size on (a few hundred thousand disclosures) a plain journal is opened on a thread of
// its own, behind a dialog that can cancel it: its check reads the whole file.
constexpr qint64 backgroundOpeningFrom = 16 * 1024 * 1024;

// The opening of a plain journal begun on a thread of its own before the window is made, so that
// the journal's check (most of opening) runs beside the making of the window: both cores work at
// start.
class EarlyOpening
{
public:
    explicit EarlyOpening(const QString &path);
    // Not taken (another journal was opened instead): the journal closes here, on its thread.
    ~EarlyOpening();
    Q_DISABLE_COPY_MOVE(EarlyOpening)

    const QString &path() const { return m_path; }
    bool isFinished() const;
    // The opened journal, waiting for it; null, with the problem, when it could not be opened.
    std::unique_ptr<Journal> take(JournalProblem *problem);

private:
    const QString m_path;
    std::unique_ptr<Journal> m_journal;
    JournalProblem m_problem;
    std::unique_ptr<QThread> m_thread;
};
// Begins opening `path` for editing; null for an encrypted, large or missing journal, and for
// one in an older format or with a cut-off save beside it (an upgrade first copies the old file
// aside and is told in a box of its own), which `open` opens as it always does. Call on the
// window's thread (the journal is handed to it) once the translations are installed: a problem
// found is worded as the opening finds it.
std::shared_ptr<EarlyOpening> beginOpening(const QString &path,
                                           qint64 backgroundFrom = backgroundOpeningFrom);

// An encrypted journal's passphrase is asked for, and asked again while it is wrong. A large
// journal opens in the background (above); Cancel there returns null and says nothing. With
// `early` begun for the same path, its journal, or the problem it found, is taken instead of
// opening again.
std::unique_ptr<Journal> open(QWidget *parent, const QString &path,
                              qint64 backgroundFrom = backgroundOpeningFrom, EarlyOpening *early = nullptr);
// Asks for a passphrase first; "Don't Encrypt" there makes a plain journal.
std::unique_ptr<Journal> create(QWidget *parent, const QString &path);
// Opens an encrypted journal with `passphrase` off the window's thread, behind a busy dialog
// over `parent` (unlocking a locked window, say).
std::unique_ptr<Journal> unlock(QWidget *parent, const QString &path, const QString &passphrase,
                                JournalStore::Access access, JournalProblem *problem);
// The same on the calling thread.
std::unique_ptr<Journal> openEncrypted(const QString &path, const QString &passphrase,
                                       JournalStore::Access access, JournalProblem *problem);

// Where journals live: the folder chosen in Settings, made (0700) if missing.
QString defaultFolder();
QString defaultJournalPath();
QString demoJournalPath();

} // namespace JournalOpening
} // namespace unfold
