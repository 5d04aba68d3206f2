#!/usr/bin/env bash
# Sampling speed of one model: ONNX Runtime from Java against PyTorch eager, same batch, same step-by-step
# algorithm, both on 2 threads, one after the other in the same run; then the full generate pipeline.
# Usage: bench/generate.sh MODEL_DIR CHECKPOINT [COUNT] [BATCH]
set -euo pipefail
cd "$(dirname "$0")/.."
model=$1; ckpt=$2; count=${3:-4096}; batch=${4:-512}
echo "== ONNX Runtime / Java"
java -jar target/denovo.jar bench generate --model "$model" --count "$count" --batch-size "$batch" --repeat 3 --threads 2 --full
echo "== PyTorch eager"
/usr/bin/python3 models/train/bench_torch.py --checkpoint "$ckpt" --count "$count" --batch-size "$batch" --threads 2
