#!/usr/bin/env python3
"""Raw samples of a checkpoint at T = 1.0, one string per line (unfinished strings included, as the app's --raw).

Used by reproduce.sh for the distillation stage's teacher samples, so the recipe needs no Java.
Usage: /usr/bin/python3 models/train/sample.py --checkpoint CKPT --count 300000 --seed 11 --out samples.smi
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reinforce_valid import load_model, sample  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--out", required=True)
    p.add_argument("--max-len", type=int, default=140)
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    model, vocab, _ = load_model(args.checkpoint)
    model.eval()
    gen = torch.Generator().manual_seed(args.seed)
    tmp = args.out + ".tmp"
    with open(tmp, "w") as out:
        remaining = args.count
        while remaining > 0:
            n = min(500, remaining)
            seqs, _ = sample(model, vocab, n, args.max_len, gen)
            for row in seqs.tolist():
                out.write(vocab.decode(row) + "\n")
            remaining -= n
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
