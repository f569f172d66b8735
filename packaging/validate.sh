#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a configured build directory and holds it, the installed tree
# and the desktop metadata to the validators. Any error or warning fails the script.
#   packaging/validate.sh <build-dir>
# Needs: cmake, cpack, dpkg-dev, lintian, desktop-file-utils, appstream.
set -eu

build=${1:?usage: $0 <build-dir>}
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.unfold.Unfold
status=0

section() { printf '\n== %s\n' "$*"; }
problem() {
    echo "validate: $*" >&2
    status=1
}

section "build"
cmake --build "$build"

section "installed tree"
"$here/check-install-tree.sh" "$build" || problem "the installed tree is incomplete"

section "desktop-file-validate"
# It exits non-zero only on errors; warnings and hints are printed, so any output fails too.
output=$(desktop-file-validate "$here/$app_id.desktop" 2>&1) || problem "desktop-file-validate failed"
if [ -n "$output" ]; then
    echo "$output"
    problem "desktop-file-validate reported problems"
fi

section "appstreamcli validate --pedantic"
output=$(appstreamcli validate --pedantic --no-net --no-color "$here/$app_id.metainfo.xml" 2>&1) \
    || problem "appstreamcli validate failed"
echo "$output"
# E: errors and W: warnings fail; I: infos and P: pedantic notes are shown but allowed.
if echo "$output" | grep -q '^[EW]:'; then
    problem "appstreamcli reported errors or warnings"
fi

section "cpack -G DEB"
packages=$build/packages
rm -rf "$packages"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$packages"
deb=$(find "$packages" -maxdepth 1 -name 'unfold_*.deb' | head -n 1)
[ -n "$deb" ] || { problem "cpack made no .deb"; exit 1; }
dpkg-deb --info "$deb"
# Qt's own dialogs speak the user's language only with Qt's translations installed.
dpkg-deb --field "$deb" Recommends | grep -qw qt6-translations-l10n \
    || problem "the package does not recommend qt6-translations-l10n"

section "lintian"
# Infos are shown for the record; errors and warnings fail.
lintian --display-info --fail-on error,warning "$deb" || problem "lintian reported errors or warnings"

if [ "$status" -ne 0 ]; then
    echo "validate: FAILED" >&2
    exit "$status"
fi
echo
echo "validate: package $deb and metadata are clean"
