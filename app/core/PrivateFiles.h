// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold::PrivateFiles {

// Journals hold intimate content: directories we create are 0700, files 0600.
bool ensureDirectory(const QString &dir, QString *error);
// Creates an empty file readable only by the user; fails when something is there already.
bool createEmptyFile(const QString &path, QString *error);
// A unique name beside `target` for writing before an atomic rename.
QString temporaryNameBeside(const QString &target);
// Flushes a written file to the disk, then renames it over `target` in one step.
bool commitTemporary(const QString &temporary, const QString &target, QString *error);

} // namespace unfold::PrivateFiles
