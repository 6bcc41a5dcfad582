# Shared by startup.sh and memory.sh (sourced, not run).
#
# Both compare the packaged app with a bare JavaFX window (src/bench/java/.../BareWindow.java) started by the same
# native launcher and the same bundled runtime. Each "variant" is a small copy of the app image under $work:
# the launcher binary, lib/app with its own .cfg and jars, and lib/runtime as a link to the image's runtime.
# Every variant gets its own user.home, so no run sees another run's drafts or settings.
#
# Needs: the app image (mvn clean -Ppackage package), a JDK's javac and jar (only to build the bare window),
# Xvfb and xdotool (apt-get install xvfb xdotool).

set -euo pipefail
unset XDG_DATA_HOME # user.home (set per variant) decides where the app keeps drafts and settings

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project_dir=$(cd "$bench_dir/../.." && pwd)
image=${APP_IMAGE:-$project_dir/target/dist/limit-triage}
name=$(basename "$image")
app_title=${APP_TITLE:-Limit Triage}
bare_title="Bare JavaFX Window"

need() {
    local missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    if ((${#missing[@]})); then
        echo "missing: ${missing[*]}  (Debian: apt-get install xvfb xdotool; javac/jar come with a JDK)" >&2
        exit 2
    fi
    [[ -x "$image/bin/$name" ]] || { echo "no app image at $image: run mvn clean -Ppackage package" >&2; exit 2; }
}

# A private X server on a free display, stopped when the script exits.
xvfb_pid=
start_xvfb() {
    local fdfile="$work/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fdfile" >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [[ -s "$fdfile" ]] && break; sleep 0.1; done
    [[ -s "$fdfile" ]] || { echo "Xvfb did not start (see $work/xvfb.log)" >&2; exit 2; }
    export DISPLAY=:$(tr -d '[:space:]' <"$fdfile")
}
stop_xvfb() { [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true; }

# The bare window, compiled against the image's JavaFX modules.
build_bare_jar() {
    local classes="$work/bare-classes"
    mkdir -p "$classes"
    javac --release 17 --module-path "$project_dir/target/runtime-modules" --add-modules javafx.controls \
        -d "$classes" "$bench_dir/java/dev/limittriage/bench/BareWindow.java"
    jar --create --file "$work/bare-window.jar" -C "$classes" .
}

# make_variant NAME KIND(app|bare) CDS(cds|nocds) [extra java option...]
# app:  the image's own class path and main class; cds: an archive dumped from the image's class list.
# bare: the bare window jar; cds means an archive trained for the bare window itself (see train_bare_cds).
make_variant() {
    local vname=$1 kind=$2 cds=$3
    shift 3
    local dir="$work/v/$vname"
    rm -rf "$dir"
    mkdir -p "$dir/bin" "$dir/lib/app" "$dir/home"
    cp "$image/bin/$name" "$dir/bin/$name"
    cp "$image/lib/libapplauncher.so" "$dir/lib/" 2>/dev/null || true
    ln -s "$image/lib/runtime" "$dir/lib/runtime"
    local cfg="$dir/lib/app/$name.cfg"
    {
        echo "[Application]"
        if [[ $kind == app ]]; then
            # jars copied with their times: the archive checks each jar's size and modification time.
            cp -p "$image"/lib/app/*.jar "$dir/lib/app/"
            grep -E '^app\.(classpath|mainclass)=' "$image/lib/app/$name.cfg"
        else
            cp -p "$work/bare-window.jar" "$dir/lib/app/"
            echo 'app.classpath=$APPDIR/bare-window.jar'
            echo "app.mainclass=dev.limittriage.bench.BareWindow"
        fi
        echo
        echo "[JavaOptions]"
        grep -E '^java-options=' "$image/lib/app/$name.cfg" | grep -v SharedArchiveFile || true
        if [[ $cds == cds ]]; then
            echo 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$name.jsa"
        fi
        echo "java-options=-Duser.home=$dir/home"
        echo "java-options=-Dlimittriage.data=$dir/home/data"
        for opt in "$@"; do echo "java-options=$opt"; done
    } >"$cfg"
    # The archive is only valid for the folder it was dumped in (JDK 17), so each app variant dumps its own
    # from the image's class list, as the .deb's postinst does at /opt.
    if [[ $kind == app && $cds == cds && -s "$image/lib/app/$name.classlist" ]]; then
        cp -p "$image/lib/app/$name.classlist" "$dir/lib/app/"
        JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$dir/lib/app/$name.classlist" "$dir/bin/$name" \
            >"$dir/dump.log" 2>&1 || true
        [[ -s "$dir/lib/app/$name.jsa" ]] || echo "note: no archive for $vname (see $dir/dump.log)" >&2
    fi
}

# Trains an archive for a bare variant the same way packaging/cds/train.sh does for the app.
train_bare_cds() {
    local dir="$work/v/$1"
    JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$dir/classes.lst" "$dir/bin/$name" \
        >"$dir/train.log" 2>&1 &
    local pid=$!
    wait_window "$bare_title" 60 >/dev/null
    sleep 2
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$dir/classes.lst" "$dir/bin/$name" \
        >"$dir/dump.log" 2>&1 || true
    [[ -s "$dir/lib/app/$name.jsa" ]] || { echo "bare archive not written (see $dir/dump.log)" >&2; exit 1; }
}

# wait_window TITLE TIMEOUT_S: polls every 10 ms for a mapped window whose name is exactly TITLE
# (xdotool's own --sync polls only every half second, too coarse for this).
wait_window() {
    local title=$1 timeout=$2 deadline=$((SECONDS + $2))
    while ((SECONDS < deadline)); do
        if xdotool search --onlyvisible --name "^${title}\$" 2>/dev/null | head -1 | grep -q .; then
            return 0
        fi
        sleep 0.01
    done
    echo "no window '$title' within ${timeout}s" >&2
    return 1
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# cpu_ms PID: user + system CPU time the process has used so far, in ms. On a shared, loaded machine this moves
# far less than wall time does, so the scripts report it next to the wall-clock figure.
clk_tck=$(getconf CLK_TCK)
cpu_ms() {
    awk -v t="$clk_tck" '{ sub(/^.*\) /, ""); printf "%d\n", ($12 + $13) * 1000 / t }' "/proc/$1/stat"
}

# stats: reads numbers, prints "median min max" (integers).
stats() {
    sort -n | awk '{a[NR]=$1} END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
        printf "%d %d %d\n", m, a[1], a[NR] }'
}
