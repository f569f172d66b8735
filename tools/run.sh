#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Unfold and starts it. On first start Unfold writes a demo
# journal to look around in; File › New Journal starts your own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target unfold
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found. Run Unfold on a desktop, or without a screen:"
    echo "  xvfb-run -a ./build/dev/bin/unfold"
    echo "Headless commands work anywhere: ./build/dev/bin/unfold --help"
    exit 1
fi
exec ./build/dev/bin/unfold "$@"
