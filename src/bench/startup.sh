#!/usr/bin/env bash
# Start-up: packaged app vs a bare JavaFX window, side by side in one run on a private Xvfb.
#
#   src/bench/startup.sh [RUNS]        (default 5; build the image first: mvn clean -Ppackage package)
#
# Times launch -> window mapped (visible) for, alternately:
#   app        the image as shipped (with its CDS archive, dumped from lib/app/limit-triage.classlist)
#   app-nocds  the same without the archive
#   bare       the bare window, same launcher, runtime and java-options (the runtime has no archive of its own)
#   bare-cds   the bare window with an archive trained for it the same way (the fair yardstick for "app")
# One warm-up launch of each is not counted. Prints median/min/max per variant and the median ratios.
# Needs: Xvfb, xdotool (apt-get install xvfb xdotool), javac and jar from a JDK (for the bare window only).
# Env: APP_IMAGE (default target/dist/limit-triage), APP_TITLE (default "Limit Triage"), KEEP_WORK=1.
source "$(dirname "$0")/lib.sh"

runs=${1:-5}
need Xvfb xdotool javac jar
work=$(mktemp -d "${TMPDIR:-/tmp}/lt-startup.XXXXXX")
cleanup() { stop_xvfb; [[ "${KEEP_WORK:-}" == 1 ]] || rm -rf "$work"; }
trap cleanup EXIT
start_xvfb
build_bare_jar

make_variant app app cds
make_variant app-nocds app nocds
make_variant bare bare nocds
make_variant bare-cds bare cds
train_bare_cds bare-cds
[[ -s "$work/v/app/lib/app/$name.jsa" ]] || echo "note: the image has no CDS archive; 'app' runs without one" >&2

variants=(app app-nocds bare bare-cds)
declare -A title=([app]=$app_title [app-nocds]=$app_title [bare]=$bare_title [bare-cds]=$bare_title)

# launch VARIANT: prints "WALL_MS CPU_MS" from exec to the window being mapped, then stops the process.
launch() {
    local v=$1 dir="$work/v/$1"
    local start end pid cpu
    start=$(now_ms)
    "$dir/bin/$name" >"$dir/run.log" 2>&1 &
    pid=$!
    wait_window "${title[$v]}" 60 || { kill "$pid" 2>/dev/null; exit 1; }
    end=$(now_ms)
    cpu=$(cpu_ms "$pid")
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 0.3
    echo "$((end - start)) $cpu"
}

for v in "${variants[@]}"; do launch "$v" >/dev/null; done # warm-up: page cache, JavaFX native-library cache

for i in $(seq "$runs"); do
    for v in "${variants[@]}"; do
        read -r t c < <(launch "$v")
        echo "$t" >>"$work/$v.ms"
        echo "$c" >>"$work/$v.cpu"
        printf 'run %d  %-10s %5d ms wall  %5d ms cpu\n' "$i" "$v" "$t" "$c"
    done
done

echo
echo "launch -> window mapped, $runs runs each (ms; cpu = user+system time of the process until then)"
printf '%-10s %7s %7s %7s   %8s %7s %7s\n' variant median min max cpu-med min max
declare -A med cmed
for v in "${variants[@]}"; do
    read -r m lo hi < <(stats <"$work/$v.ms")
    read -r cm clo chi < <(stats <"$work/$v.cpu")
    med[$v]=$m
    cmed[$v]=$cm
    printf '%-10s %7d %7d %7d   %8d %7d %7d\n' "$v" "$m" "$lo" "$hi" "$cm" "$clo" "$chi"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# Per-run ratios (run i of one variant over run i of the other, launched seconds apart): median, min, max.
paired() {
    paste "$work/$1.ms" "$work/$2.ms" | awk '{ printf "%.4f\n", $1 / $2 }' | sort -n | awk '{a[NR]=$1} END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
        printf "median %.2f  min %.2f  max %.2f", m, a[1], a[NR] }'
}
echo
echo "ratio of medians app / bare:        $(ratio "${med[app]}" "${med[bare]}")  (target <= 1.10)"
echo "ratio of medians app-nocds / bare:  $(ratio "${med[app-nocds]}" "${med[bare]}")"
echo "ratio of medians app / bare-cds:    $(ratio "${med[app]}" "${med[bare-cds]}")  (both with a trained archive)"
echo "per-run app / bare:                 $(paired app bare)"
echo "per-run app-nocds / bare:           $(paired app-nocds bare)"
echo "per-run app / bare-cds:             $(paired app bare-cds)"
echo "cpu ratio of medians app / bare:    $(ratio "${cmed[app]}" "${cmed[bare]}")"
echo "cpu ratio of medians app-nocds / bare: $(ratio "${cmed[app-nocds]}" "${cmed[bare]}")"
echo "cpu ratio of medians app / bare-cds: $(ratio "${cmed[app]}" "${cmed[bare-cds]}")"
echo "image: $(du -sh "$image" | cut -f1)"
