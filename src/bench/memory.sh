#!/usr/bin/env bash
# Memory: resident set of the packaged app after one walk through the wizard vs the bare JavaFX window, on a
# private Xvfb, with the shipped java-options and with each candidate option set added.
#
#   src/bench/memory.sh [RUNS]         (default 3; build the image first: mvn clean -Ppackage package)
#
# For each option set and each run: start the app, wait for its window, walk the wizard (paste a sample error
# through Ctrl+V, then Next through every step to Export), let it settle, read VmHWM (peak resident) and VmRSS
# (resident now) from /proc/PID/status. The same for the bare window (no walk: it has nothing to walk), twice:
#   bare-app-size  as large as the app's window (1180x780): the renderer's pixel buffers (back buffer, upload
#                  buffer, X shared image; about 16 bytes per pixel under Xvfb's software renderer) grow with the
#                  area, so this is the yardstick for what the app itself costs;
#   bare-small     640x400, the size startup.sh uses.
# Both bare windows run with the same launcher, runtime and java-options as the app (shipped + the set's extras).
# Prints medians in MB and the app / bare ratios (target: app <= 1.4 x bare).
# Needs: Xvfb, xdotool, xclip (apt-get install xvfb xdotool xclip), javac and jar (for the bare window).
# Env: OPTION_SETS (';'-separated, each a space-separated list of extra java options; "" = as shipped; default:
#      as shipped, and with the optimizing compiler back on), WALK=0 (skip the walk), KEEP_WORK=1, APP_IMAGE,
#      APP_TITLE, APP_SIZE (default 1180x780).
source "$(dirname "$0")/lib.sh"

runs=${1:-3}
need Xvfb xdotool xclip javac jar
work=$(mktemp -d "${TMPDIR:-/tmp}/lt-memory.XXXXXX")
cleanup() { stop_xvfb; [[ "${KEEP_WORK:-}" == 1 ]] || rm -rf "$work"; }
trap cleanup EXIT
start_xvfb
build_bare_jar

IFS=";" read -r -a option_sets <<<"${OPTION_SETS:- ;-XX:TieredStopAtLevel=4}"
app_size=${APP_SIZE:-1180x780}

# One wizard walk, keyboard only, as a user would do it. Returns after the export step has been reached.
walk() {
    local win
    win=$(xdotool search --onlyvisible --name "^${app_title}\$" | head -1)
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xclip -selection clipboard -quiet -i "$project_dir/packaging/cds/training-paste.txt" >/dev/null 2>&1 &
    local clip=$!
    sleep 0.5
    xdotool key --clearmodifiers ctrl+v # Start: straight to the Evidence step with the paste
    sleep 2                             # live diagnosis (debounced)
    # Evidence -> (Questions) -> Diagnosis -> Recovery -> Packet -> Export with Ctrl+Enter, the app's "Next" from
    # anywhere. (Until 2026-11-30 this sent Ctrl+Tab then Enter, which the paste view took for itself: the walk
    # stayed on Evidence and only Ctrl+S below reached Export, so Diagnosis, Recovery and Packet were never built.)
    for _ in 1 2 3 4 5 6; do
        xdotool key --clearmodifiers ctrl+Return 2>/dev/null || true
        sleep 1.2
    done
    xdotool key --clearmodifiers ctrl+s # jump to Export (no-op if already there)
    sleep 1
    kill "$clip" 2>/dev/null || true
}

# measure VARIANT_DIR TITLE WALK(0|1): prints "HWM_KB RSS_KB"
measure() {
    local dir=$1 title=$2 do_walk=$3 pid
    "$dir/bin/$name" >"$dir/run.log" 2>&1 &
    pid=$!
    if ! wait_window "$title" 60; then
        echo "--- $dir/run.log:" >&2
        tail -20 "$dir/run.log" >&2
        kill "$pid" 2>/dev/null
        exit 1
    fi
    sleep 2
    if [[ $do_walk == 1 && "${WALK:-1}" == 1 ]]; then walk; fi
    sleep 3
    local hwm rss
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$hwm $rss"
}

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

printf '%-44s %8s %8s %8s %8s %8s %7s %7s %7s\n' "java options added" app-hwm app-rss bare-hwm bare-rss \
    small-rss hwm-x rss-x small-x
idx=0
for opts in "${option_sets[@]}"; do
    idx=$((idx + 1))
    read -r -a extra <<<"$opts"
    make_variant "app-$idx" app cds "${extra[@]}"
    make_variant "bare-$idx" bare nocds "${extra[@]}" "-Dbare.size=$app_size"
    make_variant "small-$idx" bare nocds "${extra[@]}"
    for _ in $(seq "$runs"); do
        for kind in app bare small; do
            if [[ $kind == app ]]; then
                read -r h r < <(measure "$work/v/$kind-$idx" "$app_title" 1)
            else
                read -r h r < <(measure "$work/v/$kind-$idx" "$bare_title" 0)
            fi
            echo "$h" >>"$work/$kind-$idx.hwm"
            echo "$r" >>"$work/$kind-$idx.rss"
        done
    done
    read -r ah _ _ < <(stats <"$work/app-$idx.hwm")
    read -r ar _ _ < <(stats <"$work/app-$idx.rss")
    read -r bh _ _ < <(stats <"$work/bare-$idx.hwm")
    read -r br _ _ < <(stats <"$work/bare-$idx.rss")
    read -r sr _ _ < <(stats <"$work/small-$idx.rss")
    label=${opts## }
    printf '%-44s %5s MB %5s MB %5s MB %5s MB %5s MB %7s %7s %7s\n' "${label:-(as shipped)}" "$(mb "$ah")" \
        "$(mb "$ar")" "$(mb "$bh")" "$(mb "$br")" "$(mb "$sr")" "$(ratio "$ah" "$bh")" "$(ratio "$ar" "$br")" \
        "$(ratio "$ar" "$sr")"
done
drafts=$(find "$work/v/app-1/home" -type f 2>/dev/null | wc -l)
echo "medians of $runs runs; hwm = VmHWM (peak resident), rss = VmRSS after the walk; bare = the bare window at the"
echo "app's size ($app_size), small = at 640x400; hwm-x, rss-x = app / bare, small-x = app rss / small rss"
echo "target: app <= 1.4 x bare"
echo "files the app wrote under its data folder during the walks (drafts, settings): $drafts"
