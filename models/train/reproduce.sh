#!/usr/bin/env bash
# Reproduces the shipped generator in one command, stage after stage:
#   1. train.py: 6 epochs on ChEMBL (3 x 384 GRU, seed 20261126)
#   2. train.py --init-from stage 1: 2 more epochs, cosine learning rate 5e-4 -> 1e-5
#   3. reinforce_valid.py --prior stage 2: policy gradient towards valid SMILES, held close to stage 2
#      (431 steps at learning rate 1e-4, then on at 4e-5 to step 1,400)
#   4. distillation: 300,000 raw samples of stage 2 (sample.py, seed 11); distill_valid.py keeps the valid ones and
#      draws 200,000 in proportion to the training set's size classes; train.py on them from stage 3, a one-epoch
#      cosine schedule 3e-4 -> 1e-5, stopped at step 447
#   5. reinforce_valid.py --prior stage 4 --match-size: validity reward with fixed size-class weights, 285 steps
#   6. reinforce_valid.py --prior stage 5 --match-gain 1: adaptive size matching, to step 400
#   7. reinforce_valid.py --prior stage 5, from stage 6, --match-filters: size x MOSES-filter classes, learning rate
#      2e-4, to step 561 at beta 0.2 and gain 1, then to step 688 (STAGE7_STEPS) at beta 0.1 and gain 0.5
#   8. reinforce_valid.py as stage 7, from stage 7, with a pretraining mix (--mle-data chembl_train, weight 0.1)
#      to step 1,200
#   9. average.py: 0.6 x stage 6 + 0.2 x stage 7 + 0.2 x stage 8 (their half-precision weights), into
#      OUT/average/weights.pt
#  10. export.py into OUT/model, quantize.py into OUT/model-int8 (needs python3-onnx)
# Stages 4-8 start from the previous stage's weights in half precision (its snapshot, as committed and as they ran).
# Run it again to resume: finished stages are skipped, an unfinished one continues from its checkpoint.
# About 9 hours of training on 2 cores for stages 1-3 and 5 more for 4-8. Then measure and ship with
# models/train/ship.sh OUT/average/weights.pt.
#
# Usage: models/train/reproduce.sh [OUT]                   (default models/train/repro)
#        models/train/reproduce.sh --from-snapshot [OUT]   (stages 1-6 are the committed snapshots; trains stages 7
#                                                           and 8 from the stage-6 snapshot, as the shipped model was)
#        models/train/reproduce.sh --average-snapshots [OUT] (stages 1-8 are the committed snapshots; only averages
#                                                           and exports: the shipped model's weights, in minutes)
#        models/train/reproduce.sh --smoke OUT             (200 molecules, a tiny model, a few steps per stage; CI)
set -euo pipefail
cd "$(dirname "$0")/../.."
py=/usr/bin/python3
smoke=0
from_snapshot=0
average_only=0
case "${1:-}" in
  --smoke) smoke=1; shift ;;
  --from-snapshot) from_snapshot=1; shift ;;
  --average-snapshots) from_snapshot=1; average_only=1; shift ;;
esac
out=${1:-models/train/repro}
mkdir -p "$out"
data=../shared/data
train=$data/chembl_train.smi.gz
valid=$data/chembl_valid.smi.gz
snapshots=models/train/snapshots
size=()
stage3a=(--steps 431 --lr 1e-4)
stage3=(--steps 1400 --lr 4e-5)
rl=()                       # options every policy-gradient stage shares
teacher=(--count 300000)
distill=(--count 200000)
stage4_steps=447
stage5_steps=285
stage6_steps=400
stage7a_steps=561
stage7_steps=${STAGE7_STEPS:-688}
stage8_steps=1200
if [ $smoke = 1 ]; then
  zcat "$train" | sed -n "1,200p" > "$out/train.smi"
  zcat "$valid" | sed -n "1,50p" > "$out/valid.smi"
  train=$out/train.smi
  valid=$out/valid.smi
  size=(--limit 200 --layers 2 --hidden 32 --embed 16 --batch-size 32 --eval-samples 20)
  rl=(--batch-size 16 --log-steps 1 --eval-steps 3 --eval-samples 20 --match-samples 64 --match-reference 200)
  stage3a=(--steps 2 "${rl[@]}")
  stage3=(--steps 3 --lr 4e-5 "${rl[@]}")
  teacher=(--count 300)
  distill=(--count 200 --reference-count 200)
  stage4_steps=3
  stage5_steps=2
  stage6_steps=4
  stage7a_steps=5
  stage7_steps=7
  stage8_steps=9
fi

# the value of a checkpoint's state[KEY], or -1 without a checkpoint
state() {
  [ -f "$1" ] || { echo -1; return; }
  $py -c "import torch, sys; print(torch.load(sys.argv[1])['state'][sys.argv[2]])" "$1" "$2"
}
# a stage's weights in half precision with its state, as snapshot.sh commits them
weights() {
  [ -f "$1/weights.pt" ] && [ "$1/weights.pt" -nt "$1/checkpoint.pt" ] && return
  $py -c "import sys, torch; sys.path.insert(0, 'models/train'); from smiles_lm import save_weights_snapshot as s; s(torch.load(sys.argv[1]), sys.argv[2])" \
      "$1/checkpoint.pt" "$1/weights.pt"
}
finished() {
  [ "$(state "$1/checkpoint.pt" "$2")" -ge "$3" ] || { echo "$1 did not finish ($2 < $3)"; exit 1; }
  weights "$1"
}

if [ $average_only = 1 ]; then
  for stage in 7:stage7-match-filters 8:stage8-mle-mix; do
    mkdir -p "$out/stage${stage%%:*}"
    cp "$snapshots/chembl-gru-v1-${stage#*:}/weights.pt" "$out/stage${stage%%:*}/weights.pt"
  done
fi
if [ $from_snapshot = 1 ]; then
  for stage in 5:stage5-distill-match 6:stage6-adaptive-match; do
    mkdir -p "$out/stage${stage%%:*}"
    cp "$snapshots/chembl-gru-v1-${stage#*:}/weights.pt" "$out/stage${stage%%:*}/weights.pt"
  done
else
  epochs1=6
  epochs2=2
  [ $smoke = 1 ] && epochs1=2 && epochs2=1
  $py models/train/train.py --train "$train" --valid "$valid" --out "$out/stage1" --snapshot "" \
      --epochs $epochs1 --max-minutes 100000 "${size[@]}"
  finished "$out/stage1" epoch $epochs1

  $py models/train/train.py --train "$train" --valid "$valid" --out "$out/stage2" --snapshot "" \
      --init-from "$out/stage1/checkpoint.pt" --schedule cosine --lr 5e-4 --lr-min 1e-5 --epochs $epochs2 \
      --eval-minutes 30 --max-minutes 100000 "${size[@]}"
  finished "$out/stage2" epoch $epochs2

  # 431 steps at 1e-4, then on at 4e-5 (validity had levelled off at about 0.945)
  if [ "$(state "$out/stage3/checkpoint.pt" step)" -lt "$(printf '%s\n' "${stage3a[@]}" | sed -n '/--steps/{n;p}')" ]; then
    $py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage3" --snapshot "" \
        --prior "$out/stage2/checkpoint.pt" --max-minutes 100000 "${stage3a[@]}"
  fi
  $py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage3" --snapshot "" \
      --prior "$out/stage2/checkpoint.pt" --max-minutes 100000 "${stage3[@]}"
  finished "$out/stage3" step "$(printf '%s\n' "${stage3[@]}" | sed -n '/--steps/{n;p}')"

  # 4: maximum likelihood on stage 2's valid samples, drawn to the training set's sizes
  [ -f "$out/stage4/teacher.smi" ] || { mkdir -p "$out/stage4"
    $py models/train/sample.py --checkpoint "$out/stage2/weights.pt" --seed 11 --out "$out/stage4/teacher.smi" "${teacher[@]}"; }
  [ -f "$out/stage4/distilled.smi" ] || $py models/train/distill_valid.py --samples "$out/stage4/teacher.smi" \
      --reference "$train" --out "$out/stage4/distilled.smi" "${distill[@]}"
  done4=$(state "$out/stage4/checkpoint.pt" step)
  if [ "$done4" -lt $stage4_steps ]; then
    $py models/train/train.py --train "$out/stage4/distilled.smi" --valid "$valid" --out "$out/stage4" --snapshot "" \
        --init-from "$out/stage3/weights.pt" --schedule cosine --lr 3e-4 --lr-min 1e-5 --epochs 1.0 \
        --max-steps $((stage4_steps - (done4 < 0 ? 0 : done4))) --eval-minutes 30 --max-minutes 100000 "${size[@]}"
  fi
  finished "$out/stage4" step $stage4_steps

  # 5: validity reward with the size-class weights fixed from the prior's samples
  $py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage5" --snapshot "" --prior "$out/stage4/weights.pt" \
      --steps $stage5_steps --lr 1e-4 --match-size "$train" --match-samples 10000 --max-minutes 100000 "${rl[@]}"
  finished "$out/stage5" step $stage5_steps

  # 6: adaptive size matching, prior and starting point stage 5
  $py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage6" --snapshot "" --prior "$out/stage5/weights.pt" \
      --steps $stage6_steps --lr 1e-4 --match-size "$train" --match-samples 10000 --match-gain 1.0 \
      --max-minutes 100000 "${rl[@]}"
  finished "$out/stage6" step $stage6_steps
fi

if [ $average_only = 0 ]; then
  # 7: adaptive matching of size x MOSES-filter classes, prior stage 5, from the stage-6 weights; to step 561 with
  # beta 0.2 and gain 1, then with the validity reward weighing twice as much against both (beta 0.1, gain 0.5)
  stage7=(--valid "$valid" --out "$out/stage7" --prior "$out/stage5/weights.pt" --snapshot "$out/stage6/weights.pt"
          --lr 2e-4 --match-size "$train" --match-samples 10000 --match-filters --max-minutes 100000)
  if [ "$(state "$out/stage7/checkpoint.pt" step)" -lt $stage7a_steps ]; then
    $py models/train/reinforce_valid.py "${stage7[@]}" --steps $stage7a_steps --beta 0.2 --match-gain 1.0 "${rl[@]}"
  fi
  $py models/train/reinforce_valid.py "${stage7[@]}" --steps $stage7_steps --beta 0.1 --match-gain 0.5 "${rl[@]}"
  finished "$out/stage7" step $stage7_steps

  # 8: stage 7's settings with a pretraining mix: each step also lowers the negative log-likelihood of ChEMBL
  # molecules (weight 0.1), from the stage-7 weights
  $py models/train/reinforce_valid.py --valid "$valid" --out "$out/stage8" --prior "$out/stage5/weights.pt" \
      --snapshot "$out/stage7/weights.pt" --lr 2e-4 --match-size "$train" --match-samples 10000 --match-filters \
      --beta 0.1 --match-gain 0.5 --mle-data "$train" --mle-weight 0.1 --steps $stage8_steps --max-minutes 100000 "${rl[@]}"
  finished "$out/stage8" step $stage8_steps
fi

# 9: the shipped weights: an average of stages 6, 7 and 8
$py models/train/average.py --out "$out/average/weights.pt" "$out/stage6/weights.pt:0.6" "$out/stage7/weights.pt:0.2" \
    "$out/stage8/weights.pt:0.2"

$py models/train/export.py --checkpoint "$out/average/weights.pt" --out "$out/model"
$py models/train/quantize.py --model "$out/model" --out "$out/model-int8"
echo "reproduced: $out/model and $out/model-int8 (measure and ship: models/train/ship.sh $out/average/weights.pt)"
