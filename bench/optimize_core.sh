#!/usr/bin/env bash
# Lead-optimisation benchmark with a kept core: objective the drug-like profile, each lead's Bemis-Murcko scaffold
# kept (--keep-scaffold), Tanimoto >= 0.5 to the lead. Leads: the first molecules of chembl_valid with a ring and a
# drug-like score from 0.3 to 0.7. Success for a lead: a reported molecule (not the lead) whose drug-like score is
# at least 0.1 above the lead's, judged with the app's columns and checked with RDKit (scaffold kept, Morgan
# radius 2 at 2,048 bits >= 0.5) by bench/optimize_core_success.py.
# Usage: bench/optimize_core.sh LEADS BUDGET [SEED] [EXTRA optimize OPTIONS...]   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1 budget=$2 seed=${3:-1}
shift $(( $# < 3 ? $# : 3 ))
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
jar=target/denovo.jar
if [ ! -s "$work/core-leads-$n.csv" ]; then
  zcat ../shared/data/chembl_valid.smi.gz | awk 'NR <= 3000 { print $1, "m" NR }' > "$work/pool-named.smi"
  java -jar "$jar" score --in "$work/pool-named.smi" --profile drug-like --no-library --quiet --out "$work/pool-druglike.csv"
  # first N in file order with a ring and 0.3 <= score < 0.7; written as leads (SMILES name) and with their scores
  /usr/bin/python3 - "$work/pool-druglike.csv" "$n" "$work/core-leads-$n" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]))]
rows.sort(key=lambda r: int(r["name"][1:]))
n, out = int(sys.argv[2]), sys.argv[3]
picked = [r for r in rows if int(r["rings"]) > 0 and 0.3 <= float(r["score"] or "nan") < 0.7][:n]
with open(out + ".smi", "w") as smi, open(out + ".csv", "w") as table:
    table.write("name,smiles,score\n")
    for k, r in enumerate(picked, 1):
        smi.write("%s lead%d\n" % (r["smiles"], k))
        table.write("lead%d,%s,%s\n" % (k, r["smiles"], r["score"]))
PY
fi
out="$work/core-optimized-$n-$budget-$seed.csv"
start=$(date +%s.%N)
java -jar "$jar" optimize --leads "$work/core-leads-$n.smi" --profile drug-like --min-similarity 0.5 --keep-scaffold \
    --budget "$budget" --seed "$seed" --no-library --quiet --out "$out" "$@"
end=$(date +%s.%N)
echo "$n leads, budget $budget, drug-like, scaffold kept, min similarity 0.5: $(echo "$end - $start" | bc) s wall ($(echo "($end - $start) / $n" | bc -l | cut -c1-5) s per lead)"
/usr/bin/python3 bench/optimize_core_success.py "$work/core-leads-$n.csv" "$out"
