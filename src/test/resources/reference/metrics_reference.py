#!/usr/bin/env python3
"""Independent reference values for `denovo metrics`, computed with RDKit and SciPy as MOSES and GuacaMol do.

Writes metrics_reference.json (set-level metrics) and metrics_bertz.csv (BertzCT per reference-set molecule)
next to this script. Inputs: metrics_samples.smi (raw generated strings, one per line, blank = invalid) and
metrics_reference_set.smi (ChEMBL molecules). Run from the project root with Debian's python3-rdkit and
python3-scipy:

  /usr/bin/python3 src/test/resources/reference/metrics_reference.py

Definitions (each as the cited benchmark code computes it):
- validity: share of strings RDKit parses into a non-empty molecule (GuacaMol is_valid, MOSES get_mol).
- IntDiv1 (MOSES internal_diversity, p=1): 1 - mean Tanimoto over all ordered pairs, self-pairs included, of
  Morgan radius-2 1,024-bit fingerprints of the valid molecules (duplicates kept).
- Filters (MOSES fraction_passes_filters): valid molecules with no ring of 8 or more atoms, no charged atom,
  only C N S O F Cl Br H, and no MCF or PAINS match (on the molecule with explicit H).
- KL score (GuacaMol KLDivBenchmark): mean of exp(-KL) over BertzCT, MolLogP, MolWt, TPSA (Gaussian KDEs),
  NumHAcceptors, NumHDonors, NumRotatableBonds, NumAliphaticRings, NumAromaticRings (10-bin histograms) and the
  nearest-neighbour similarity within each set (Morgan radius 2, 4,096 bits), on the unique valid molecules.
- KS distance (scipy.stats.ks_2samp statistic) of unique valid molecules against the reference set.
"""
import csv
import json
import os
import sys

import numpy as np
from rdkit import Chem, DataStructs, RDLogger
from rdkit.Chem import AllChem, Descriptors, rdMolDescriptors
from scipy.stats import entropy, gaussian_kde, ks_2samp

RDLogger.DisableLog("rdApp.*")
HERE = os.path.dirname(os.path.abspath(__file__))
ALERTS = os.path.join(HERE, "..", "..", "..", "..", "molecules", "alerts")


def read_lines(path, skip_blank):
    out = []
    with open(path) as f:
        for line in f:
            s = line.strip().split()[0] if line.strip() else ""
            if skip_blank and (not s or s.startswith("#")):
                continue
            out.append(s)
    return out


def parse(smiles):
    if not smiles:
        return None
    mol = Chem.MolFromSmiles(smiles)
    return mol if mol is not None and mol.GetNumAtoms() > 0 else None


def moses_filters():
    patterns = []
    with open(os.path.join(ALERTS, "moses_mcf.csv")) as f:
        for row in csv.DictReader(f):
            patterns.append(Chem.MolFromSmarts(row["smarts"]))
    with open(os.path.join(ALERTS, "moses_wehi_pains.csv")) as f:
        for row in csv.reader(f):
            patterns.append(Chem.MolFromSmarts(row[0].strip()))
    return [p for p in patterns if p is not None]


def passes_filters(mol, patterns, allowed=frozenset("C N S O F Cl Br H".split())):
    ring_info = mol.GetRingInfo()
    if ring_info.NumRings() != 0 and any(len(r) >= 8 for r in ring_info.AtomRings()):
        return False
    if any(a.GetFormalCharge() != 0 for a in mol.GetAtoms()):
        return False
    if any(a.GetSymbol() not in allowed for a in mol.GetAtoms()):
        return False
    h_mol = Chem.AddHs(mol)
    if any(h_mol.HasSubstructMatch(p) for p in patterns):
        return False
    smiles = Chem.MolToSmiles(mol)
    return bool(smiles) and Chem.MolFromSmiles(smiles) is not None


def int_div1(mols, bits=1024):
    fps = [AllChem.GetMorganFingerprintAsBitVect(m, 2, nBits=bits) for m in mols]
    total = 0.0
    for fp in fps:
        total += sum(DataStructs.BulkTanimotoSimilarity(fp, fps))
    return 1 - total / (len(fps) ** 2)


def nearest_neighbour_similarity(mols):
    fps = [AllChem.GetMorganFingerprintAsBitVect(m, 2, 4096) for m in mols]
    best = np.zeros(len(fps))
    for i in range(1, len(fps)):
        sims = np.array(DataStructs.BulkTanimotoSimilarity(fps[i], fps[:i]))
        best[i] = max(best[i], sims.max())
        best[:i] = np.maximum(best[:i], sims)
    return best


def continuous_kl(p_values, q_values):
    kde_p, kde_q = gaussian_kde(p_values), gaussian_kde(q_values)
    both = np.hstack([p_values, q_values])
    x = np.linspace(both.min(), both.max(), num=1000)
    return float(entropy(kde_p(x) + 1e-10, kde_q(x) + 1e-10))


def discrete_kl(p_values, q_values):
    p, bins = np.histogram(p_values, bins=10, density=True)
    q, _ = np.histogram(q_values, bins=bins, density=True)
    return float(entropy(p + 1e-10, q + 1e-10))


KL_CONTINUOUS = {"bertz_ct": Descriptors.BertzCT, "crippen_logp": Descriptors.MolLogP,
                 "mol_weight": Descriptors.MolWt, "tpsa": Descriptors.TPSA}
KL_DISCRETE = {"hba": Descriptors.NumHAcceptors, "hbd": Descriptors.NumHDonors,
               "rotatable_bonds": Descriptors.NumRotatableBonds,
               "aliphatic_rings": Descriptors.NumAliphaticRings, "aromatic_rings": Descriptors.NumAromaticRings}
FIDELITY = {
    "mol_weight": Descriptors.MolWt,
    "heavy_atoms": lambda m: m.GetNumHeavyAtoms(),
    "rings": rdMolDescriptors.CalcNumRings,
    "bertz_ct": Descriptors.BertzCT,
    "stereocentres": lambda m: len(Chem.FindMolChiralCenters(m, includeUnassigned=True, useLegacyImplementation=False)),
    "smiles_length": lambda m: len(Chem.MolToSmiles(m)),
}


def unique_valid(mols):
    seen, out = set(), []
    for m in mols:
        key = Chem.MolToSmiles(m)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def main():
    samples = read_lines(os.path.join(HERE, "metrics_samples.smi"), skip_blank=False)
    reference = read_lines(os.path.join(HERE, "metrics_reference_set.smi"), skip_blank=True)
    valid = [m for m in (parse(s) for s in samples) if m is not None]
    ref_mols = unique_valid([m for m in (parse(s) for s in reference) if m is not None])
    gen_unique = unique_valid(valid)
    patterns = moses_filters()

    kl = {}
    for name, f in KL_CONTINUOUS.items():
        kl[name] = continuous_kl(np.array([f(m) for m in ref_mols]), np.array([f(m) for m in gen_unique]))
    for name, f in KL_DISCRETE.items():
        kl[name] = discrete_kl(np.array([f(m) for m in ref_mols]), np.array([f(m) for m in gen_unique]))
    kl["internal_similarity"] = continuous_kl(nearest_neighbour_similarity(ref_mols), nearest_neighbour_similarity(gen_unique))

    fidelity = {}
    for name, f in FIDELITY.items():
        g = np.array([f(m) for m in gen_unique], dtype=float)
        r = np.array([f(m) for m in ref_mols], dtype=float)
        fidelity[name] = {"ks": float(ks_2samp(g, r).statistic), "generated_mean": float(g.mean()),
                          "generated_median": float(np.median(g)), "reference_mean": float(r.mean()),
                          "reference_median": float(np.median(r))}
    small = lambda ms: float(np.mean([m.GetNumHeavyAtoms() < 15 for m in ms]))

    result = {
        "samples": len(samples),
        "valid": len(valid),
        "validity": len(valid) / len(samples),
        "unique": len(gen_unique),
        "int_div1": int_div1(valid),
        "filters_pass_rate": float(np.mean([passes_filters(m, patterns) for m in valid])),
        "reference_int_div1": int_div1(ref_mols),
        "reference_filters_pass_rate": float(np.mean([passes_filters(m, patterns) for m in ref_mols])),
        "kl_divergences": kl,
        "kl_score": float(np.mean([np.exp(-v) for v in kl.values()])),
        "fidelity": fidelity,
        "small_fraction": small(gen_unique),
        "reference_small_fraction": small(ref_mols),
    }
    with open(os.path.join(HERE, "metrics_reference.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
    with open(os.path.join(HERE, "metrics_bertz.csv"), "w") as f:
        f.write("smiles,bertz_ct\n")
        for s in reference:
            m = parse(s)
            if m is not None:
                f.write(f"{s},{Descriptors.BertzCT(m):.6f}\n")
    print(json.dumps({k: v for k, v in result.items() if k not in ("fidelity", "kl_divergences")}), file=sys.stderr)


if __name__ == "__main__":
    main()
