#!/usr/bin/env python3
"""RDKit side of the `properties` benchmark: the same columns as denovo's `properties` pipeline
(mol_weight ... sa_score, pains, moses_filters), computed with RDKit through its Python API.

Usage: /usr/bin/python3 bench/rdkit_properties.py --in FILE.smi[.gz] --limit 10000 --workers 2
Needs Debian's python3-rdkit (SA scorer from /usr/share/RDKit/Contrib/SA_Score).
"""
import argparse
import csv
import gzip
import multiprocessing as mp
import os
import sys
import time

sys.path.insert(0, "/usr/share/RDKit/Contrib/SA_Score")

from rdkit import Chem, RDLogger  # noqa: E402
from rdkit.Chem import Crippen, Descriptors, QED, rdMolDescriptors  # noqa: E402
from rdkit.Chem.FilterCatalog import FilterCatalog, FilterCatalogParams  # noqa: E402

RDLogger.DisableLog("rdApp.*")
HERE = os.path.dirname(os.path.abspath(__file__))
ALERTS = os.path.join(HERE, "..", "molecules", "alerts")

_state = {}


def init_worker():
    import sascorer
    params = FilterCatalogParams()
    params.AddCatalog(FilterCatalogParams.FilterCatalogs.PAINS)
    _state["pains"] = FilterCatalog(params)
    _state["sa"] = sascorer
    mcf = []
    with open(os.path.join(ALERTS, "moses_mcf.csv")) as f:
        for row in csv.DictReader(f):
            mcf.append(Chem.MolFromSmarts(row["smarts"]))
    with open(os.path.join(ALERTS, "moses_wehi_pains.csv")) as f:
        for row in csv.reader(f):
            mcf.append(Chem.MolFromSmarts(row[0].strip()))
    _state["moses"] = [p for p in mcf if p is not None]


def moses_pass(mol):
    ring_info = mol.GetRingInfo()
    if any(len(r) >= 8 for r in ring_info.AtomRings()):
        return 0
    if any(a.GetFormalCharge() != 0 for a in mol.GetAtoms()):
        return 0
    if any(a.GetSymbol() not in {"C", "N", "S", "O", "F", "Cl", "Br", "H"} for a in mol.GetAtoms()):
        return 0
    h = Chem.AddHs(mol)
    return 0 if any(h.HasSubstructMatch(p) for p in _state["moses"]) else 1


def compute(smiles):
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    return (
        Descriptors.MolWt(mol), mol.GetNumHeavyAtoms(), rdMolDescriptors.CalcNumRings(mol),
        rdMolDescriptors.CalcNumAromaticRings(mol), rdMolDescriptors.CalcNumHBD(mol),
        rdMolDescriptors.CalcNumHBA(mol), rdMolDescriptors.CalcTPSA(mol),
        rdMolDescriptors.CalcNumRotatableBonds(mol, rdMolDescriptors.NumRotatableBondsOptions.Strict),
        Crippen.MolLogP(mol), rdMolDescriptors.CalcFractionCSP3(mol), QED.qed(mol),
        _state["sa"].calculateScore(mol), int(_state["pains"].HasMatch(mol)), moses_pass(mol),
    )


def read(path, limit):
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.append(line.split()[0])
                if len(out) >= limit:
                    break
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--in", dest="input", required=True)
    p.add_argument("--limit", type=int, default=10000)
    p.add_argument("--workers", type=int, default=2)
    a = p.parse_args()
    smiles = read(a.input, a.limit)
    with mp.Pool(a.workers, initializer=init_worker) as pool:
        pool.map(compute, smiles[:a.workers * 20], chunksize=10)  # load catalogues in every worker first
        start = time.time()
        results = pool.map(compute, smiles, chunksize=64)
        seconds = time.time() - start
    ok = sum(1 for r in results if r is not None)
    print(f"rdkit properties: {len(smiles)} molecules ({ok} parsed), {a.workers} workers, "
          f"{seconds:.2f} s = {len(smiles) / seconds:.0f} molecules/s")


if __name__ == "__main__":
    main()
