#!/usr/bin/env bash
# Class-data sharing for a Linux app image, so the window opens sooner: the JVM maps the classes the app loads at
# start-up from an archive instead of reading and verifying them from the jars.
#   app-cds.sh train IMAGE   runs the app once (window under Xvfb, and a small score) and records the classes
#                            it loads in lib/app/denovo-workbench.classlist
#   app-cds.sh dump IMAGE    writes lib/app/denovo-workbench.jsa from that list for the image where it now is
#                            (an archive holds the jars' paths, so the .deb's postinst dumps it again in /opt)
# The launcher uses the archive when it exists and matches its jars, and runs without it otherwise.
set -euo pipefail
mode=$1 image=$(cd "$2" && pwd)
app=$image/lib/app
list=$app/denovo-workbench.classlist
archive=$app/denovo-workbench.jsa

# the launcher's class path, in the launcher's order
class_path() {
    sed -n 's/^app\.classpath=\$APPDIR\//'"$(printf '%s' "$app" | sed 's/[\/&]/\\&/g')"'\//p' "$app/denovo-workbench.cfg" | paste -s -d : -
}

case $mode in
    train)
        work=$(mktemp -d)
        trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
        display=:$((150 + RANDOM % 50))
        Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb=$!
        sleep 1
        # one JVM per run: a long command is not handed to a second JVM (ADR 0020), which would write the same list
        run() {
            env -i HOME="$work" PATH=/usr/bin:/bin DISPLAY="$display" DENOVO_HOME="$work/.denovo" \
                JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$1 -Ddenovo.compiler.handedOver=true" \
                "$image/bin/denovo-workbench" "${@:2}"
        }
        # the window, until it is shown and its warm-up is done
        run "$work/window.classlist" > "$work/window.log" 2>&1 &
        pid=$! waited=0
        until grep -q 'window shown' "$work/window.log"; do
            if ! kill -0 $pid 2>/dev/null || [ $waited -ge 240 ]; then
                cat "$work/window.log" >&2; echo "app-cds: the window did not open" >&2; exit 1
            fi
            sleep 0.5; waited=$((waited + 1))
        done
        sleep 8
        kill $pid; wait $pid 2>/dev/null || true
        # the command line
        printf 'CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1 benzene\n' > "$work/in.smi"
        run "$work/cli.classlist" score --in "$work/in.smi" --out "$work/out.csv" --no-library --quiet > /dev/null 2>&1
        cat "$work/window.classlist" "$work/cli.classlist" | grep -v '^#' | sort -u > "$list"
        echo "app-cds: $(wc -l < "$list") classes in $list"
        ;;
    dump)
        [ -f "$list" ] || { echo "app-cds: no class list at $list" >&2; exit 1; }
        "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" \
            -cp "$(class_path)" > "$app/denovo-workbench.jsa.log" 2>&1 || { tail -5 "$app/denovo-workbench.jsa.log" >&2; exit 1; }
        rm -f "$app/denovo-workbench.jsa.log"
        if ! grep -q 'SharedArchiveFile' "$app/denovo-workbench.cfg"; then
            # shellcheck disable=SC2016
            sed -i 's/^\[JavaOptions\]$/[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR\/denovo-workbench.jsa/' \
                "$app/denovo-workbench.cfg"
        fi
        echo "app-cds: $(du -h "$archive" | cut -f1) archive $archive"
        ;;
    *) echo "usage: app-cds.sh train|dump IMAGE" >&2; exit 2 ;;
esac
