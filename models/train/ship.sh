#!/usr/bin/env bash
# Turns the training checkpoint into the shipped model folder and measures it:
#   export (model.onnx, vocab.json, manifest.json, parity.json) -> training keys (novelty)
#   -> N raw samples at T=1.0 -> metrics against the training set and chembl_valid -> metrics into manifest.json
# Usage: models/train/ship.sh [CHECKPOINT] [MODEL_DIR] [SAMPLES]
# Needs target/denovo.jar (mvn -q package -DskipTests) and Debian's python3-torch.
set -euo pipefail
cd "$(dirname "$0")/../.."
ckpt=${1:-models/train/run/checkpoint.pt}
out=${2:-models/chembl-gru-v1}
n=${3:-10000}
data=../shared/data
/usr/bin/python3 models/train/export.py --checkpoint "$ckpt" --out "$out"
java -jar target/denovo.jar model keys --train "$data/chembl_train.smi.gz" --out "$out"
samples=$(mktemp)
java -jar target/denovo.jar generate --model "$out" --count "$n" --seed 1 --temperature 1.0 --raw --no-library \
    --out "$samples" --quiet
java -jar target/denovo.jar metrics --in "$samples" --train "$data/chembl_train.smi.gz" --reference "$data/chembl_valid.smi.gz" \
    --json --quiet > "$out/metrics.json"
/usr/bin/python3 - "$out" "$n" <<'PY'
import json, sys, datetime
out, n = sys.argv[1], int(sys.argv[2])
with open(f"{out}/metrics.json") as f:
    m = json.load(f)
with open(f"{out}/manifest.json") as f:
    manifest = json.load(f)
manifest["metrics"] = {
    "measured": datetime.date.today().isoformat(),
    "command": f"models/train/ship.sh (generate --count {n} --seed 1 --temperature 1.0 --raw; metrics --train chembl_train.smi.gz --reference chembl_valid.smi.gz)",
    "samples": m["samples"], "validity": m["validity"], "unique_at_1k": m["uniqueAt1k"],
    "unique_at_10k": m["uniqueAt10k"], "novelty": m["novelty"], "int_div1": m["intDiv1"],
    "reference_int_div1": m["referenceIntDiv1"], "filters_pass_rate": m["filtersPassRate"],
    "reference_filters_pass_rate": m["referenceFiltersPassRate"], "kl_score": m["klScore"],
    "training_int_div1": m["trainingIntDiv1"], "training_filters_pass_rate": m["trainingFiltersPassRate"],
}
with open(f"{out}/manifest.json", "w") as f:
    json.dump(manifest, f, indent=2)
print(json.dumps(manifest["metrics"], indent=2))
PY
rm -f "$samples"
