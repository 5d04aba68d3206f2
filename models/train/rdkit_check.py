#!/usr/bin/env python3
"""Independent RDKit re-measurement of a generator's raw samples, to cross-check the app's `metrics` command.

Everything is measured on canonical RDKit SMILES of the valid samples:
  validity      valid / all samples (every line counts, empty ones too; valid = non-empty and RDKit parses it)
  uniqueness    unique valid / valid           novelty  unique valid not in --train / unique valid
  KL score      GuacaMol's KL-divergence benchmark (Brown et al. 2019), as guacamol/utils/chemistry.py computes
                it: KL(reference || generated) of BertzCT, MolLogP, MolWt, TPSA (Gaussian KDEs on 1,000 points
                spanning both sets), of NumHAcceptors, NumHDonors, NumRotatableBonds, NumAliphaticRings,
                NumAromaticRings (10-bin density histograms over the reference's range), and of each molecule's
                highest Tanimoto similarity to another one of its set (Morgan radius 2, 4,096-bit vectors);
                score = mean of exp(-KL) over the ten terms, unique valid generated vs the reference
  KS            scipy.stats.ks_2samp statistic, generated vs reference, of molecular weight, heavy atoms, rings,
                BertzCT, stereocentres, canonical SMILES length (and QED); with means and medians
  small         share of molecules with fewer than 15 heavy atoms
  Filters       MOSES filters pass rate (MosesFilters of reinforce_valid.py, alerts in molecules/alerts)
  IntDiv1       MOSES: 1 - mean of the full Tanimoto matrix (self-pairs included), Morgan radius 2, 1,024 bits,
                on at most 10,000 unique valid molecules (a --seed random subsample beyond that)

Usage (from the project root, with Debian's python that has RDKit):
  /usr/bin/python3 models/train/rdkit_check.py --samples samples.smi \\
      --reference ../shared/data/chembl_valid.smi.gz --train ../shared/data/chembl_train.smi.gz [--json]
  # ChEMBL molecules in neither set as the reference:
  /usr/bin/python3 models/train/rdkit_check.py --samples samples.smi --reference other_chembl.smi.gz \\
      --exclude ../shared/data/chembl_train.smi.gz --exclude ../shared/data/chembl_valid.smi.gz
"""
import argparse
import gzip
import json
import math
import os
import random
import sys
import time
from collections import Counter

import numpy as np
from rdkit import Chem, DataStructs, RDLogger
from rdkit.Chem import AllChem, Descriptors, QED, rdMolDescriptors
from rdkit.ML.Descriptors import MoleculeDescriptors
from scipy.stats import entropy, gaussian_kde, ks_2samp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reinforce_valid import MosesFilters  # noqa: E402  (imports torch)

RDLogger.DisableLog("rdApp.*")

GUACAMOL_CONTINUOUS = ["BertzCT", "MolLogP", "MolWt", "TPSA"]
GUACAMOL_DISCRETE = ["NumHAcceptors", "NumHDonors", "NumRotatableBonds", "NumAliphaticRings", "NumAromaticRings"]
FIDELITY = ["mol_weight", "heavy_atoms", "rings", "bertz_ct", "stereocentres", "smiles_length", "qed"]
SMALL_HEAVY_ATOMS = 15
INTDIV_MAX = 10_000


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--samples", required=True, help="raw generated strings, one per line")
    p.add_argument("--reference", required=True, help="reference SMILES (gzip or plain, first column)")
    p.add_argument("--train", help="training SMILES, for novelty")
    p.add_argument("--exclude", action="append", default=[],
                   help="SMILES file whose molecules are removed from the reference (repeatable)")
    p.add_argument("--alerts", default="molecules/alerts", help="folder of the MOSES alert SMARTS")
    p.add_argument("--seed", type=int, default=0, help="seed of the IntDiv1 subsample")
    p.add_argument("--json", action="store_true", help="print a JSON object instead of text")
    return p.parse_args()


def log(message):
    print(f"[rdkit_check] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- reading

def open_text(path):
    """Text handle of a gzip or plain file (told apart by the gzip magic bytes)."""
    with open(path, "rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rt", encoding="utf-8", errors="replace") if gz else open(path, encoding="utf-8",
                                                                                      errors="replace")


def read_samples(path):
    """Every line, empty ones included, stripped of surrounding whitespace."""
    with open_text(path) as f:
        return [line.strip() for line in f]


def read_first_column(path):
    """First whitespace-separated field of each non-empty, non-comment line."""
    out = []
    with open_text(path) as f:
        for line in f:
            fields = line.split()
            if fields and not fields[0].startswith("#"):
                out.append(fields[0])
    return out


def canonical(smiles):
    """Canonical RDKit SMILES, or None if the string is empty or RDKit cannot parse it."""
    if not smiles:
        return None
    mol = Chem.MolFromSmiles(smiles)
    return Chem.MolToSmiles(mol) if mol is not None else None


def canonical_set(path):
    """Canonical SMILES of the valid molecules of a SMILES file."""
    return {c for c in map(canonical, read_first_column(path)) if c is not None}


def load_reference(path, exclude_paths):
    """Unique canonical reference SMILES (in file order) minus the excluded molecules, and counts."""
    raw = read_first_column(path)
    unique = list(dict.fromkeys(c for c in map(canonical, raw) if c is not None))
    excluded = set()
    for p in exclude_paths:
        excluded |= canonical_set(p)
    kept = [s for s in unique if s not in excluded]
    counts = {"read": len(raw), "unique_valid": len(unique), "excluded": len(unique) - len(kept), "used": len(kept)}
    return kept, counts


# ---------------------------------------------------------------- descriptors

def stereocentres(mol):
    return len(Chem.FindMolChiralCenters(mol, includeUnassigned=True, useLegacyImplementation=False))


def descriptor_table(smiles_list):
    """Columns (numpy arrays) of the GuacaMol descriptors and the fidelity descriptors, plus the molecules."""
    calc = MoleculeDescriptors.MolecularDescriptorCalculator(GUACAMOL_CONTINUOUS + GUACAMOL_DISCRETE)
    rows, mols = [], []
    for smi in smiles_list:
        mol = Chem.MolFromSmiles(smi)
        mols.append(mol)
        guaca = list(calc.CalcDescriptors(mol))
        rows.append(guaca + [Descriptors.MolWt(mol), mol.GetNumHeavyAtoms(), rdMolDescriptors.CalcNumRings(mol),
                             Descriptors.BertzCT(mol), stereocentres(mol), len(smi), QED.qed(mol)])
    names = GUACAMOL_CONTINUOUS + GUACAMOL_DISCRETE + FIDELITY
    matrix = np.array(rows, dtype=float).reshape(len(rows), len(names))
    matrix[~np.isfinite(matrix)] = 0.0  # GuacaMol replaces non-finite descriptors by 0
    return {name: matrix[:, i] for i, name in enumerate(names)}, mols


def morgan_bits(mols, bits):
    return [AllChem.GetMorganFingerprintAsBitVect(m, 2, nBits=bits) for m in mols]


# ---------------------------------------------------------------- GuacaMol KL divergence

def continuous_kldiv(baseline, sampled):
    """KL(P || Q) of Gaussian KDEs on 1,000 points spanning both samples, 1e-10 added (GuacaMol)."""
    both = np.hstack([baseline, sampled])
    x = np.linspace(both.min(), both.max(), num=1000)
    try:
        p = gaussian_kde(baseline)(x) + 1e-10
        q = gaussian_kde(sampled)(x) + 1e-10
    except (np.linalg.LinAlgError, ValueError):  # a constant or one-element sample has no KDE
        return float("nan")
    return float(entropy(p, q))


def discrete_kldiv(baseline, sampled):
    """KL(P || Q) of 10-bin density histograms over the baseline's range, 1e-10 added (GuacaMol)."""
    p, bins = np.histogram(baseline, bins=10, density=True)
    q, _ = np.histogram(sampled, bins=bins, density=True)
    return float(entropy(p + 1e-10, q + 1e-10))


def nearest_neighbour_similarity(fps):
    """For each fingerprint, the highest Tanimoto to another one of the set (0 for a set of one)."""
    best = np.zeros(len(fps))
    for i in range(1, len(fps)):
        sims = np.array(DataStructs.BulkTanimotoSimilarity(fps[i], fps[:i]))
        best[i] = sims.max()
        np.maximum(best[:i], sims, out=best[:i])
    return best


def kl_benchmark(gen_cols, ref_cols, gen_mols, ref_mols):
    """Each term's KL(reference || generated) and the score, mean of exp(-KL)."""
    kls = {d: continuous_kldiv(ref_cols[d], gen_cols[d]) for d in GUACAMOL_CONTINUOUS}
    kls.update({d: discrete_kldiv(ref_cols[d], gen_cols[d]) for d in GUACAMOL_DISCRETE})
    ref_nn = nearest_neighbour_similarity(morgan_bits(ref_mols, 4096))
    gen_nn = nearest_neighbour_similarity(morgan_bits(gen_mols, 4096))
    kls["internal_similarity"] = continuous_kldiv(ref_nn, gen_nn)
    score = float(np.mean([math.exp(-k) for k in kls.values()]))
    return score, kls


# ---------------------------------------------------------------- other metrics

def fidelity(gen_cols, ref_cols):
    """Mean, median of each fidelity descriptor for both sets, and the KS statistic between them."""
    out = {}
    for d in FIDELITY:
        g, r = gen_cols[d], ref_cols[d]
        out[d] = {"ks": float(ks_2samp(g, r).statistic) if len(g) and len(r) else float("nan"),
                  "generated": summary(g), "reference": summary(r)}
    return out


def summary(values):
    if len(values) == 0:
        return {"mean": float("nan"), "median": float("nan")}
    return {"mean": float(np.mean(values)), "median": float(np.median(values))}


def small_fraction(heavy_atoms):
    return float(np.mean(heavy_atoms < SMALL_HEAVY_ATOMS)) if len(heavy_atoms) else float("nan")


def filters_passing(mols, filters):
    """Per molecule, whether it passes the MOSES filters."""
    return np.array([filters.passes(m) for m in mols], dtype=bool)


def int_div1(mols, weights=None):
    """1 - mean of the full Tanimoto matrix, self-pairs included (MOSES IntDiv1, Morgan r2 1,024 bits).

    With weights (multiplicities), each molecule counts that many times, as in MOSES's input with duplicates."""
    fps = morgan_bits(mols, 1024)
    w = np.ones(len(fps)) if weights is None else np.asarray(weights, dtype=float)
    total = float(np.sum(w * w))  # diagonal: Tanimoto of a fingerprint with itself is 1
    for i in range(len(fps) - 1):
        sims = np.array(DataStructs.BulkTanimotoSimilarity(fps[i], fps[i + 1:]))
        total += 2.0 * w[i] * float(np.dot(w[i + 1:], sims))
    return 1.0 - total / (w.sum() ** 2) if len(fps) else float("nan")


def intdiv_report(smiles, mols, counts, seed):
    """IntDiv1 of the unique valid molecules (subsampled to INTDIV_MAX), and with duplicates when not subsampled."""
    n = len(mols)
    if n > INTDIV_MAX:
        idx = sorted(random.Random(seed).sample(range(n), INTDIV_MAX))
        return {"value": int_div1([mols[i] for i in idx]), "molecules": INTDIV_MAX, "subsampled": True,
                "with_duplicates": float("nan")}
    weights = [counts[s] for s in smiles]
    return {"value": int_div1(mols), "molecules": n, "subsampled": False,
            "with_duplicates": int_div1(mols, weights)}


# ---------------------------------------------------------------- report

def measure(args):
    start = time.time()
    samples = read_samples(args.samples)
    valid = [c for c in map(canonical, samples) if c is not None]
    counts = Counter(valid)
    unique = list(counts)  # first-seen order
    log(f"{len(samples)} samples, {len(valid)} valid, {len(unique)} unique")

    novelty = float("nan")
    if args.train:
        train = canonical_set(args.train)
        novelty = sum(s not in train for s in unique) / len(unique) if unique else float("nan")
        log(f"training set: {len(train)} canonical molecules")

    reference, ref_counts = load_reference(args.reference, args.exclude)
    log(f"reference: {ref_counts['used']} molecules after exclusions")

    gen_cols, gen_mols = descriptor_table(unique)
    ref_cols, ref_mols = descriptor_table(reference)
    log("descriptors done")
    kl_score, kls = kl_benchmark(gen_cols, ref_cols, gen_mols, ref_mols) if len(unique) > 1 \
        else (float("nan"), {})
    log("KL benchmark done")

    filters = MosesFilters(args.alerts)
    gen_pass = filters_passing(gen_mols, filters)
    ref_pass = filters_passing(ref_mols, filters)
    valid_pass = sum(counts[s] for s, ok in zip(unique, gen_pass) if ok) / len(valid) if valid else float("nan")
    log("filters done")
    intdiv = intdiv_report(unique, gen_mols, counts, args.seed)

    return {
        "samples": len(samples), "valid": len(valid), "unique_valid": len(unique), "reference": ref_counts,
        "validity": len(valid) / len(samples) if samples else float("nan"),
        "uniqueness": len(unique) / len(valid) if valid else float("nan"),
        "novelty": novelty,
        "kl_score": kl_score, "kl_divergences": kls,
        "fidelity": fidelity(gen_cols, ref_cols),
        "small_fraction": {"generated": small_fraction(gen_cols["heavy_atoms"]),
                           "reference": small_fraction(ref_cols["heavy_atoms"])},
        "filters": {"generated": float(gen_pass.mean()) if len(gen_pass) else float("nan"),
                    "generated_valid_with_duplicates": valid_pass,
                    "reference": float(ref_pass.mean()) if len(ref_pass) else float("nan")},
        "intdiv1": intdiv,
        "seconds": round(time.time() - start, 1),
    }


def without_nan(value):
    """The result with NaN replaced by None, for strict JSON."""
    if isinstance(value, dict):
        return {k: without_nan(v) for k, v in value.items()}
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def text_report(r):
    ref = r["reference"]
    lines = [
        f"samples            {r['samples']}",
        f"valid              {r['valid']}",
        f"unique valid       {r['unique_valid']}",
        f"reference          {ref['used']} used ({ref['read']} read, {ref['unique_valid']} unique valid, "
        f"{ref['excluded']} excluded)",
        "",
        f"validity           {r['validity']:.4f}",
        f"uniqueness         {r['uniqueness']:.4f}",
        f"novelty            {r['novelty']:.4f}",
        f"KL score           {r['kl_score']:.4f}   (GuacaMol, unique valid vs reference)",
    ]
    lines += [f"  KL {name:<19} {kl:.4f}" for name, kl in r["kl_divergences"].items()]
    lines += ["", f"{'descriptor':<14} {'KS':>7} {'gen mean':>10} {'gen median':>11} {'ref mean':>10} "
                  f"{'ref median':>11}"]
    for name, f in r["fidelity"].items():
        g, rf = f["generated"], f["reference"]
        lines.append(f"{name:<14} {f['ks']:7.4f} {g['mean']:10.3f} {g['median']:11.3f} {rf['mean']:10.3f} "
                     f"{rf['median']:11.3f}")
    small, filt, div = r["small_fraction"], r["filters"], r["intdiv1"]
    lines += [
        "",
        f"< {SMALL_HEAVY_ATOMS} heavy atoms    generated {small['generated']:.4f}   reference {small['reference']:.4f}",
        f"MOSES Filters      generated {filt['generated']:.4f} (unique valid; "
        f"{filt['generated_valid_with_duplicates']:.4f} with duplicates)   reference {filt['reference']:.4f}",
        f"IntDiv1            {div['value']:.4f} on {div['molecules']} unique valid"
        + (f" (random subsample, seed {r.get('seed', 0)})" if div["subsampled"]
           else f"; {div['with_duplicates']:.4f} with duplicates"),
        "",
        f"time               {r['seconds']} s",
    ]
    return "\n".join(lines)


def main():
    args = parse_args()
    result = measure(args)
    result["seed"] = args.seed
    print(json.dumps(without_nan(result), indent=2) if args.json else text_report(result))


if __name__ == "__main__":
    main()
