#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Unfold needs, if it is missing, on the Debian
# releases Unfold supports: 12 (bookworm) and 13 (trixie). Extra package names given as arguments
# are installed too. On any other system it says so and exits non-zero: a guessed package list
# would fail later, at configure or link time, with a far less helpful message.
set -euo pipefail

os_release=${UNFOLD_OS_RELEASE:-/etc/os-release}
id="" version_codename="" pretty_name=""
if [ -r "$os_release" ]; then
    # Read the three fields in a subshell so nothing else in the file can touch this script.
    eval "$(. "$os_release" && printf 'id=%q version_codename=%q pretty_name=%q\n' \
        "${ID:-}" "${VERSION_CODENAME:-}" "${PRETTY_NAME:-}")"
fi

# What both releases call the same. qt6-base-dev stopped carrying Qt6OpenGL's CMake files, which
# Qt6Charts needs, so libqt6opengl6-dev is named rather than assumed.
packages=(
    cmake ninja-build g++ pkg-config ccache python3
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n libgl-dev libsqlite3-dev
    fonts-dejavu-core xvfb xauth
)

case "$id:$version_codename" in
    debian:bookworm | debian:trixie) ;;
    *)
        {
            echo "tools/deps.sh: this system is ${pretty_name:-unknown (no $os_release)}."
            echo "Unfold's set-up supports Debian 12 (bookworm) and Debian 13 (trixie)."
            echo "Elsewhere install by hand: CMake 3.25+, Ninja, a C++20 compiler, Qt 6.4+ (Core, Gui,"
            echo "Widgets, Charts, Svg, PrintSupport, LinguistTools, Test) and SQLite 3; then run"
            echo "  cmake --preset dev && cmake --build --preset dev"
        } >&2
        exit 2
        ;;
esac
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing on ${pretty_name}: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
