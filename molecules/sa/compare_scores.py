#!/usr/bin/python3
"""Agreement of CDK SA scores (SaScoreFile output) with RDKit's (rdkit_sa_components.py output).

Usage: /usr/bin/python3 compare_scores.py RDKIT.tsv.gz CDK.tsv [EXCLUDE.csv]
EXCLUDE.csv: molecules (column 'smiles') to leave out, e.g. the 500 reference molecules.
Prints n, Spearman, mean absolute error, bias, and the share of molecules within 0.5.
"""
import csv
import gzip
import sys

import numpy as np


def main(rdkit_path, cdk_path, exclude_path=None):
    exclude = set()
    if exclude_path:
        with open(exclude_path) as f:
            exclude = {row["smiles"] for row in csv.DictReader(f)}
    ref, smiles = {}, {}
    with gzip.open(rdkit_path, "rt") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            ref[int(p[0])] = float(p[2]); smiles[int(p[0])] = p[1]
    a, b = [], []
    with open(cdk_path) as f:
        next(f)
        for line in f:
            i, s = line.split("\t")
            s = float(s)
            if i and int(i) in ref and smiles[int(i)] not in exclude and np.isfinite(ref[int(i)]):
                a.append(s); b.append(ref[int(i)])
    a, b = np.array(a), np.array(b)
    missing = int(np.sum(~np.isfinite(a)))
    ok = np.isfinite(a)
    a, b = a[ok], b[ok]
    rho = np.corrcoef(np.argsort(np.argsort(a)), np.argsort(np.argsort(b)))[0, 1]
    err = np.abs(a - b)
    print(f"n={len(a)} not_scored={missing} spearman={rho:.4f} mae={err.mean():.4f} "
          f"bias={np.mean(a - b):+.4f} within_0.5={np.mean(err <= 0.5):.4f} max_err={err.max():.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
