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

// Where journals live: the folder chosen in Settings, made (0700) if missing.
QString defaultFolder();
QString defaultJournalPath();
QString demoJournalPath();

} // namespace JournalOpening
} // namespace unfold
