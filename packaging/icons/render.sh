#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG icons from the scalable SVG. The PNGs are committed so that building
# needs no SVG renderer (the Flatpak SDK has none); run this after changing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" io.github.unfold.Unfold.svg -o "io.github.unfold.Unfold-$size.png"
done
