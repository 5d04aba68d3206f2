#!/usr/bin/env bash
# Measures shipped model folders and records the figures in each one's manifest.json (the model card) and
# metrics.json: N raw samples at T = 1.0 with seeds 1, 2 and 3; `metrics` of seed 1 against the training set and
# chembl_valid (validity, uniqueness, novelty, IntDiv1, Filters, the KL score, the fidelity table), and the same
# figures of seeds 2 and 3 (by_seed). Samples are drawn as the app draws them, with the syntax mask; the same
# figures without it (--no-syntax-mask, the network's own strings) go under without_syntax_mask. The model's
# weights and hash are not touched. KEEP_SAMPLES=DIR keeps the raw samples (e.g. for models/train/rdkit_check.py).
# Usage: models/train/measure.sh N MODEL_DIR...     (needs target/denovo.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: measure.sh N MODEL_DIR...}
shift
data=../shared/data
for dir in "$@"; do
  samples=$(mktemp -d)
  for seed in 1 2 3; do
    java -jar target/denovo.jar generate --model "$dir" --count "$n" --seed $seed --temperature 1.0 --raw --no-library \
        --out "$samples/$seed.smi" --quiet
    java -jar target/denovo.jar generate --model "$dir" --count "$n" --seed $seed --temperature 1.0 --raw --no-library \
        --no-syntax-mask --out "$samples/nomask-$seed.smi" --quiet
    java -jar target/denovo.jar metrics --in "$samples/nomask-$seed.smi" --train "$data/chembl_train.smi.gz" \
        --reference "$data/chembl_valid.smi.gz" --json --quiet > "$samples/nomask-$seed.json"
  done
  java -jar target/denovo.jar metrics --in "$samples/1.smi" --train "$data/chembl_train.smi.gz" \
      --reference "$data/chembl_valid.smi.gz" --json --quiet > "$dir/metrics.json"
  for seed in 2 3; do
    java -jar target/denovo.jar metrics --in "$samples/$seed.smi" --train "$data/chembl_train.smi.gz" \
        --reference "$data/chembl_valid.smi.gz" --json --quiet > "$samples/$seed.json"
  done
  if [ -n "${KEEP_SAMPLES:-}" ]; then
    mkdir -p "$KEEP_SAMPLES/$(basename "$dir")"
    cp "$samples"/*.smi "$KEEP_SAMPLES/$(basename "$dir")/"
  fi
  /usr/bin/python3 - "$dir" "$n" "$samples" <<'PY'
import json, sys, datetime
out, n, samples = sys.argv[1], int(sys.argv[2]), sys.argv[3]


def seed_summary(r):
    """The issue-level figures of one seed's metrics."""
    keys = {"validity": "validity", "unique_at_10k": "uniqueAt10k", "novelty": "novelty", "kl_score": "klScore",
            "int_div1": "intDiv1", "filters_pass_rate": "filtersPassRate", "small_fraction": "smallFraction"}
    out = {k: round(r[v], 4) for k, v in keys.items()}
    out["ks"] = {d: round(r["fidelity"][d]["ks"], 4) for d in ("mol_weight", "heavy_atoms", "rings", "bertz_ct")}
    return out


with open(f"{out}/metrics.json") as f:
    m = json.load(f)
with open(f"{out}/manifest.json") as f:
    manifest = json.load(f)
others = {}
per_seed = {}
for seed in (2, 3):
    with open(f"{samples}/{seed}.json") as f:
        o = json.load(f)
    others[f"seed {seed}"] = o["validity"]
    per_seed[f"seed {seed}"] = seed_summary(o)
others["mean of seeds 1-3"] = round((m["validity"] + sum(others.values())) / 3, 4)
per_seed = {"seed 1": seed_summary(m), **per_seed}
without_mask = {}
for seed in (1, 2, 3):
    with open(f"{samples}/nomask-{seed}.json") as f:
        without_mask[f"seed {seed}"] = seed_summary(json.load(f))
manifest["metrics"] = {
    "measured": datetime.date.today().isoformat(),
    "command": f"models/train/ship.sh (generate --count {n} --seed 1 --temperature 1.0 --raw; metrics --train chembl_train.smi.gz --reference chembl_valid.smi.gz; seeds 2 and 3 the same)",
    "samples": m["samples"], "validity": m["validity"], "unique_at_1k": m["uniqueAt1k"],
    "unique_at_10k": m["uniqueAt10k"], "novelty": m["novelty"], "int_div1": m["intDiv1"],
    "reference_int_div1": m["referenceIntDiv1"], "filters_pass_rate": m["filtersPassRate"],
    "reference_filters_pass_rate": m["referenceFiltersPassRate"], "kl_score": m["klScore"],
    "training_int_div1": m["trainingIntDiv1"], "training_filters_pass_rate": m["trainingFiltersPassRate"],
    "validity_other_seeds": others,
    "by_seed": per_seed,
    "without_syntax_mask": {"command": "the same with generate --no-syntax-mask", "by_seed": without_mask},
    "kl_divergences": m["klDivergences"],
    "small_fraction": m["smallFraction"], "reference_small_fraction": m["referenceSmallFraction"],
    "fidelity": {k: m["fidelity"][k] for k in ("mol_weight", "heavy_atoms", "rings", "bertz_ct", "stereocentres",
                                               "smiles_length", "qed")},
}
manifest.pop("status", None)
with open(f"{out}/manifest.json", "w") as f:
    json.dump(manifest, f, indent=2)
print(out, json.dumps(manifest["metrics"], indent=2))
PY
  rm -rf "$samples"
done
