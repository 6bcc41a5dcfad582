#!/usr/bin/env bash
# Regenerates every icon in this folder from limit-triage.svg.
# Needs: rsvg-convert (Debian: librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
#   apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

src=limit-triage.svg
for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png "$src" --output "limit-triage-$size.png"
done

# Windows: one .ico holding the small sizes as bitmaps and 256 as an embedded PNG.
icotool --create --output limit-triage.ico \
    limit-triage-16.png limit-triage-32.png limit-triage-48.png limit-triage-64.png \
    limit-triage-128.png --raw=limit-triage-256.png

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns limit-triage.icns \
    limit-triage-16.png limit-triage-32.png limit-triage-48.png \
    limit-triage-128.png limit-triage-256.png limit-triage-512.png >/dev/null

ls -l limit-triage*
