// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
// Writes `bytes` to `target` readable by the user alone, through a temporary file beside it and
// one rename: a failure (full disk, no permission) leaves whatever was at `target` untouched.
bool writeAtomically(const QString &target, const QByteArray &bytes, QString *error);

} // namespace unfold::PrivateFiles
