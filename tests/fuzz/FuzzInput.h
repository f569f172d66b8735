// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

// What every fuzz target shares: the libFuzzer entry points, the input as bytes, and how a
// broken invariant is reported (abort(): libFuzzer and the replay both stop and keep the input).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace unfold::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Not an assert: it must hold in release builds too.
inline void require(bool holds)
{
    if (!holds)
        std::abort();
}

} // namespace unfold::fuzz
