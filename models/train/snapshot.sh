#!/usr/bin/env bash
# Copies the live training checkpoint and log into models/train/snapshot/ and commits them, so training
# can resume from the repository on a fresh machine. The live checkpoint (models/train/run/checkpoint.pt)
# is git-ignored on purpose: each committed version costs its full size (~29 MB) in the history, so take
# a snapshot only a few times per session.
# Usage: snapshot.sh [RUN_DIR [SNAPSHOT_DIR]]   (defaults: models/train/run models/train/snapshot)
set -euo pipefail
cd "$(dirname "$0")/../.."
run=${1:-models/train/run}
snap=${2:-models/train/snapshot}
mkdir -p "$snap"
cp "$run/checkpoint.pt" "$snap/checkpoint.pt.tmp"
mv "$snap/checkpoint.pt.tmp" "$snap/checkpoint.pt"
cp "$run/train_log.jsonl" "$snap/train_log.jsonl"
state=$(/usr/bin/python3 -c "import torch; s=torch.load('$snap/checkpoint.pt')['state']; print(', '.join('%s %s' % (k, s[k]) for k in ('epoch', 'round', 'step', 'tokens', 'samples') if k in s))")
git add "$snap/checkpoint.pt" "$snap/train_log.jsonl"
git commit -q -m "Training snapshot ($snap): $state"
echo "committed snapshot: $state"
