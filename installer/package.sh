#!/usr/bin/env bash
# Builds this platform's DeNovo Workbench packages into target/installer/ with jlink and jpackage.
# Run by `mvn -Pinstaller package` (pom.xml passes the app jar, the runtime class path and the version):
#   installer/package.sh APP_JAR CLASS_PATH VERSION [TYPES]
# TYPES: empty for this platform's installers (Linux: app image and .deb; Windows: .msi; macOS: .dmg),
# or a space-separated list of jpackage types, e.g. "app-image".
# Works in bash 3.2 (macOS) and Git Bash (Windows); needs a JDK 17+ with jmods (JAVA_HOME or java on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
app_jar=$1 class_path=$2 version=$3 types=${4-}

case "$(uname -s)" in
    Linux*) os=linux ;;
    Darwin*) os=mac ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "package.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) echo "package.sh: unsupported processor $(uname -m)" >&2; exit 1 ;;
esac

# Which native libraries this platform keeps (entry-name prefixes in ONNX Runtime, JNA, sqlite-jdbc and
# jna-inchi), which jna-inchi jar carries its InChI library, and JavaFX's classifier for it.
case "$os-$arch" in
    linux-x64) keep="ai/onnxruntime/native/linux-x64/,com/sun/jna/linux-x86-64/,org/sqlite/native/Linux/x86_64/,linux-x86-64/"
        inchi=jna-inchi-linux-x86-64 fx=linux ;;
    linux-aarch64) keep="ai/onnxruntime/native/linux-aarch64/,com/sun/jna/linux-aarch64/,org/sqlite/native/Linux/aarch64/,linux-aarch64/"
        inchi=jna-inchi-linux-aarch64 fx=linux-aarch64 ;;
    mac-x64) keep="ai/onnxruntime/native/osx-x64/,com/sun/jna/darwin-x86-64/,org/sqlite/native/Mac/x86_64/,darwin-x86-64/"
        inchi=jna-inchi-darwin-x86-64 fx=mac ;;
    mac-aarch64) keep="ai/onnxruntime/native/osx-aarch64/,com/sun/jna/darwin-aarch64/,org/sqlite/native/Mac/aarch64/,darwin-aarch64/"
        inchi=jna-inchi-darwin-aarch64 fx=mac-aarch64 ;;
    windows-x64) keep="ai/onnxruntime/native/win-x64/,com/sun/jna/win32-x86-64/,org/sqlite/native/Windows/x86_64/,win32-x86-64/"
        inchi=jna-inchi-win32-x86-64 fx=win ;;
    *) echo "package.sh: no packages for $os-$arch" >&2; exit 1 ;;
esac
if [ -z "$types" ]; then
    case $os in
        linux) types="app-image deb" ;;
        windows) types="msi" ;;
        mac) types="dmg" ;;
    esac
fi

# a path as the JDK's tools read it (Git Bash on Windows passes single paths on, but not lists of them)
native_path() {
    if [ $os = windows ]; then cygpath -w "$1"; else printf '%s' "$1"; fi
}
if [ -n "${JAVA_HOME-}" ]; then
    bin="$JAVA_HOME/bin"
    [ $os = windows ] && bin="$(cygpath -u "$JAVA_HOME")/bin"
else
    bin=$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)")
fi
jdk=$(cd "$bin/.." && pwd)
if [ ! -d "$jdk/jmods" ]; then
    echo "package.sh: $jdk has no jmods folder; jlink needs a full JDK (Debian: apt-get install openjdk-17-jmods)" >&2
    exit 1
fi
sep=:
[ $os = windows ] && sep=";"

out=target/installer
work=$out/work
rm -rf "$work" "$out/image"
mkdir -p "$work/input" "$work/jmods" "$work/jars"
"$bin/javac" -d "$work/tools" installer/JarFilter.java
jar_filter() { "$bin/java" -XX:TieredStopAtLevel=1 -cp "$work/tools" JarFilter "$@"; }

# 1. the application jar and its libraries, without other platforms' natives, debug symbols, WebKit or media
cp "$app_jar" "$work/input/denovo-workbench.jar"
fx_modules=""
old_ifs=$IFS
IFS=$sep
for entry in $class_path; do
    IFS=$old_ifs
    [ $os = windows ] && entry=$(cygpath -u "$entry")
    name=$(basename "$entry")
    case "$name" in
        *.jar) ;;
        *) continue ;; # target/classes: already in the app jar
    esac
    case "$name" in
        javafx-web-* | javafx-media-*) echo "left out (unused): $name"; continue ;;
        javafx-*-"$fx".jar)
            # JavaFX becomes jmods for jlink: its classes go into the runtime, its natives into the runtime's lib
            module=javafx.$(echo "$name" | sed -E 's/^javafx-([a-z]+)-.*/\1/')
            jar_filter "$entry" "$work/jars/$name" "*" "$work/natives/$module"
            libs=()
            [ -d "$work/natives/$module" ] && libs=(--libs "$work/natives/$module")
            "$bin/jmod" create --class-path "$work/jars/$name" ${libs[@]+"${libs[@]}"} "$work/jmods/$module.jmod"
            fx_modules="$fx_modules,$module"
            continue ;;
        javafx-*) continue ;; # the classifier-less placeholders, or another platform's JavaFX
        jna-inchi-api-* | jna-inchi-core-*) ;;
        "$inchi"-*) ;;
        jna-inchi-*) continue ;; # another platform's InChI library
    esac
    jar_filter "$entry" "$work/input/$name" "$keep"
done
IFS=$old_ifs
if [ -z "$fx_modules" ]; then
    echo "package.sh: no JavaFX jars for '$fx' on the class path (javafx.platform of this build?)" >&2
    exit 1
fi
cp installer/NOTICES.txt "$work/input/NOTICES.txt"
for f in molecules/alerts/LICENSE.*; do
    cp "$f" "$work/input/$(basename "$f").txt"
done

# 2. the runtime: the JDK modules jdeps finds in the app and its libraries, plus JavaFX's
libraries=""
for jar in "$work"/input/*.jar; do
    libraries="$libraries${libraries:+$sep}$(native_path "$jar")"
done
fx_jars=""
for jar in "$work"/jars/*.jar; do
    fx_jars="$fx_jars${fx_jars:+$sep}$(native_path "$jar")"
done
jdk_modules=$("$bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$fx_jars" --class-path "$libraries" "$work"/input/*.jar | tail -1)
modules=$(echo "$jdk_modules$fx_modules" | tr , '\n' | sort -u | paste -s -d , -)
echo "runtime modules: $modules"
echo "$modules" > "$work/runtime-modules.txt"
"$bin/jlink" --module-path "$(native_path "$jdk/jmods")$sep$(native_path "$work/jmods")" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$work/runtime"

# 3. the packages
# Launcher options as for ./denovo's window: the quick compiler only (the window shows about 0.5 s sooner;
# docs/benchmarks.md). The command line runs with them too.
java_options="-XX:TieredStopAtLevel=1"
common=(--name denovo-workbench --app-version "$version" --vendor "DeNovo Workbench"
    --description "Generative drug discovery: new molecules from a chemical language model, checked, ranked and kept in a local library"
    --copyright "DeNovo Workbench authors")
image=(--input "$work/input" --main-jar denovo-workbench.jar --main-class org.denovo.Main
    --runtime-image "$work/runtime" --java-options "$java_options")
associations=()
for f in installer/associations/*.properties; do
    associations+=(--file-associations "$f")
done
case $os in
    linux) icon=installer/icons/denovo-workbench.png ;;
    windows) icon=installer/icons/denovo-workbench.ico ;;
    mac) icon=installer/icons/denovo-workbench.icns ;;
esac

platform_image=()
case $os in
    # a second launcher that writes to the console, for the command line (the main one opens no console window)
    windows) platform_image=(--add-launcher denovo-workbench-cli=installer/windows/console-launcher.properties) ;;
    mac) platform_image=(--mac-package-name "DeNovo Workbench" --mac-package-identifier org.denovo.workbench) ;;
esac
"$bin/jpackage" --type app-image "${common[@]}" "${image[@]}" --icon "$icon" --dest "$out/image" \
    ${platform_image[@]+"${platform_image[@]}"}
app_image="$out/image/denovo-workbench"
[ $os = mac ] && app_image="$out/image/denovo-workbench.app"
echo "app image: $app_image"
if [ $os = linux ]; then
    # class-data sharing for a quicker start: record the classes of one start (window under Xvfb), dump them
    if command -v Xvfb >/dev/null 2>&1 && installer/linux/app-cds.sh train "$app_image"; then
        installer/linux/app-cds.sh dump "$app_image"
        cp installer/linux/app-cds.sh "$app_image/lib/app/"
    else
        echo "package.sh: warning: no class-data-sharing archive (needs Xvfb and GTK 3); the app starts slower" >&2
    fi
fi

for type in $types; do
    case $type in
        app-image) continue ;;
        deb | rpm)
            "$bin/jpackage" --type "$type" "${common[@]}" --app-image "$app_image" --dest "$out" \
                --license-file installer/NOTICES.txt --resource-dir installer/linux "${associations[@]}" \
                --linux-package-name denovo-workbench --linux-menu-group "Science;Chemistry;" \
                --linux-app-category science --linux-shortcut --icon "$icon" \
                --linux-package-deps libgtk-3-0 ;; # JavaFX opens GTK at run time, so jpackage cannot see it
        msi)
            "$bin/jpackage" --type msi "${common[@]}" --app-image "$app_image" --dest "$out" \
                --license-file installer/NOTICES.txt "${associations[@]}" \
                --win-menu --win-menu-group "DeNovo Workbench" --win-shortcut --win-dir-chooser \
                --win-upgrade-uuid 6f1c3f0e-5d0a-4c8e-9a57-2f7b1d7e0c11 ;;
        dmg)
            "$bin/jpackage" --type dmg "${common[@]}" --app-image "$app_image" --dest "$out" \
                --license-file installer/NOTICES.txt "${associations[@]}" \
                --mac-package-identifier org.denovo.workbench ;;
        *) echo "package.sh: unknown package type $type" >&2; exit 2 ;;
    esac
done
ls -l "$out"
