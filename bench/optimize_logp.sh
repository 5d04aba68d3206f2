#!/usr/bin/env bash
# Lead-optimisation benchmark: lower logP by at least 1 while staying at Tanimoto >= 0.6 to the lead. Leads: the first
# molecules of chembl_valid with Crippen logP from 3.5 to 6 and QED >= 0.5. Each lead gets its own profile (logP
# 1 below the lead's scores about 0.76 on a reverse sigmoid, weight 2; QED, SA score, reactive groups and the PAINS
# filter as in drug-like) and its own optimize run, as a profile scores each molecule by itself. Success for a lead: a reported molecule (not the lead) with Crippen logP at least 1
# below the lead's and similarity >= 0.6, judged with the app's columns and with RDKit (Crippen logP; Morgan radius 2
# at 2,048 bits) by bench/optimize_logp_success.py.
# Usage: bench/optimize_logp.sh LEADS BUDGET [SEED] [EXTRA optimize OPTIONS...]   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1 budget=$2 seed=${3:-1}
shift $(( $# < 3 ? $# : 3 ))
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
jar=target/denovo.jar
if [ ! -s "$work/logp-leads-$n.csv" ]; then
  zcat ../shared/data/chembl_valid.smi.gz | awk 'NR <= 3000' > "$work/pool.smi"
  [ -s "$work/pool.csv" ] || java -jar "$jar" properties --in "$work/pool.smi" --out "$work/pool.csv" --quiet
  awk -F, -v n="$n" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; print "name,smiles,crippen_logp"; next }
      $c["crippen_logp"] >= 3.5 && $c["crippen_logp"] <= 6 && $c["qed"] >= 0.5 && k < n {
        k++; print "lead" k "," $c["smiles"] "," $c["crippen_logp"] }' "$work/pool.csv" > "$work/logp-leads-$n.csv"
fi
runs="$work/logp-$n-$budget-$seed"
mkdir -p "$runs"
start=$(date +%s.%N)
tail -n +2 "$work/logp-leads-$n.csv" | while IFS=, read -r name smiles logp; do
  low=$(awk -v x="$logp" 'BEGIN { printf "%.3f", x - 1.3 }') high=$(awk -v x="$logp" 'BEGIN { printf "%.3f", x - 0.3 }')
  cat > "$runs/$name.json" <<JSON
{
  "name": "logp-down-$name",
  "description": "Crippen logP at least 1 below the lead's ($logp); QED, SA score and reactive groups as in drug-like.",
  "aggregation": "geometric",
  "components": [
    {"type": "property", "property": "crippen_logp", "weight": 2,
     "transform": {"type": "reverse_sigmoid", "low": $low, "high": $high, "k": 0.25}},
    {"type": "property", "property": "qed", "weight": 1, "transform": {"type": "identity"}},
    {"type": "property", "property": "sa_score", "weight": 1,
     "transform": {"type": "reverse_sigmoid", "low": 2.5, "high": 5.5, "k": 0.5}},
    {"type": "alerts", "name": "reactive groups", "sets": ["Glaxo", "MCF"], "weight": 2,
     "transform": {"type": "linear", "points": [[0, 1], [1, 0.05], [2, 0.02]]}}
  ],
  "filters": [
    {"type": "alerts", "sets": ["PAINS", "MOSES_PAINS"], "max": 0, "filter_name": "PAINS"}
  ]
}
JSON
  echo "$smiles $name" > "$runs/$name.smi"
  java -jar "$jar" optimize --leads "$runs/$name.smi" --profile "$runs/$name.json" --min-similarity 0.6 \
      --budget "$budget" --seed "$seed" --no-library --quiet --out "$runs/$name.csv" "$@" 2> "$runs/$name.log" < /dev/null
done
end=$(date +%s.%N)
echo "$n leads, budget $budget, logP down by 1, min similarity 0.6, one run per lead: $(echo "$end - $start" | bc) s wall ($(echo "($end - $start) / $n" | bc -l | cut -c1-5) s per lead)"
/usr/bin/python3 bench/optimize_logp_success.py "$work/logp-leads-$n.csv" "$runs"
