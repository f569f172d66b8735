#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset `fuzz`: clang with the address and undefined-behaviour
# sanitizers) and runs each for SECONDS (default 60) from its corpus in tests/fuzz/corpus.
# New inputs the fuzzers find go to a scratch folder, not into the source tree; a crash, hang or
# broken invariant stops with a non-zero exit and leaves its input as build/fuzz/<target>-crash-*.
# Add such an input to the target's corpus once fixed, so ctest replays it from then on.
#   bash tools/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
if [ $# -gt 0 ]; then shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(instrument_json protocol_json answers_csv shorthand journal_file partner_account)

bash tools/deps.sh clang libclang-rt-dev
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for target in "${targets[@]}"; do
    echo "== fuzz_$target for $seconds s"
    mkdir -p "$scratch/$target"
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: one that needs 2 GiB is a bug.
    log="$scratch/$target.log"
    status=0
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "build/fuzz/tests/fuzz/fuzz_$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/$target-" "$scratch/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1 ||
        status=$?
    sed -n -E '/^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)/p' "$log"
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log" >&2
        echo "fuzz_$target failed (exit $status): its input is in build/fuzz/$target-*" >&2
        exit 1
    fi
done
