#!/usr/bin/env bash
# Sampling speed of one model: ONNX Runtime from Java against PyTorch eager, same batch, same step-by-step
# algorithm, both on 2 threads, one after the other in the same run; the int8 model quantised from it (MODEL_DIR-int8,
# when present) on the same settings; then the whole generate command (GENERATE_COUNT strings, default 11,200:
# about 10,000 valid molecules) for each model, with ./denovo's JVM options.
# Usage: bench/generate.sh MODEL_DIR CHECKPOINT [COUNT] [BATCH]
set -euo pipefail
cd "$(dirname "$0")/.."
model=$1; ckpt=$2; count=${3:-4096}; batch=${4:-512}
models=("$model")
[ -d "$model-int8" ] && models+=("$model-int8")
for m in "${models[@]}"; do
  echo "== ONNX Runtime / Java: $m"
  java -jar target/denovo.jar bench generate --model "$m" --count "$count" --batch-size "$batch" --repeat 3 --threads 2 --full
done
echo "== PyTorch eager: $ckpt"
/usr/bin/python3 models/train/bench_torch.py --checkpoint "$ckpt" --count "$count" --batch-size "$batch" --threads 2
export DENOVO_HOME=$(mktemp -d)
for m in "${models[@]}"; do
  echo "== generate end to end: ${GENERATE_COUNT:=11200} strings, no library, ./denovo's JVM options: $m"
  ./denovo generate --model "$m" --count "$GENERATE_COUNT" --seed 1 --no-library --quiet --out "$DENOVO_HOME/g.smi"
done
rm -rf "$DENOVO_HOME"
