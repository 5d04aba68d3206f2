#!/usr/bin/env bash
# Measures one training stage the way the shipped model is measured: export the checkpoint, sample N raw strings
# at T = 1.0 (seed 1) with the app, and run `denovo metrics` against the training set and chembl_valid (validity,
# uniqueness, novelty, IntDiv1, Filters, the KL score and the fidelity table). Writes models/train/stages/NAME.json.
# Usage: models/train/evaluate_stage.sh CHECKPOINT NAME [N]     (needs target/denovo.jar, or DENOVO_JAR, and python3-torch)
set -euo pipefail
cd "$(dirname "$0")/../.."
ckpt=${1:?usage: evaluate_stage.sh CHECKPOINT NAME [N]}
name=${2:?usage: evaluate_stage.sh CHECKPOINT NAME [N]}
n=${3:-10000}
data=../shared/data
jar=${DENOVO_JAR:-target/denovo.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 models/train/export.py --checkpoint "$ckpt" --out "$work/model" > /dev/null
java -jar "$jar" generate --model "$work/model" --count "$n" --seed 1 --temperature 1.0 --raw --no-library --no-syntax-mask \
    --out "$work/samples.smi" --quiet
mkdir -p models/train/stages
java -jar "$jar" metrics --in "$work/samples.smi" --train "$data/chembl_train.smi.gz" \
    --reference "$data/chembl_valid.smi.gz" --json --quiet > "$work/metrics.json"
/usr/bin/python3 - "$work/metrics.json" "models/train/stages/$name.json" "$ckpt" "$n" <<'PY'
import json, sys, torch
metrics, out, ckpt, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with open(metrics) as f:
    m = json.load(f)
state = torch.load(ckpt)["state"]
m["stage"] = {"checkpoint": ckpt, "state": {k: v for k, v in state.items() if k not in ("init_state", "size_log_weights") and not k.startswith("match_")},
              "command": f"models/train/evaluate_stage.sh {ckpt} NAME {n}"}
with open(out, "w") as f:
    json.dump(m, f, indent=1)
fid = m["fidelity"]
print(out, "validity %.4f KL %.4f" % (m["validity"], m["klScore"]),
      " ".join("%s KS %.3f" % (k, fid[k]["ks"]) for k in ("mol_weight", "heavy_atoms", "rings", "bertz_ct")))
PY
