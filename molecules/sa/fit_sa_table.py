#!/usr/bin/python3
"""Builds the CDK SA-score fragment table (sa_fragments.tsv.gz) from the ChEMBL training set.

Inputs (both made from /work/shared/data/chembl_train.smi.gz, same line order):
  RDKIT.tsv.gz  from rdkit_sa_components.py   (RDKit SA score and its parts per molecule)
  CDK.tsv.gz    from org.denovo.core.chem.SaTrainingDump (CDK circular fragments + complexity)

Steps (see README.md):
  1. Paper method (Ertl & Schuffenhauer 2009): contribution = log10(fragment count /
     number of fragments forming 80% of all fragment occurrences). This is the prior table.
  2. Calibration: ridge regression of the per-molecule fragment score (sum contribution*count / total
     count) onto the fragment score that makes the CDK total equal RDKit's raw SA score
     (RDKit raw + CDK complexity penalty - CDK symmetry term), shrunk towards the prior.
     Fragments seen in fewer than --min-mols training molecules share one fitted "unknown" value,
     which is also used for fragments never seen.
With --holdout, every 10th molecule is kept out of the fit and used to report agreement.
Needs only numpy (Debian python3-numpy).

Usage: /usr/bin/python3 fit_sa_table.py RDKIT.tsv.gz CDK.tsv.gz OUT.tsv.gz [--holdout] [--min-mols 3] [--lam 3e-4]
"""
import argparse
import gzip
import math
import sys

import numpy as np


def load(rdkit_path, cdk_path):
    raw, frag_rd, sa = [], [], []
    with gzip.open(rdkit_path, "rt") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            sa.append(float(p[2])); raw.append(float(p[3])); frag_rd.append(float(p[4]))
    ok, penalty, density, rows, cols, vals, cnts = [], [], [], [], [], [], []
    ids = {}
    with gzip.open(cdk_path, "rt") as f:
        next(f)
        for m, line in enumerate(f):
            p = line.rstrip("\n").split("\t")
            good = p[1] == "1" and p[10] != ""
            ok.append(good)
            n_atoms, n_distinct, n_frag = int(p[2]), int(p[8]), int(p[9])
            penalty.append(float(p[7]))
            density.append(0.5 * math.log(n_atoms / n_distinct) if good and n_atoms > n_distinct else 0.0)
            if not good:
                continue
            for tok in p[10].split(" "):
                h, c = tok.split(":")
                rows.append(m); cols.append(ids.setdefault(h, len(ids))); vals.append(int(c) / n_frag); cnts.append(int(c))
    names = np.empty(len(ids), dtype=object)
    for h, i in ids.items():
        names[i] = h
    sa, raw, frag_rd = np.array(sa), np.array(raw), np.array(frag_rd)
    ok = np.array(ok) & np.isfinite(sa)
    return dict(sa=sa, raw=raw, frag_rd=frag_rd, ok=ok, penalty=np.array(penalty), density=np.array(density),
                rows=np.array(rows, dtype=np.int64), cols=np.array(cols, dtype=np.int64),
                vals=np.array(vals), cnts=np.array(cnts, dtype=np.float64), names=names)


def scale(raw):
    """RDKit sascorer's mapping of the raw score onto 1..10."""
    s = 11.0 - (raw + 4.0 + 1.0) / 6.5 * 9.0
    s = np.where(s > 8.0, 8.0 + np.log(np.maximum(s - 8.0, 0.0) + 1.0), s)
    return np.clip(s, 1.0, 10.0)


def spearman(a, b):
    ra = np.argsort(np.argsort(a)); rb = np.argsort(np.argsort(b))
    return np.corrcoef(ra, rb)[0, 1]


def paper_prior(d, fit_rows):
    """log10(occurrences / N80): N80 = number of most frequent fragments covering 80% of all occurrences.

    Returns the prior contributions (NaN for fragments absent from fit_rows), the number of
    molecules containing each fragment, and N80."""
    sel = np.isin(d["rows"], fit_rows)
    n = len(d["names"])
    occ = np.bincount(d["cols"][sel], weights=d["cnts"][sel], minlength=n)
    mols = np.bincount(d["cols"][sel], minlength=n)
    order = np.sort(occ)[::-1]
    cum = np.cumsum(order) / order.sum()
    n80 = int(np.searchsorted(cum, 0.8)) + 1
    prior = np.full(n, np.nan)
    prior[occ > 0] = np.log10(occ[occ > 0] / n80)
    return prior, mols, n80


def fragment_scores(d, rows, contrib, unknown):
    """Per-molecule fragment score: sum contribution*count / total count (NaN contributions -> unknown)."""
    sel = np.isin(d["rows"], rows)
    x = np.where(np.isnan(contrib), unknown, contrib)
    return np.bincount(d["rows"][sel], weights=d["vals"][sel] * x[d["cols"][sel]], minlength=len(d["sa"]))[rows]


def evaluate(d, rows, contrib, unknown, label):
    """Scores molecules `rows` with the table; prints Spearman and MAE against RDKit."""
    fs = fragment_scores(d, rows, contrib, unknown)
    mine = scale(fs - d["penalty"][rows] + d["density"][rows])
    ref = d["sa"][rows]
    mae = np.mean(np.abs(mine - ref))
    rho = spearman(mine, ref)
    print(f"{label}: n={len(rows)} spearman={rho:.4f} mae={mae:.4f} bias={np.mean(mine - ref):+.4f}", file=sys.stderr)
    return rho, mae


def ridge(d, rows, target, prior, unknown0, keep, lam, iters):
    """min sum_m (A x - y)^2 + lam |x - x0|^2 over kept fragments plus one shared unknown column."""
    n = len(d["names"])
    col_map = np.where(keep, np.arange(n), n)  # rare fragments -> column n (unknown)
    sel = np.isin(d["rows"], rows)
    r, c, v = d["rows"][sel], col_map[d["cols"][sel]], d["vals"][sel]
    m = len(d["sa"])
    x0 = np.append(np.where(keep, prior, 0.0), unknown0)
    y = np.zeros(m); y[rows] = target[rows]
    mask = np.zeros(m); mask[rows] = 1.0

    def A(x):
        return np.bincount(r, weights=v * x[c], minlength=m) * mask

    def At(z):
        return np.bincount(c, weights=v * z[r], minlength=n + 1)

    def normal(x):
        return At(A(x)) + lam * x

    # solve for delta = x - x0
    b = At(y - A(x0))
    delta = np.zeros(n + 1)
    res = b - normal(delta)
    p = res.copy(); rs = res @ res
    for it in range(iters):
        Ap = normal(p)
        alpha = rs / (p @ Ap)
        delta += alpha * p
        res -= alpha * Ap
        rs_new = res @ res
        if math.sqrt(rs_new) < 1e-10 * math.sqrt(b @ b):
            break
        p = res + (rs_new / rs) * p
        rs = rs_new
    x = x0 + delta
    contrib = np.where(keep, x[:n], np.nan)
    return contrib, x[n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rdkit"); ap.add_argument("cdk"); ap.add_argument("out")
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--min-mols", type=int, default=3)
    ap.add_argument("--lam", type=float, default=3e-4)
    ap.add_argument("--iters", type=int, default=400)
    ap.add_argument("--target", choices=["total", "fragment"], default="total")
    ap.add_argument("--method", choices=["paper", "rescaled", "ridge"], default="ridge",
                    help="paper: step 1 only; rescaled: + global slope/offset; ridge: full calibration (shipped)")
    a = ap.parse_args()
    d = load(a.rdkit, a.cdk)
    idx = np.arange(len(d["sa"]))
    usable = idx[d["ok"]]
    test = usable[usable % 10 == 0] if a.holdout else usable[:0]
    fit = usable[usable % 10 != 0] if a.holdout else usable
    print(f"molecules={len(d['sa'])} usable={len(usable)} fit={len(fit)} holdout={len(test)} "
          f"fragments={len(d['names'])}", file=sys.stderr)

    prior, mols, n80 = paper_prior(d, fit)
    print(f"paper prior: N80={n80}", file=sys.stderr)
    unknown_prior = math.log10(1 / n80)
    paper, paper_unknown = prior.copy(), unknown_prior
    if a.holdout:
        evaluate(d, test, prior, unknown_prior, "holdout, paper method (uncalibrated)")

    keep = mols >= a.min_mols
    target = d["raw"] + d["penalty"] - d["density"] if a.target == "total" else d["frag_rd"]
    # Put the paper scores on RDKit's scale (one slope, one offset) before using them as the prior.
    fs = fragment_scores(d, fit, prior, unknown_prior)
    slope, offset = np.polyfit(fs, target[fit], 1)
    prior, unknown_prior = slope * prior + offset, slope * unknown_prior + offset
    print(f"prior rescaled: slope={slope:.4f} offset={offset:.4f}", file=sys.stderr)
    if a.holdout:
        evaluate(d, test, prior, unknown_prior, "holdout, paper method rescaled")
    if a.method == "ridge":
        contrib, unknown = ridge(d, fit, target, prior, unknown_prior, keep, a.lam, a.iters)
    elif a.method == "rescaled":
        contrib, unknown = np.where(keep, prior, np.nan), unknown_prior
    else:
        contrib, unknown = np.where(keep, paper, np.nan), paper_unknown
    print(f"method={a.method} kept fragments={int(keep.sum())} unknown={unknown:.4f}", file=sys.stderr)
    evaluate(d, fit, contrib, unknown, f"fit set, {a.method}")
    if a.holdout:
        evaluate(d, test, contrib, unknown, f"holdout, {a.method}")

    order = np.argsort(d["names"][keep].astype(str))
    names, values = d["names"][keep][order], contrib[keep][order]
    with gzip.open(a.out, "wt") as w:
        w.write("# DeNovo Workbench SA-score fragment contributions for CDK circular fragments (radius 0-2)\n")
        w.write("# built by molecules/sa/fit_sa_table.py from ChEMBL training SMILES (CC BY-SA 3.0, ChEMBL, EMBL-EBI)\n")
        w.write(f"# method={a.method} min_mols={a.min_mols} lam={a.lam} target={a.target} n80={n80}\n")
        w.write(f"unknown\t{unknown:.4f}\n")
        for h, v in zip(names, values):
            w.write(f"{h}\t{v:.3f}\n")


if __name__ == "__main__":
    main()
