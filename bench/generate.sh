#!/usr/bin/env bash
# Sampling speed of one model: ONNX Runtime from Java against PyTorch eager, same batch, same step-by-step
# algorithm, both on 2 threads, one after the other in the same run; then the whole generate command
# (GENERATE_COUNT strings, default 11,200: about 10,000 valid molecules), with and without the launcher options.
# Usage: bench/generate.sh MODEL_DIR CHECKPOINT [COUNT] [BATCH]
set -euo pipefail
cd "$(dirname "$0")/.."
model=$1; ckpt=$2; count=${3:-4096}; batch=${4:-512}
echo "== ONNX Runtime / Java"
java -jar target/denovo.jar bench generate --model "$model" --count "$count" --batch-size "$batch" --repeat 3 --threads 2 --full
echo "== PyTorch eager"
/usr/bin/python3 models/train/bench_torch.py --checkpoint "$ckpt" --count "$count" --batch-size "$batch" --threads 2
echo "== generate end to end: ${GENERATE_COUNT:=11200} strings, no library, default JVM options, then ./denovo's"
export DENOVO_HOME=$(mktemp -d)
java -jar target/denovo.jar generate --count "$GENERATE_COUNT" --seed 1 --no-library --quiet --out "$DENOVO_HOME/g.smi"
./denovo generate --count "$GENERATE_COUNT" --seed 1 --no-library --quiet --out "$DENOVO_HOME/g.smi"
rm -rf "$DENOVO_HOME"
