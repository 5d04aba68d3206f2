#!/usr/bin/env python3
"""Averages the weights of checkpoints of the same network, each with its own weight (the weights sum to 1).

The checkpoints must come from one training line (later stages fine-tuned from earlier ones), so the average stays
in the same basin: weight averaging of fine-tuned models, as in Wortsman et al. 2022 ("Model soups"). Writes a
weights-only checkpoint in float32 that export.py and evaluate_stage.sh read; its state is the last checkpoint's,
with the recipe under "averaged".

Usage: /usr/bin/python3 models/train/average.py --out averaged.pt A/weights.pt:0.65 B/weights.pt:0.35
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import load_checkpoint  # noqa: E402


def parse_part(text):
    path, sep, weight = text.rpartition(":")
    if not sep or not path:
        raise argparse.ArgumentTypeError(f"expected CHECKPOINT:WEIGHT, got {text}")
    return path, float(weight)


def stage_name(path):
    """The snapshot or run folder a checkpoint is in, e.g. chembl-gru-v1-stage6-adaptive-match."""
    return os.path.basename(os.path.dirname(os.path.abspath(path)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("parts", nargs="+", type=parse_part, metavar="CHECKPOINT:WEIGHT")
    args = p.parse_args()
    total = sum(w for _, w in args.parts)
    if abs(total - 1.0) > 1e-6 or any(w < 0 for _, w in args.parts):
        sys.exit(f"the weights must be non-negative and sum to 1 (they sum to {total})")
    ckpts = [(load_checkpoint(path), w) for path, w in args.parts]
    first, last = ckpts[0][0], ckpts[-1][0]
    for c, _ in ckpts:
        if c["config"] != first["config"] or c["vocab"] != first["vocab"]:
            sys.exit("the checkpoints have different networks or vocabularies")
    model = {}
    for k, v in last["model"].items():
        model[k] = sum(w * c["model"][k] for c, w in ckpts) if v.is_floating_point() else v
    state = {k: v for k, v in last["state"].items() if not k.endswith("_counts")}  # no resuming from an average
    state["averaged"] = [{"stage": stage_name(path), "weight": w} for path, w in args.parts]
    out = {"model": model, "config": last["config"], "vocab": last["vocab"], "state": state,
           "args": last.get("args", {}), "weights_only": True}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    torch.save(out, tmp)
    os.replace(tmp, args.out)
    print(args.out, " + ".join(f"{w:g} x {stage_name(path)}" for path, w in args.parts))


if __name__ == "__main__":
    main()
