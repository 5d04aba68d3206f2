#!/usr/bin/env bash
# Reproduces the shipped generator from scratch in one command, stage after stage:
#   1. train.py: 6 epochs on ChEMBL (3 x 384 GRU, seed 20261126)
#   2. train.py --init-from stage 1: 2 more epochs, cosine learning rate 5e-4 -> 1e-5
#   3. reinforce_valid.py --prior stage 2: policy gradient towards valid SMILES, held close to stage 2
#      (431 steps at learning rate 1e-4, then on at 4e-5 to step 1,400)
#   4. export.py: model.onnx, vocab.json, manifest.json, parity.json into OUT/model
#   5. quantize.py: the int8 step model into OUT/model-int8 (needs python3-onnx)
# Run it again to resume: finished stages are skipped, an unfinished one continues from its checkpoint.
# About 6 hours of training on 2 cores. Then measure and ship with models/train/ship.sh OUT/stage3/checkpoint.pt.
#
# Usage: models/train/reproduce.sh [OUT]            (default models/train/repro)
#        models/train/reproduce.sh --smoke OUT      (200 molecules, a tiny model, a few steps per stage; CI)
set -euo pipefail
cd "$(dirname "$0")/../.."
py=/usr/bin/python3
smoke=0
if [ "${1:-}" = "--smoke" ]; then
  smoke=1
  shift
fi
out=${1:-models/train/repro}
mkdir -p "$out"
data=../shared/data
train=$data/chembl_train.smi.gz
valid=$data/chembl_valid.smi.gz
size=()
stage3a=(--steps 431 --lr 1e-4)
stage3=(--steps 1400 --lr 4e-5)
if [ $smoke = 1 ]; then
  zcat "$train" | sed -n "1,200p" > "$out/train.smi"
  zcat "$valid" | sed -n "1,50p" > "$out/valid.smi"
  train=$out/train.smi
  valid=$out/valid.smi
  size=(--limit 200 --layers 2 --hidden 32 --embed 16 --batch-size 32 --eval-samples 20)
  stage3a=(--steps 2 --batch-size 16 --log-steps 1 --eval-steps 3 --eval-samples 20)
  stage3=(--steps 3 --batch-size 16 --log-steps 1 --eval-steps 3 --eval-samples 20 --lr 4e-5)
fi

# the value of a checkpoint's state[KEY], or -1 without a checkpoint
state() {
  [ -f "$1" ] || { echo -1; return; }
  $py -c "import torch, sys; print(torch.load(sys.argv[1])['state'][sys.argv[2]])" "$1" "$2"
}

epochs1=6
epochs2=2
[ $smoke = 1 ] && epochs1=2 && epochs2=1
$py models/train/train.py --train "$train" --valid "$valid" --out "$out/stage1" --snapshot "" \
    --epochs $epochs1 --max-minutes 100000 "${size[@]}"
[ "$(state "$out/stage1/checkpoint.pt" epoch)" -ge $epochs1 ] || { echo "stage 1 did not finish"; exit 1; }

$py models/train/train.py --train "$train" --valid "$valid" --out "$out/stage2" --snapshot "" \
    --init-from "$out/stage1/checkpoint.pt" --schedule cosine --lr 5e-4 --lr-min 1e-5 --epochs $epochs2 \
    --eval-minutes 30 --max-minutes 100000 "${size[@]}"
[ "$(state "$out/stage2/checkpoint.pt" epoch)" -ge $epochs2 ] || { echo "stage 2 did not finish"; exit 1; }

# 431 steps at 1e-4, then on at 4e-5 (validity had levelled off at about 0.945)
if [ "$(state "$out/stage3/checkpoint.pt" step)" -lt "$(printf '%s\n' "${stage3a[@]}" | sed -n '/--steps/{n;p}')" ]; then
  $py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage3" --snapshot "" \
      --prior "$out/stage2/checkpoint.pt" --max-minutes 100000 "${stage3a[@]}"
fi
$py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage3" --snapshot "" \
    --prior "$out/stage2/checkpoint.pt" --max-minutes 100000 "${stage3[@]}"
steps=$(printf '%s\n' "${stage3[@]}" | sed -n '/--steps/{n;p}')
[ "$(state "$out/stage3/checkpoint.pt" step)" -ge "$steps" ] || { echo "stage 3 did not finish"; exit 1; }

$py models/train/export.py --checkpoint "$out/stage3/checkpoint.pt" --out "$out/model"
$py models/train/quantize.py --model "$out/model" --out "$out/model-int8"
echo "reproduced: $out/model and $out/model-int8 (measure and ship: models/train/ship.sh $out/stage3/checkpoint.pt)"
