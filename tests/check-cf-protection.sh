#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every object of a static library of Unfold's is built with -fcf-protection: on x86-64 each one
# carries the IBT and SHSTK properties. (The linked binary cannot show it on Debian 12, whose C
# start-up files lack them, so the objects are checked instead.)
# Usage: tests/check-cf-protection.sh <library.a>...
set -eu
status=0
for library in "$@"; do
    members=$(ar t "$library" | grep -c '\.o$')
    marked=$(readelf -n "$library" | grep -c 'x86 feature: IBT, SHSTK' || true)
    if [ "$members" -eq 0 ] || [ "$marked" -ne "$members" ]; then
        echo "check-cf-protection: $library: $marked of $members objects have IBT and SHSTK" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-cf-protection: every object is built with control-flow protection"
exit "$status"
