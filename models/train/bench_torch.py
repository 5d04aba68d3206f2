#!/usr/bin/env python3
"""PyTorch eager side of the generation speed benchmark: the same step-by-step batched sampling as the
Java sampler (feed one token, keep the hidden state, sample from softmax(logits / T)), on a checkpoint.

Usage: /usr/bin/python3 models/train/bench_torch.py --checkpoint models/train/run/checkpoint.pt --count 4096 --batch-size 512
"""
import argparse
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import SmilesGru, Vocabulary, load_checkpoint, sample  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--count", type=int, default=4096)
    p.add_argument("--batch-size", type=int, default=512)
    p.add_argument("--max-len", type=int, default=140)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", default=None, help="write the samples here")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    ckpt = load_checkpoint(a.checkpoint)
    cfg = ckpt["config"]
    model = SmilesGru(cfg["vocab_size"], cfg["embed"], cfg["hidden"], cfg["layers"])
    model.load_state_dict(ckpt["model"])
    model.eval()
    vocab = Vocabulary(ckpt["vocab"])
    gen = torch.Generator().manual_seed(1)
    sample(model, vocab, min(a.batch_size, 64), a.max_len, gen, a.temperature)  # warm-up
    start = time.time()
    samples = []
    while len(samples) < a.count:
        samples += sample(model, vocab, min(a.batch_size, a.count - len(samples)), a.max_len, gen, a.temperature)
    seconds = time.time() - start
    if a.out:
        with open(a.out, "w") as f:
            f.write("\n".join(samples) + "\n")
    print(f"pytorch eager: {len(samples)} strings in {seconds:.2f} s = {len(samples) / seconds:.0f} strings/s "
          f"(batch {a.batch_size}, {a.threads} threads, torch {torch.__version__})")


if __name__ == "__main__":
    main()
