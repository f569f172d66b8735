// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteVersion.h"

#include <sqlite3.h>

namespace unfold {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace unfold
