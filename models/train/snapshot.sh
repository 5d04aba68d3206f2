#!/usr/bin/env bash
# Commits a training run's resumable snapshot: its weights in half precision with the run's state, config and
# vocabulary (no optimizer moments, about 5 MB instead of 29 MB), and its log. One snapshot per training stage:
# each call replaces that stage's previous one. A fresh clone resumes from it with the stage's training command
# and --snapshot SNAPSHOT_DIR/weights.pt (see models/train/README.md).
# Usage: snapshot.sh RUN_DIR SNAPSHOT_DIR     e.g. snapshot.sh models/train/run-stage1 models/train/snapshots/my-stage1
set -euo pipefail
cd "$(dirname "$0")/../.."
run=${1:?usage: snapshot.sh RUN_DIR SNAPSHOT_DIR}
snap=${2:?usage: snapshot.sh RUN_DIR SNAPSHOT_DIR}
mkdir -p "$snap"
state=$(/usr/bin/python3 - "$run/checkpoint.pt" "$snap/weights.pt" <<'PY'
import sys, os
sys.path.insert(0, "models/train")
import torch
from smiles_lm import save_weights_snapshot
ckpt = torch.load(sys.argv[1])
save_weights_snapshot(ckpt, sys.argv[2])
s = ckpt["state"]
print(", ".join("%s %s" % (k, s[k]) for k in ("epoch", "step", "tokens", "samples") if k in s))
PY
)
cp "$run/train_log.jsonl" "$snap/train_log.jsonl"
git add "$snap/weights.pt" "$snap/train_log.jsonl"
git commit -q -m "Training snapshot ($snap): $state"
echo "committed snapshot: $state"
