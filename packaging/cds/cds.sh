#!/usr/bin/env bash
# Class data sharing (AppCDS) for the packaged app: the launcher maps the classes the first window needs from an
# archive instead of loading and verifying them one by one.
#
#   cds.sh record APP_IMAGE_DIR WORK_DIR   (packaging, before the .deb)
#       Starts the packaged launcher once with -XX:DumpLoadedClassList, waits until its window is mapped (plus a
#       moment for what loads right after), stops it; records one "diagnose --json" run over training-paste.txt
#       the same way; merges the two lists, most useful classes first, and keeps as much of it as lets the image
#       with its archive stay within 80 MB (CDS_IMAGE_BUDGET_MB) as lib/app/<name>.classlist.
#   cds.sh dump APP_IMAGE_DIR              (packaging, after the .deb; the .deb's postinst does the same)
#       Runs the launcher with -Xshare:dump over that list. The launcher's java-options already name the archive
#       ($APPDIR/<name>.jsa), so it lands in lib/app/ and is used at every start. Then checks that it maps
#       (-Xshare:on makes a bad archive fatal).
#
# Why two steps: on JDK 17 an archive is only valid for the exact class path it was dumped with, i.e. for one
# install folder. So the class list (needs a display) is recorded once at packaging time, and the archive (needs
# no display, a few seconds) is dumped where the image will run: target/dist here, /opt/limit-triage by the
# .deb's postinst. An image moved elsewhere still runs, only without the archive (the JVM ignores it quietly).
#
# "record" needs an X display: a private Xvfb when installed (apt-get install xvfb xdotool), else $DISPLAY.
# Without either it prints why and ships no class list (the app still runs, it just starts slower).
# The training run gets its own user.home and data folder, so it never touches the builder's settings or drafts.
set -euo pipefail

mode=${1:?usage: cds.sh record|dump APP_IMAGE_DIR [WORK_DIR]}
image=${2:?usage: cds.sh record|dump APP_IMAGE_DIR [WORK_DIR]}
name=$(basename "$image")
launcher=$image/bin/$name
archive=$image/lib/app/$name.jsa
classlist=$image/lib/app/$name.classlist
title=${CDS_WINDOW_TITLE:-Limit Triage}

say() { echo "[cds] $*"; }

record() {
    if [[ "$(uname -s)" != Linux ]]; then
        say "skipped: the training run is scripted for Linux/X11 only"
        exit 0
    fi
    [[ -x "$launcher" ]] || { say "no launcher at $launcher"; exit 1; }

    rm -rf "$work"
    mkdir -p "$work/home"
    rm -f "$classlist"

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
        say "skipped: no Xvfb and no DISPLAY (apt-get install xvfb xdotool); no class list, so no CDS archive"
        exit 0
    fi

    unset XDG_DATA_HOME
    opts="-Duser.home=$work/home -Dlimittriage.data=$work/home/data"

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

    # The command line shares the launcher and the archive: record one diagnose run too.
    JAVA_TOOL_OPTIONS="$opts -Xshare:off -XX:DumpLoadedClassList=$work/cli.lst" \
        "$launcher" diagnose --json "$(dirname "$0")/training-paste.txt" >"$work/cli.log" 2>&1 || true

    # Merge the two lists into one, most useful first, so that cutting it to the size budget drops the least
    # useful classes. Each list numbers its classes from 0 ("Name id: N"); ids matter only for classes of custom
    # loaders ("source:" lines, none here, dropped), so they are stripped and duplicates removed. Order (chosen
    # by start-up CPU time per MB of archive; see the bench notes): lambda-form holders; JavaFX, AtlantaFX and
    # our classes (loaded by the app loader, so verified at every start without the archive); lambdas; JDK
    # classes; other libraries (JSON, picocli); then what only the command line needs.
    awk '/^#/ || / source: / { next }
         { sub(/ id: [0-9]+$/, "") }
         seen[$0]++ { next }
         {
             if (FILENAME != ARGV[1]) g = 5
             else if ($0 ~ /^@lambda-form-invoker/) g = 0
             else if ($0 ~ /^(dev|atlantafx|javafx|com\/sun)\//) g = 1
             else if ($0 ~ /^@lambda-proxy/) g = 2
             else if ($0 ~ /^(java|javax|jdk|sun)\//) g = 3
             else g = 4
             line[g, ++count[g]] = $0
         }
         END { for (g = 0; g <= 5; g++) for (i = 1; i <= count[g]; i++) print line[g, i] }' \
        "$work/classes.lst" "$work/cli.lst" >"$work/ordered.lst"
    say "$(grep -c . "$work/ordered.lst") classes recorded (window and command line)"
    fit_budget "$work/ordered.lst"
}

# fit_budget LIST: keeps as much of LIST (most useful first) as lets image + archive stay within the image budget
# (CDS_IMAGE_BUDGET_MB, default 80 MB as du counts it, less 1 MB of margin): the whole list if it fits, else the
# longest head of it that fits, found by halving the range between a head that fits and one that does not (at most
# eight dumps, to within 2% of the list); the result is the image's class list.
fit_budget() {
    local list=$1 budget base size total lo hi mid best=0 best_size=0
    rm -f "$archive" "$classlist"
    base=$(du -sm "$image" | cut -f1)
    budget=$((${CDS_IMAGE_BUDGET_MB:-80} - 1 - base))
    total=$(grep -c . "$list")
    lo=0
    hi=$total
    for round in 1 2 3 4 5 6 7 8; do
        # the first round tries the whole list; then the middle of what is left
        if ((round == 1)); then mid=$total; else mid=$(((lo + hi) / 2)); fi
        head -n "$mid" "$list" >"$work/fit.lst"
        rm -f "$archive"
        JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/fit.lst" "$launcher" >"$work/fit.log" 2>&1 || true
        [[ -s "$archive" ]] || { say "skipped: -Xshare:dump wrote no archive (see $work/fit.log)"; exit 0; }
        size=$(du -m "$archive" | cut -f1)
        if ((size <= budget)); then
            lo=$mid
            best=$mid
            best_size=$size
            ((mid == total)) && break
        else
            say "archive of $mid classes is $size MB, over the $budget MB left in the budget"
            hi=$mid
        fi
        ((hi - lo <= total / 50)) && break
    done
    rm -f "$archive"
    if ((best == 0)); then
        say "skipped: no class list fits the budget"
        exit 0
    fi
    head -n "$best" "$list" >"$classlist"
    say "class list of $best of $total classes kept at lib/app/$name.classlist (archive about $best_size MB, image $base MB)"
}

dump() {
    [[ -x "$launcher" ]] || { say "no launcher at $launcher"; exit 1; }
    rm -f "$archive"
    if [[ ! -s "$classlist" ]]; then
        say "skipped: no class list in the image (the record step was skipped)"
        exit 0
    fi
    local log
    log=$(mktemp "${TMPDIR:-/tmp}/cds-dump.XXXXXX")
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist" "$launcher" >"$log" 2>&1 || true
    if [[ ! -s "$archive" ]]; then
        say "skipped: -Xshare:dump wrote no archive (see $log)"
        exit 0
    fi
    rm -f "$log"
    # Verify: with -Xshare:on the JVM refuses to start if the archive does not map or does not match.
    if ! JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --version >/dev/null 2>&1; then
        say "archive did not verify, removed"
        rm -f "$archive"
        exit 0
    fi
    say "archive $(du -h "$archive" | cut -f1) at lib/app/$name.jsa"
}

case "$mode" in
    record) work=${3:?usage: cds.sh record APP_IMAGE_DIR WORK_DIR}; record ;;
    dump) dump ;;
    *) echo "usage: cds.sh record|dump APP_IMAGE_DIR [WORK_DIR]" >&2; exit 2 ;;
esac
