#!/usr/bin/env bash
# Turns the training checkpoint into the shipped model folders and measures them:
#   export (model.onnx, vocab.json, manifest.json, parity.json) -> training keys (novelty)
#   -> quantize.py (MODEL_DIR-int8, the default model)
#   -> measure.sh on both folders: N raw samples at T=1.0 with seeds 1, 2 and 3 -> metrics of seed 1 against the training
#      set and chembl_valid, validity of seeds 2 and 3 -> all into its manifest.json
# Usage: models/train/ship.sh [CHECKPOINT] [MODEL_DIR] [SAMPLES]
# Needs target/denovo.jar (mvn -q package -DskipTests), Debian's python3-torch and python3-onnx.
set -euo pipefail
cd "$(dirname "$0")/../.."
ckpt=${1:-models/train/run/checkpoint.pt}
out=${2:-models/chembl-gru-v3}
n=${3:-10000}
data=../shared/data
/usr/bin/python3 models/train/export.py --checkpoint "$ckpt" --out "$out"
java -jar target/denovo.jar model keys --train "$data/chembl_train.smi.gz" --out "$out"
/usr/bin/python3 models/train/quantize.py --model "$out" --out "$out-int8"

models/train/measure.sh "$n" "$out" "$out-int8"
