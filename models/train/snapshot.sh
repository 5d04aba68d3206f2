#!/usr/bin/env bash
# Copies the live training checkpoint and log into models/train/snapshot/ and commits them, so training
# can resume from the repository on a fresh machine. The live checkpoint (models/train/run/checkpoint.pt)
# is git-ignored on purpose: each committed version costs its full size (~29 MB) in the history, so take
# a snapshot only a few times per session.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p models/train/snapshot
cp models/train/run/checkpoint.pt models/train/snapshot/checkpoint.pt.tmp
mv models/train/snapshot/checkpoint.pt.tmp models/train/snapshot/checkpoint.pt
cp models/train/run/train_log.jsonl models/train/snapshot/train_log.jsonl
state=$(/usr/bin/python3 -c "import torch; s=torch.load('models/train/snapshot/checkpoint.pt')['state']; print('epoch %d, step %d, %d tokens' % (s['epoch'], s['step'], s['tokens']))")
git add models/train/snapshot/checkpoint.pt models/train/snapshot/train_log.jsonl
git commit -q -m "Training snapshot: $state"
echo "committed snapshot: $state"
