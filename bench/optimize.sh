#!/usr/bin/env bash
# Lead-optimisation benchmark: leads with QED in [0.7, 0.8) from chembl_valid; success for a lead means at least
# one reported molecule other than the lead with QED >= 0.9 and Tanimoto >= 0.4 to the lead, judged with the
# app's columns (CDK ECFP4) and, where RDKit is installed, with RDKit (Morgan radius 2, 2,048 bits; RDKit QED).
# Usage: bench/optimize.sh LEADS BUDGET [MIN_SIMILARITY] [SEED] [EXTRA optimize OPTIONS...]   (from the project root;
# DENOVO_JAR names another build to measure)
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1 budget=$2 sim=${3:-0.4} seed=${4:-1}
shift $(( $# < 4 ? $# : 4 ))
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
jar=${DENOVO_JAR:-target/denovo.jar}
if [ ! -s "$work/leads-$n.smi" ]; then
  zcat ../shared/data/chembl_valid.smi.gz | awk 'NR <= 3000' > "$work/pool.smi"
  java -jar "$jar" properties --in "$work/pool.smi" --out "$work/pool.csv" --quiet
  # first N molecules with 0.7 <= QED < 0.8, named by their line
  awk -F, -v n="$n" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
      $c["qed"] >= 0.7 && $c["qed"] < 0.8 && k < n { k++; print $c["smiles"], "lead" k }' "$work/pool.csv" > "$work/leads-$n.smi"
fi
out="$work/optimized-$n-$budget-$sim-$seed.csv"
start=$(date +%s.%N)
java -jar "$jar" optimize --leads "$work/leads-$n.smi" --profile qed --min-similarity "$sim" --budget "$budget" \
    --seed "$seed" --no-library --quiet --out "$out" "$@"
end=$(date +%s.%N)
echo "$n leads, budget $budget, min similarity $sim: $(echo "$end - $start" | bc) s wall ($(echo "($end - $start) / $n" | bc -l | cut -c1-5) s per lead)"
/usr/bin/python3 bench/optimize_success.py "$work/leads-$n.smi" "$out"
