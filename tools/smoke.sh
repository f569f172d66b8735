#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A smoke test of the real binary, as a newcomer meets it: `unfold demo` writes a journal that
# `unfold check` passes, and the window starts under Xvfb on the demo journal it makes on first
# start and shows it. Leaves the screenshot at build/smoke/window.png to look at.
#   tools/smoke.sh [BUILD_DIR]   (default build/ci, as tools/test.sh leaves it)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
unfold="$PWD/$build/bin/unfold"
out="$PWD/build/smoke"
bash tools/deps.sh imagemagick xdotool >/dev/null

rm -rf "$out"
mkdir -p "$out/home"
fail() { echo "smoke: $*" >&2; exit 1; }

"$unfold" demo --out "$out/demo.unfold" || fail "unfold demo failed"
"$unfold" check --journal "$out/demo.unfold" || fail "unfold check refused the demo journal"

# A home of its own, so first start is really the first: no journal yet, so the demo is written.
export HOME="$out/home" XDG_DATA_HOME="$out/home/.local/share" XDG_CONFIG_HOME="$out/home/.config"
export XDG_RUNTIME_DIR="$out/runtime" LANG=C.UTF-8
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    "$1" &
    app=$!
    for _ in $(seq 1 60); do
        xdotool search --onlyvisible --name "Unfold" >/dev/null 2>&1 && break
        kill -0 "$app" 2>/dev/null || { echo "smoke: the window exited before showing" >&2; exit 1; }
        sleep 0.5
    done
    xdotool search --onlyvisible --name "Unfold" >/dev/null || { echo "smoke: no window appeared" >&2; kill "$app"; exit 1; }
    sleep 2
    import -window root "$2/window.png"
    kill "$app"; wait "$app" 2>/dev/null || true
' smoke "$unfold" "$out"

journal=$(find "$out/home" -name 'demo.unfold' | head -n 1)
[ -n "$journal" ] || fail "first start wrote no demo journal under $out/home"
"$unfold" check --journal "$journal" >/dev/null || fail "the first-start demo journal does not pass check"
# A window that drew its sidebar, tables and tabs has many colours; a blank or black screen has one.
colours=$(convert "$out/window.png" -format '%k' info:)
[ "$colours" -ge 64 ] || fail "the screenshot has only $colours colours: the window shows nothing"
echo "smoke: demo, check and the window on the first-start demo journal ($colours colours): $out/window.png"
