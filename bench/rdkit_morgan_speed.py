#!/usr/bin/env python3
"""RDKit side of the Morgan fingerprint speed measurement (MorganFingerprintBench): radius 2, 2048 bits,
one process, rates per CPU second, from SMILES (MolFromSmiles + GetMorganFingerprintAsBitVect) and from
parsed molecules. Run with /usr/bin/python3: rdkit_morgan_speed.py FILE.smi.gz [LIMIT] [ROUNDS]."""
import gzip
import sys
import time

from rdkit import Chem, RDLogger
from rdkit.Chem import AllChem

RDLogger.DisableLog("rdApp.*")


def main(path, limit=10000, rounds=3):
    with gzip.open(path, "rt") as f:
        smiles = [line.split()[0] for line in f][:limit]
    mols = [Chem.MolFromSmiles(s) for s in smiles]
    for r in range(1, rounds + 1):
        t0 = time.process_time()
        bits = 0
        for s in smiles:
            bits += AllChem.GetMorganFingerprintAsBitVect(Chem.MolFromSmiles(s), 2, nBits=2048).GetNumOnBits()
        t1 = time.process_time()
        for m in mols:
            bits += AllChem.GetMorganFingerprintAsBitVect(m, 2, nBits=2048).GetNumOnBits()
        t2 = time.process_time()
        print(f"round {r}: SMILES -> fingerprint {len(smiles) / (t1 - t0):,.0f} molecules/CPU-s; "
              f"molecule -> fingerprint {len(mols) / (t2 - t1):,.0f} molecules/CPU-s (checksum {bits})")


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:]))
