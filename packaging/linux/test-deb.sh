#!/usr/bin/env bash
# Install test for the .deb that `mvn clean -Ppackage package` writes to target/dist/:
#   sudo packaging/linux/test-deb.sh target/dist/limit-triage_<version>-1_amd64.deb
# Installs it with dpkg -i (its dependencies first, through apt-get), runs the CLI from the PATH on a sample
# paste, checks the menu entry, the /usr/bin link and the start-up archive, then removes the package and checks
# that nothing it put on the system is left behind. Exits non-zero, saying which check failed, on any failure.
# Needs root and a Debian-style system; changes the system (it installs and removes the package).
set -euo pipefail

deb=${1:?usage: test-deb.sh PATH/TO/limit-triage_VERSION_ARCH.deb}
here=$(cd "$(dirname "$0")" && pwd)
sample=$here/../cds/training-paste.txt
package=limit-triage
app_dir=/opt/limit-triage
link=/usr/bin/limit-triage
# Where a package's files and the menu machinery's copies can land; compared before install and after removal.
watched=(/opt /usr/bin /usr/share/applications /usr/share/icons /usr/share/desktop-directories /etc/xdg/menus
    /usr/share/mime/packages)

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
snapshot() { { find "${watched[@]}" 2>/dev/null || true; } | LC_ALL=C sort; } # folders that do not exist are fine

[[ $(id -u) -eq 0 ]] || { echo "test-deb.sh: run as root (it installs and removes a package)" >&2; exit 2; }
[[ -f $deb ]] || { echo "test-deb.sh: no such file: $deb" >&2; exit 2; }
[[ -f $sample ]] || { echo "test-deb.sh: sample paste missing: $sample" >&2; exit 2; }
if dpkg -s "$package" >/dev/null 2>&1; then
    echo "test-deb.sh: $package is already installed; remove it first (dpkg -r $package)" >&2
    exit 2
fi

echo "# package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
echo "# $(dpkg-deb -f "$deb" Package Version Architecture Installed-Size | tr '\n' ' ')"

# dpkg -i installs no dependencies: take the first alternative of each Depends entry and let apt-get bring them.
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' || true)
missing=()
for dep in $deps; do
    dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "# installing dependencies: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# xdg-desktop-menu registers an entry only where a desktop's menu folders exist (a server or container lacks them,
# and the package then installs without a menu entry). Stand them in for the test, as any desktop has them, and
# take away after the test the ones it made.
made_dirs=()
for dir in /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories; do
    if [[ ! -d $dir ]]; then
        mkdir -p "$dir"
        made_dirs+=("$dir")
    fi
done
[[ ${#made_dirs[@]} -eq 0 ]] || echo "# no desktop here: made ${made_dirs[*]} for the test"

before=$(mktemp)
after=$(mktemp)
home=$(mktemp -d)
cleanup() {
    rm -rf "$before" "$after" "$home"
    for dir in "${made_dirs[@]}"; do rm -rf "$dir"; done
}
trap cleanup EXIT
snapshot >"$before"

echo "# dpkg -i"
dpkg -i "$deb"

check "dpkg reports the package installed" \
    bash -c "dpkg-query -W -f='\${Status}' $package | grep -qx 'install ok installed'"
check "launcher in $app_dir" test -x "$app_dir/bin/limit-triage"
check "$link links to the launcher" bash -c "[[ \$(readlink -f $link) == $app_dir/bin/limit-triage ]]"

desktop=$(grep -l "^Exec=$app_dir/bin/limit-triage" /usr/share/applications/*.desktop 2>/dev/null | head -n 1 || true)
if [[ -n $desktop ]]; then
    pass "menu entry $desktop"
    check "menu entry is named Limit Triage" grep -qx 'Name=Limit Triage' "$desktop"
    check "menu entry's icon exists" bash -c "icon=\$(sed -n 's/^Icon=//p' '$desktop'); [[ -f \$icon ]]"
else
    fail "menu entry: no .desktop file in /usr/share/applications runs $app_dir/bin/limit-triage"
fi

if [[ -f $app_dir/lib/app/limit-triage.classlist ]]; then
    check "start-up archive dumped by postinst" test -s "$app_dir/lib/app/limit-triage.jsa"
else
    echo "# no class list in the package (it was built without a display), so no start-up archive to check"
fi

# The command line from the PATH, as a user would run it, with a home of its own so nothing of root's is touched.
json=$(HOME=$home XDG_DATA_HOME=$home/data limit-triage diagnose --json "$sample")
echo "# limit-triage diagnose --json $(basename "$sample")"
echo "$json" | cut -c1-300
check "diagnose names the owner" grep -q '"owner":"openai_api"' <<<"$json"
check "diagnose names the bucket" grep -q '"bucket":"tpm"' <<<"$json"
set +e
HOME=$home limit-triage diagnose /nonexistent-file >/dev/null 2>&1
status=$?
set -e
check "a missing file exits 3 (unreadable input)" test "$status" -eq 3

echo "# dpkg -r, then dpkg -P"
dpkg -r "$package"
dpkg -P "$package" >/dev/null 2>&1 || true
snapshot >"$after"

check "dpkg no longer knows the package" bash -c "! dpkg -s $package >/dev/null 2>&1"
check "$app_dir removed" test ! -e "$app_dir"
check "$link removed" test ! -e "$link" -a ! -L "$link"
left=$(comm -13 "$before" "$after")
if [[ -z $left ]]; then
    pass "nothing left behind in ${watched[*]}"
else
    fail "left behind after removal:"
    echo "$left" | sed 's/^/       /'
fi

if [[ $failures -eq 0 ]]; then
    echo "# all checks passed"
else
    echo "# $failures check(s) failed"
    exit 1
fi
