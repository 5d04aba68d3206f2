#!/usr/bin/env bash
# Compares two builds side by side: identical output, then speed, alternating runs so that both see the same
# machine. Usage: bench/compare-builds.sh OLD.jar NEW.jar [ROUNDS]   (from the project root; default 3 rounds)
#   1. `properties` on 20,000 records (10,000 generated + chembl_valid's first 10,000): the same values in every
#      column both builds write (bench/csv_diff.py; columns only one build writes are listed)
#   2. `generate --seed 7 --raw` of 2,000 strings: identical strings
#   3. speed, per round and build: `bench properties` (one thread, warm, 10,000 molecules), `bench generate`
#      (one thread, batch 512, 4,096 strings) and `generate --count 10600` end to end (the run's seconds)
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=../shared/data
java_opts=(-XX:Tier4InvocationThreshold=400000 -XX:Tier4MinInvocationThreshold=200000 -XX:Tier4CompileThreshold=480000 -XX:Tier4BackEdgeThreshold=1000000000)

java -jar "$new" generate --count 10000 --seed 11 --no-library --raw --out "$work/gen.smi" --quiet 2>/dev/null
{ cat "$work/gen.smi"; zcat "$data/chembl_valid.smi.gz" | awk 'NR <= 10000'; } > "$work/mix20k.smi"
for build in old new; do
  jar=${!build}
  java "${java_opts[@]}" -jar "$jar" properties --in "$work/mix20k.smi" --out "$work/props-$build.csv" --quiet 2>/dev/null
  java -jar "$jar" generate --count 2000 --seed 7 --raw --no-library --out "$work/raw-$build.smi" --quiet
done
python3 bench/csv_diff.py "$work/props-old.csv" "$work/props-new.csv"
cmp "$work/raw-old.smi" "$work/raw-new.smi" && echo "generate --seed 7 --raw: identical $(wc -l < "$work/raw-new.smi") strings"

zcat "$data/chembl_valid.smi.gz" | awk 'NR <= 12000' > "$work/valid12k.smi"
printf '%-5s %-4s %12s %12s %10s\n' round build "props mol/s" "gen str/s" "gen 10k s"
for ((r = 1; r <= rounds; r++)); do
  for build in old new; do
    jar=${!build}
    props=$(java "${java_opts[@]}" -jar "$jar" bench properties --in "$work/valid12k.smi" --limit 10000 --warmup 2000 \
        --repeat 2 --threads 1 2>&1 | grep -oE '[0-9,]+ molecules/s' | tail -1 | tr -d ',' | cut -d' ' -f1)
    gen=$(java -jar "$jar" bench generate --count 4096 --batch-size 512 --repeat 2 --threads 1 2>&1 \
        | grep -oE '[0-9,]+ strings/s' | tail -1 | tr -d ',' | cut -d' ' -f1)
    e2e=$(java -XX:TieredStopAtLevel=1 -jar "$jar" generate --count 10600 --seed "$r" --no-library \
        --out "$work/g.smi" 2>&1 | grep -oE '[0-9.]+ s, [0-9,]+ molecules/s' | tail -1 | cut -d' ' -f1)
    printf '%-5s %-4s %12s %12s %10s\n' "$r" "$build" "$props" "$gen" "$e2e"
  done
done
