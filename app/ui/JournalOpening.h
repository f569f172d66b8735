// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace unfold {

class Journal;

// Opening and creating journals from the window: problems are shown to the user in plain
// words, and a journal in use elsewhere can be opened read-only instead.
namespace JournalOpening {

std::unique_ptr<Journal> open(QWidget *parent, const QString &path);
std::unique_ptr<Journal> create(QWidget *parent, const QString &path);

// Where journals live unless the user chooses otherwise (a 0700 folder).
QString defaultFolder();
QString defaultJournalPath();
QString demoJournalPath();

} // namespace JournalOpening
} // namespace unfold
