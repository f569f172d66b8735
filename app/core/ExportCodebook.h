// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

namespace unfold::ExportCodebook {

inline constexpr auto tableName = "codebook";

// The codebook of an export: one row per column of every table in `tables`, and of the codebook
// itself, built from the columns' own descriptions, so it always names exactly what was written.
DataTable describe(const QList<DataTable> &tables);

} // namespace unfold::ExportCodebook
