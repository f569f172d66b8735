// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unfold {

// The version of the SQLite library linked at run time (not the one compiled against), for
// the About box and bug reports: a distribution may update SQLite under a built binary.
QString sqliteVersion();

} // namespace unfold
