#!/usr/bin/env bash
# Window start-up, builds side by side: each round starts every build once on a fresh DENOVO_HOME, in turn, and
# prints the app's "window shown" figure and the first rendered frame (both in ms after the JVM started).
# Usage: bench/startup.sh ROUNDS JAR [JAR...]   (from the project root, with DISPLAY set, e.g. Xvfb :99)
#   JAR may be followed by extra JVM options after a colon, e.g. "target/denovo.jar:-Ddenovo.warmup.rounds=2".
# The first frame is reported by a small Java agent (bench/startup/FirstFrameAgent.java). Class-data sharing
# is off whenever an agent is loaded, so ./denovo's archive is measured without the agent: FIRST_FRAME=off.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1; shift
options="-XX:Tier4InvocationThreshold=400000 -XX:Tier4MinInvocationThreshold=200000 -XX:Tier4CompileThreshold=480000 -XX:Tier4BackEdgeThreshold=1000000000"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
agent="" ready="window shown"
if [[ "${FIRST_FRAME-on}" != off ]]; then
    mkdir -p "$work/agent"
    javac -d "$work/agent" bench/startup/FirstFrameAgent.java
    printf 'Premain-Class: FirstFrameAgent\n' > "$work/agent/manifest"
    jar cfm "$work/agent.jar" "$work/agent/manifest" -C "$work/agent" FirstFrameAgent.class
    agent="-javaagent:$work/agent.jar" ready="FIRSTFRAME"
fi
for round in $(seq 1 "$rounds"); do
    for build in "$@"; do
        jar=${build%%:*}; extra=""
        [[ "$build" == *:* ]] && extra=${build#*:}
        home=$(mktemp -d "$work/home.XXXX"); log="$home/log"
        # shellcheck disable=SC2086
        DENOVO_HOME="$home" java $options $agent $extra -jar "$jar" > "$log" 2>&1 &
        pid=$!
        for _ in $(seq 1 240); do
            grep -q "$ready" "$log" && break
            sleep 0.25
        done
        sleep 1
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        shown=$(grep -o 'window shown [0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        first=$(grep -o 'FIRSTFRAME [0-9]*' "$log" | grep -o '[0-9]*$' || echo "-")
        echo "round $round  $build  window shown $shown ms  first frame $first ms  load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
