#!/usr/bin/env python3
"""Stage 4 data: the teacher's own valid SMILES, resampled so that their size matches the training set.

Reads raw strings sampled from a teacher model (for example `denovo generate --raw`), keeps those RDKit parses,
and draws --count of them with replacement, each with probability proportional to w(size class), where w is
the training set's share of that class over the share among the teacher's valid samples (heavy atoms in steps
of 3, rings 0-6+, one pseudo-count per class, |log w| <= --clip). Maximum-likelihood training on the result
moves a model towards the teacher restricted to valid strings (so validity rises without favouring short
strings) and towards the training set's size distribution. Writes the SMILES file and a JSON summary.

Usage (from the project root):
  /usr/bin/python3 models/train/distill_valid.py --samples teacher.smi --out models/train/distilled.smi
"""
import argparse
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train import read_smiles  # noqa: E402

from rdkit import Chem, RDLogger  # noqa: E402

RDLogger.DisableLog("rdApp.*")
CLASSES = 25 * 7


def size_class(mol):
    """Heavy atoms in steps of 3 (up to 72) and ring count (up to 6)."""
    return min(mol.GetNumHeavyAtoms() // 3, 24) * 7 + min(mol.GetRingInfo().NumRings(), 6)


def class_shares(classes):
    counts = [1.0] * CLASSES
    for c in classes:
        counts[c] += 1
    total = sum(counts)
    return [n / total for n in counts]


def mean(xs):
    return sum(xs) / max(1, len(xs))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--samples", required=True, help="raw strings from the teacher, one per line")
    p.add_argument("--reference", default="../shared/data/chembl_train.smi.gz")
    p.add_argument("--reference-count", type=int, default=50000, help="reference molecules read (evenly spaced)")
    p.add_argument("--out", required=True)
    p.add_argument("--count", type=int, default=0, help="strings drawn (default: as many as are valid)")
    p.add_argument("--clip", type=float, default=3.0)
    p.add_argument("--seed", type=int, default=20261203)
    args = p.parse_args()

    ref_all = read_smiles(args.reference)
    ref_classes, ref_heavy = [], []
    for smi in ref_all[::max(1, len(ref_all) // args.reference_count)]:
        mol = Chem.MolFromSmiles(smi)
        if mol is not None:
            ref_classes.append(size_class(mol))
            ref_heavy.append(mol.GetNumHeavyAtoms())

    raw = read_smiles(args.samples)
    valid, classes, heavy = [], [], []
    for smi in raw:
        mol = Chem.MolFromSmiles(smi)
        if mol is not None:
            valid.append(smi)
            classes.append(size_class(mol))
            heavy.append(mol.GetNumHeavyAtoms())
    ref_share, mine_share = class_shares(ref_classes), class_shares(classes)
    log_w = [max(-args.clip, min(args.clip, math.log(r / m))) for r, m in zip(ref_share, mine_share)]
    weights = [math.exp(log_w[c]) for c in classes]

    rng = random.Random(args.seed)
    count = args.count or len(valid)
    picked = rng.choices(range(len(valid)), weights=weights, k=count)
    with open(args.out, "w") as f:
        for i in picked:
            f.write(valid[i] + "\n")
    summary = {
        "samples": len(raw), "valid": len(valid), "validity": round(len(valid) / max(1, len(raw)), 4),
        "written": count, "distinct_written": len(set(picked)),
        "heavy_atoms_mean": {"reference": round(mean(ref_heavy), 2), "teacher_valid": round(mean(heavy), 2),
                             "written": round(mean([heavy[i] for i in picked]), 2)},
        "under_15_heavy": {"reference": round(mean([h < 15 for h in ref_heavy]), 4),
                           "teacher_valid": round(mean([h < 15 for h in heavy]), 4),
                           "written": round(mean([heavy[i] < 15 for i in picked]), 4)},
        "max_weight": round(max(weights), 2), "seed": args.seed, "clip": args.clip,
    }
    with open(os.path.splitext(args.out)[0] + ".json", "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
