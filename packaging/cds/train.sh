#!/usr/bin/env bash
# Writes the class data sharing (AppCDS) archive into a packaged app image, so the launcher maps the classes
# the first window needs instead of loading and verifying them one by one.
#
#   train.sh APP_IMAGE_DIR WORK_DIR
#
# 1. Starts the packaged launcher once with -XX:DumpLoadedClassList, waits until its window is mapped (plus a
#    moment for what loads right after), then stops it.
# 2. Runs the launcher again with -Xshare:dump over that class list. The launcher's own java-options already
#    name the archive ($APPDIR/<name>.jsa), so the archive lands in lib/app/ and is found at every start.
# 3. Checks the archive maps (-Xshare:on makes a bad archive fatal).
#
# Needs an X display: a private Xvfb when installed (apt-get install xvfb xdotool), else $DISPLAY. Without
# either it prints why and leaves the image without an archive (it still runs, just starts slower).
# The training run gets its own user.home, so it never touches the builder's settings or drafts.
set -euo pipefail

image=${1:?usage: train.sh APP_IMAGE_DIR WORK_DIR}
work=${2:?usage: train.sh APP_IMAGE_DIR WORK_DIR}
name=$(basename "$image")
launcher=$image/bin/$name
archive=$image/lib/app/$name.jsa
title=${CDS_WINDOW_TITLE:-Limit Triage}

say() { echo "[cds] $*"; }

if [[ "$(uname -s)" != Linux ]]; then
    say "skipped: the training run is scripted for Linux/X11 only"
    exit 0
fi
[[ -x "$launcher" ]] || { say "no launcher at $launcher"; exit 1; }

rm -rf "$work"
mkdir -p "$work/home"
rm -f "$archive"

xvfb_pid=
cleanup() { [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT

if command -v Xvfb >/dev/null; then
    # -displayfd picks a free display number and tells us which.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
    [[ -s "$work/display" ]] || { say "skipped: Xvfb did not start (see $work/xvfb.log)"; exit 0; }
    export DISPLAY=:$(tr -d '[:space:]' <"$work/display")
elif [[ -z "${DISPLAY:-}" ]]; then
    say "skipped: no Xvfb and no DISPLAY (apt-get install xvfb xdotool); the image has no CDS archive"
    exit 0
fi

opts="-Duser.home=$work/home"

say "training run on display $DISPLAY"
JAVA_TOOL_OPTIONS="$opts -Xshare:off -XX:DumpLoadedClassList=$work/classes.lst" \
    "$launcher" >"$work/train.log" 2>&1 &
app_pid=$!
if command -v xdotool >/dev/null; then
    if ! timeout 60 xdotool search --sync --onlyvisible --name "$title" >/dev/null; then
        say "skipped: no window titled '$title' within 60 s (see $work/train.log)"
        kill "$app_pid" 2>/dev/null || true
        exit 0
    fi
    sleep 2 # what the first frame pulls in right after the window is mapped
else
    sleep 10
fi
kill -TERM "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true

if [[ ! -s "$work/classes.lst" ]]; then
    say "skipped: the training run recorded no classes (see $work/train.log)"
    exit 0
fi
say "$(grep -cv '^#' "$work/classes.lst") classes recorded"

JAVA_TOOL_OPTIONS="$opts -Xshare:dump -XX:SharedClassListFile=$work/classes.lst" \
    "$launcher" >"$work/dump.log" 2>&1 || true
if [[ ! -s "$archive" ]]; then
    say "skipped: -Xshare:dump wrote no archive (see $work/dump.log)"
    exit 0
fi

# Verify: with -Xshare:on the JVM refuses to start if the archive does not map or does not match.
if ! JAVA_TOOL_OPTIONS="$opts -Xshare:on" "$launcher" --version >"$work/verify.log" 2>&1; then
    say "archive did not verify, removed (see $work/verify.log)"
    rm -f "$archive"
    exit 0
fi
say "archive $(du -h "$archive" | cut -f1) at lib/app/$name.jsa"
