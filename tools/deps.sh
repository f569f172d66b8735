#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Unfold needs, if it is missing, on the Debian
# releases Unfold supports: 12 (bookworm) and 13 (trixie). Extra package names given as arguments
# are installed too. Encrypted journals need SQLCipher 4, which Debian 12 has only in
# bookworm-backports: on Debian 12 this script adds that suite (backports never replace other
# packages unless asked, so nothing else on the system changes). On any other system it says so and exits non-zero: a guessed package list
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
    qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n libgl-dev libsodium-dev
    fonts-dejavu-core xvfb xauth
)
sqlcipher=libsqlcipher-dev

case "$id:$version_codename" in
    debian:trixie) packages+=("$sqlcipher" qt6-svg-plugins) ;; # Debian 12 has them in libqt6svg6
    debian:bookworm) ;; # SQLCipher from backports, below
    *)
        {
            echo "tools/deps.sh: this system is ${pretty_name:-unknown (no $os_release)}."
            echo "Unfold's set-up supports Debian 12 (bookworm) and Debian 13 (trixie)."
            echo "Elsewhere install by hand: CMake 3.25+, Ninja, a C++20 compiler, Qt 6.4+ (Core, DBus, Gui,"
            echo "Widgets, Charts, Svg, PrintSupport, LinguistTools, Test), SQLCipher 4.6 and libsodium; then run"
            echo "  cmake --preset dev && cmake --build --preset dev"
        } >&2
        exit 2
        ;;
esac
packages+=("$@")

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
# Debian 12's own libsqlcipher-dev is 3.4, which cannot read SQLCipher 4 files.
backports=()
if [ "$version_codename" = bookworm ] &&
    ! { installed "$sqlcipher" && dpkg --compare-versions "$(dpkg-query -W -f='${Version}' "$sqlcipher")" ge 4.6; }; then
    backports=("$sqlcipher")
fi
[ ${#missing[@]} -eq 0 ] && [ ${#backports[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#backports[@]} -gt 0 ] && ! grep -rqs '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # The same mirror the system already uses for Debian itself.
    mirror=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '$2 !~ /security/ {print $2; exit}')
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
    mirror=${mirror:-http://deb.debian.org/debian}
    echo "Adding bookworm-backports ($mirror) for SQLCipher 4: /etc/apt/sources.list.d/unfold-backports.sources"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" | $sudo tee /etc/apt/sources.list.d/unfold-backports.sources >/dev/null
fi
echo "Installing on ${pretty_name}: ${missing[*]} ${backports[*]}"
$sudo apt-get update
export DEBIAN_FRONTEND=noninteractive
[ ${#missing[@]} -eq 0 ] || $sudo apt-get install -y --no-install-recommends "${missing[@]}"
[ ${#backports[@]} -eq 0 ] || $sudo apt-get install -y --no-install-recommends -t bookworm-backports "${backports[@]}"
