# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target says how all of Unfold's code is compiled.
add_library(unfold_settings INTERFACE)
target_compile_features(unfold_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(unfold_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
target_compile_definitions(unfold_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    UNFOLD_VERSION="${PROJECT_VERSION}"
    UNFOLD_APP_ID="${UNFOLD_APP_ID}")

# Hardening, as Debian's own packages are built: stack protection, checked buffer functions in
# optimised builds, and relocations made read-only at start (full RELRO, "bindnow").
target_compile_options(unfold_settings INTERFACE -fstack-protector-strong -fstack-clash-protection
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
target_link_options(unfold_settings INTERFACE -Wl,-z,relro -Wl,-z,now)
# Control-flow protection (Intel CET: shadow stack and indirect-branch tracking), as Debian's
# dpkg-buildflags add it on amd64. Only where the compiler knows it for the target: GCC refuses
# it on arm64, say, and a flag the compiler rejects would fail every build there.
include(CheckCXXCompilerFlag)
check_cxx_compiler_flag(-fcf-protection UNFOLD_HAVE_CF_PROTECTION)
if(UNFOLD_HAVE_CF_PROTECTION)
    target_compile_options(unfold_settings INTERFACE -fcf-protection)
endif()

option(UNFOLD_WERROR "Treat warnings as errors" OFF)
if(UNFOLD_WERROR)
    target_compile_options(unfold_settings INTERFACE -Werror)
endif()

option(UNFOLD_SANITIZE "Build with address and undefined behaviour sanitizers" OFF)
if(UNFOLD_SANITIZE)
    target_compile_options(unfold_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(unfold_settings INTERFACE -fsanitize=address,undefined)
endif()
# libFuzzer targets (tests/fuzz), clang only: everything instrumented for coverage-guided search
# and checked by the address and undefined-behaviour sanitizers as it runs.
option(UNFOLD_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(UNFOLD_FUZZ)
    target_compile_options(unfold_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(unfold_settings INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
