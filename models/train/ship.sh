#!/usr/bin/env bash
# Turns the training checkpoint into the shipped model folders and measures them:
#   export (model.onnx, vocab.json, manifest.json, parity.json) -> training keys (novelty)
#   -> quantize.py (MODEL_DIR-int8, the default model)
#   -> for each folder: N raw samples at T=1.0 with seeds 1, 2 and 3 -> metrics of seed 1 against the training
#      set and chembl_valid, validity of seeds 2 and 3 -> all into its manifest.json
# Usage: models/train/ship.sh [CHECKPOINT] [MODEL_DIR] [SAMPLES]
# Needs target/denovo.jar (mvn -q package -DskipTests), Debian's python3-torch and python3-onnx.
set -euo pipefail
cd "$(dirname "$0")/../.."
ckpt=${1:-models/train/run/checkpoint.pt}
out=${2:-models/chembl-gru-v1}
n=${3:-10000}
data=../shared/data
/usr/bin/python3 models/train/export.py --checkpoint "$ckpt" --out "$out"
java -jar target/denovo.jar model keys --train "$data/chembl_train.smi.gz" --out "$out"
/usr/bin/python3 models/train/quantize.py --model "$out" --out "$out-int8"

for dir in "$out" "$out-int8"; do
  samples=$(mktemp -d)
  for seed in 1 2 3; do
    java -jar target/denovo.jar generate --model "$dir" --count "$n" --seed $seed --temperature 1.0 --raw --no-library \
        --out "$samples/$seed.smi" --quiet
  done
  java -jar target/denovo.jar metrics --in "$samples/1.smi" --train "$data/chembl_train.smi.gz" \
      --reference "$data/chembl_valid.smi.gz" --json --quiet > "$dir/metrics.json"
  for seed in 2 3; do
    java -jar target/denovo.jar metrics --in "$samples/$seed.smi" --train "$data/chembl_train.smi.gz" --json --quiet \
        > "$samples/$seed.json"
  done
  /usr/bin/python3 - "$dir" "$n" "$samples" <<'PY'
import json, sys, datetime
out, n, samples = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(f"{out}/metrics.json") as f:
    m = json.load(f)
with open(f"{out}/manifest.json") as f:
    manifest = json.load(f)
others = {}
for seed in (2, 3):
    with open(f"{samples}/{seed}.json") as f:
        others[f"seed {seed}"] = json.load(f)["validity"]
others["mean of seeds 1-3"] = round((m["validity"] + sum(others.values())) / 3, 4)
manifest["metrics"] = {
    "measured": datetime.date.today().isoformat(),
    "command": f"models/train/ship.sh (generate --count {n} --seed 1 --temperature 1.0 --raw; metrics --train chembl_train.smi.gz --reference chembl_valid.smi.gz; seeds 2 and 3 for validity)",
    "samples": m["samples"], "validity": m["validity"], "unique_at_1k": m["uniqueAt1k"],
    "unique_at_10k": m["uniqueAt10k"], "novelty": m["novelty"], "int_div1": m["intDiv1"],
    "reference_int_div1": m["referenceIntDiv1"], "filters_pass_rate": m["filtersPassRate"],
    "reference_filters_pass_rate": m["referenceFiltersPassRate"], "kl_score": m["klScore"],
    "training_int_div1": m["trainingIntDiv1"], "training_filters_pass_rate": m["trainingFiltersPassRate"],
    "validity_other_seeds": others,
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
