#!/usr/bin/env bash
# Checks a packaged DeNovo Workbench (Linux) the way a machine without Java would run it: a clean environment
# (env -i), no Java on the PATH, no JAVA_HOME, a fresh DENOVO_HOME.
#   installer/check-image.sh LAUNCHER VERSION [STARTS]
# LAUNCHER: bin/denovo-workbench of an app image, or /opt/denovo-workbench/bin/denovo-workbench once installed.
# Checks: --version prints VERSION; a headless score and generate run on the bundled runtime and models; the
# window opens under Xvfb (STARTS times, default 1, printing the app's own "window shown" figure; each wait is
# up to 5 minutes, for a busy machine); a molecule file given as the only argument opens the window and is
# imported as a new run.
set -euo pipefail
launcher=$1 version=$2 starts=${3-1}
[ -x "$launcher" ] || { echo "check: no launcher at $launcher" >&2; exit 1; }
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/empty" "$work/home"
# the app alone: no PATH entries (so no java), no JAVA_HOME, nothing else from this shell
clean() { env -i HOME="$work/home" PATH="$work/empty" DENOVO_HOME="$work/home/.denovo" LANG=C.UTF-8 "$@"; }
if clean sh -c 'command -v java' >/dev/null 2>&1; then
    echo "check: java is still on the PATH of the clean environment" >&2; exit 1
fi

# 1. version
printed=$(clean "$launcher" --version)
echo "--version: $printed"
case "$printed" in
    *"$version"*) ;;
    *) echo "check: expected version $version" >&2; exit 1 ;;
esac

# 2. headless score and generate from the bundled runtime and models
printf 'CC(=O)Nc1ccc(O)cc1 paracetamol\nCC(=O)Oc1ccccc1C(=O)O aspirin\nCN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine\nc1ccccc1 benzene\n' \
    > "$work/leads.smi"
clean "$launcher" score --in "$work/leads.smi" --profile drug-like --out "$work/ranked.csv" --quiet
rows=$(($(wc -l < "$work/ranked.csv") - 1))
[ "$rows" -eq 4 ] || { echo "check: score wrote $rows rows, expected 4" >&2; exit 1; }
echo "score: 4 molecules ranked"
for model in chembl-gru-v3-int8 chembl-gru-v3 chembl-gru-v2-int8 chembl-gru-v1-int8; do
    clean "$launcher" model info --model "$model" | head -1
    clean "$launcher" generate --model "$model" --count 200 --seed 1 --raw --no-library --out "$work/samples.smi" --quiet
    lines=$(wc -l < "$work/samples.smi")
    [ "$lines" -eq 200 ] || { echo "check: generate ($model) wrote $lines strings, expected 200" >&2; exit 1; }
    echo "generate ($model): 200 strings sampled"
done

# 3. the window under Xvfb; the app logs "window shown N ms after the JVM started"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
# waits for a line matching $2 in the log $1 of the app started with the remaining arguments, then closes it
window() {
    local log=$1 pattern=$2
    shift 2
    clean DISPLAY="$display" "$launcher" "$@" > "$log" 2>&1 &
    local pid=$! waited=0
    until grep -q "$pattern" "$log"; do
        if ! kill -0 "$pid" 2>/dev/null || [ $waited -ge 600 ]; then
            kill "$pid" 2>/dev/null || true
            echo "check: no '$pattern' from the window:" >&2; cat "$log" >&2; exit 1
        fi
        sleep 0.5; waited=$((waited + 1))
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
for i in $(seq 1 "$starts"); do
    window "$work/window.log" "window shown"
    grep -o 'window shown [0-9]* ms after the JVM started' "$work/window.log"
done

# 4. opened with a molecule file: imported into the library as a new run
window "$work/open.log" "imported leads.smi" "$work/leads.smi"
grep -o 'imported leads.smi: [0-9]* stored.*' "$work/open.log"
clean "$launcher" library runs | grep -q 'leads.smi' || { echo "check: the opened file is not a run in the library" >&2; exit 1; }
echo "check: all passed"
