#!/usr/bin/env bash
# Drops the symbol tables from the bundled runtime's native libraries (libjvm.so alone carries about 4 MB of
# them; jlink's --strip-debug only removes Java debug attributes). Crash logs then show addresses instead of
# JVM function names, which is the usual trade for a shipped runtime. Skipped with a message without strip.
#
#   strip-runtime.sh APP_IMAGE_DIR
set -euo pipefail
image=${1:?usage: strip-runtime.sh APP_IMAGE_DIR}
if ! command -v strip >/dev/null; then
    echo "[strip] skipped: no strip (Debian: binutils)"
    exit 0
fi
before=$(du -sk "$image" | cut -f1)
find "$image/lib/runtime/lib" -name '*.so' -type f -print0 | while IFS= read -r -d '' lib; do
    chmod u+w "$lib"
    strip --strip-unneeded "$lib"
done
after=$(du -sk "$image" | cut -f1)
echo "[strip] runtime native libraries: $(((before - after) / 1024)) MB smaller"
