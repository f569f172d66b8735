#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built tree into a temporary prefix and checks that everything a desktop and a
# distribution look for is in place, under the one application id. Also checks that the man
# page names every command and option the binary's --help shows.
# Usage: packaging/check-install-tree.sh <build-dir>
set -eu

build=${1:?usage: $0 <build-dir>}
app_id=io.github.unfold.Unfold

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT INT TERM
cmake --install "$build" --prefix "$prefix" >/dev/null

failures=0
fail() {
    echo "check-install-tree: $*" >&2
    failures=$((failures + 1))
}

share=$prefix/share
for path in \
    bin/unfold \
    share/applications/$app_id.desktop \
    share/metainfo/$app_id.metainfo.xml \
    share/mime/packages/$app_id.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg \
    share/icons/hicolor/48x48/apps/$app_id.png \
    share/icons/hicolor/64x64/apps/$app_id.png \
    share/icons/hicolor/128x128/apps/$app_id.png \
    share/icons/hicolor/256x256/apps/$app_id.png \
    share/man/man1/unfold.1.gz \
    share/unfold/translations/unfold_de.qm \
    share/unfold/translations/unfold_es.qm \
    share/unfold/translations/unfold_fr.qm \
    share/unfold/translations/unfold_pt.qm \
    share/doc/unfold/copyright \
    share/doc/unfold/LICENSE \
    share/doc/unfold/changelog.Debian.gz; do
    [ -s "$prefix/$path" ] || fail "missing or empty: $path"
done
[ -x "$prefix/bin/unfold" ] || fail "bin/unfold is not executable"

# Each PNG must be the size its folder says.
for size in 48 64 128 256; do
    png=$share/icons/hicolor/${size}x$size/apps/$app_id.png
    [ -f "$png" ] || continue
    # PNG header: width and height are big-endian 32-bit numbers at bytes 16 and 20.
    dimensions=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dimensions" = "${size}x$size" ] || fail "$png is $dimensions, not ${size}x$size"
done

# One id everywhere: the desktop file names its icon, the metainfo its id and launchable.
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "desktop file: Icon is not $app_id"
grep -q "<id>$app_id</id>" "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo: id is not $app_id"
grep -q ">$app_id.desktop</launchable>" "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo: launchable"
# A journal opens from a file manager: the type the mime file defines is the one the desktop file
# handles and the metainfo provides, with magic and the *.unfold glob, and Exec takes the file.
desktop=$share/applications/$app_id.desktop
mime_xml=$share/mime/packages/$app_id.xml
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime_xml" 2>/dev/null | head -n 1)
[ "$mime_type" = application/x-unfold-journal ] || fail "mime XML: type is '$mime_type'"
grep -q '<glob pattern="\*\.unfold"/>' "$mime_xml" || fail "mime XML: no *.unfold glob"
grep -q '<match type="big32" offset="68" value="0x556E666C"/>' "$mime_xml" || fail "mime XML: no application id magic"
grep -q '<match type="string" offset="0" value="UNFe"/>' "$mime_xml" || fail "mime XML: no encrypted journal magic"
grep -qx "MimeType=$mime_type;" "$desktop" || fail "desktop file: MimeType is not $mime_type"
grep -qx 'Exec=unfold %f' "$desktop" || fail "desktop file: Exec does not take %f"
grep -q "<mediatype>$mime_type</mediatype>" "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo: no mediatype"
if command -v update-mime-database >/dev/null; then
    # The desktop's own tool reads it as the package trigger will; it complains of invalid XML.
    output=$(XDG_DATA_DIRS=$share update-mime-database "$share/mime" 2>&1) || fail "update-mime-database failed: $output"
    [ -z "$output" ] || fail "update-mime-database: $output"
    grep -q "^$mime_type:\*\.unfold" "$share/mime/globs" 2>/dev/null || fail "update-mime-database: no glob"
fi
# The desktop file speaks every language the app ships.
for language in de es fr pt; do
    for key in GenericName Comment Keywords; do
        grep -q "^$key\[$language\]=." "$desktop" || fail "desktop file: no $key[$language]"
    done
done

grep -q 'GNU GENERAL PUBLIC LICENSE' "$share/doc/unfold/LICENSE" || fail "LICENSE is not the GPL"
grep -q '^License: GPL-3+' "$share/doc/unfold/copyright" || fail "copyright: no GPL-3+ stanza"

# The installed binary runs and reports this version.
version=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/unfold" --version 2>/dev/null) || fail "unfold --version failed"
case $version in "Unfold "*) ;; *) fail "unfold --version printed '$version'" ;; esac

# The man page names every command and every long option --help shows.
manual=$(gzip -dc "$share/man/man1/unfold.1.gz" | sed 's/\\-/-/g')
help() { QT_QPA_PLATFORM=offscreen "$prefix/bin/unfold" "$@" --help 2>/dev/null; }
commands=$(help | sed -n '/^Commands/,$p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "unfold --help lists no commands"
for command in $commands; do
    # A command with words of its own ("export chart|data") lists them on its usage line.
    words=$(help "$command" | sed -n 's/^Usage: unfold [a-z]* \([a-z|]*\).*/\1/p' | tr '|' ' ')
    for invocation in ${words:-.}; do
        [ "$invocation" = . ] && invocation=
        title=$(echo "unfold $command $invocation" | sed 's/ *$//')
        echo "$manual" | grep -q "^\.SS \"$title\"" || fail "man page: no section for '$title'"
        # shellcheck disable=SC2086 # $invocation is empty or one word
        for option in $(help "$command" $invocation | grep -o -- '--[a-z][a-z-]*' | sort -u); do
            [ "$option" = --help ] && continue
            echo "$manual" | sed -n "/^\.SS \"$title\"/,/^\.S[SH]/p" | grep -q -- "$option" \
                || fail "man page: '$title' does not document $option"
        done
    done
done
for option in $(help | sed -n '/^Options/,/^Arguments/p' | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    echo "$manual" | sed -n '/^\.SH OPTIONS/,/^\.SH/p' | grep -q -- "$option" || fail "man page: OPTIONS lack $option"
done

if [ "$failures" -ne 0 ]; then
    echo "check-install-tree: $failures problem(s) in the installed tree" >&2
    exit 1
fi
echo "check-install-tree: installed tree complete ($app_id)"
