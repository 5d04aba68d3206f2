#!/usr/bin/python3
"""Writes RDKit Morgan (ECFP-like) bit vectors as a regression oracle for the app's RDKit-compatible
Morgan fingerprint.

Molecules: the 500 SMILES of rdkit_reference_500.csv, the next 1,500 lines of the shared ChEMBL
validation set (lines 501-2000 of chembl_valid.smi.gz), and hand-picked charged, isotopic, stereo,
explicit-hydrogen, multi-fragment and aromaticity edge cases (EDGE_CASES below).

Fingerprints: AllChem.GetMorganFingerprintAsBitVect(mol, radius, nBits) with default invariants
(connectivity invariants, useChirality=False, useBondTypes=True, useFeatures=False).

Output (gzipped, tab-separated, one molecule a line): smiles, then the on-bits of radius 2 at 1024,
2048 and 4096 bits and of radius 3 and 4 at 2048 bits (space-separated ascending bit indices; radius 4
is the first where atoms dropped in an earlier layer pass on identifier 0 to their neighbours), then
RDKit's Tanimoto similarity (repr) between this molecule's and the previous line's radius-2
2048-bit fingerprints ("" on the first line).

Usage, from the project root:
  /usr/bin/python3 src/test/resources/reference/morgan_reference.py ../shared/data/chembl_valid.smi.gz \
      src/test/resources/reference/morgan_reference.tsv.gz
With a third argument "all", every SMILES of the given file is written instead (and nothing else), for a
one-off check with  mvn -o -q test -Dtest=MorganFingerprintAgreementTest -Ddenovo.morganReference=OUT.tsv.gz
"""
import csv
import gzip
import os
import sys

from rdkit import Chem, DataStructs, RDLogger, rdBase
from rdkit.Chem import AllChem

FINGERPRINTS = [(2, 1024), (2, 2048), (2, 4096), (3, 2048), (4, 2048)]
TANIMOTO_FINGERPRINT = (2, 2048)
CHEMBL_SLICE = (500, 2000)  # zero-based line range of the validation set

EDGE_CASES = [
    # charged
    "C[N+](C)(C)C", "[O-]C(=O)c1ccccc1", "[NH3+]CC([O-])=O", "[O-][n+]1ccccc1", "C[n+]1ccccc1",
    "[NH4+]", "CC[S+](C)C", "[O-][N+](=O)c1ccccc1", "[cH+]1cccccc1", "[cH-]1cccc1", "[Fe+2]",
    # isotopic
    "[13CH3]C(=O)O", "[2H]C([2H])([2H])Oc1ccccc1", "[2H]OC", "[18F]c1ccccc1", "[14CH3]C", "[3H]C",
    "[15NH2]c1ccccc1", "[17O]=C", "[11CH3]N1CCCC1", "[125I]c1ccc(O)cc1", "[123I]c1ccccc1",
    "[13cH]1ccccc1", "[13c]1ccccc1", "[2H]c1c([2H])c([2H])c([2H])c([2H])c1[2H]", "[235U]", "[99Tc]",
    # stereo
    "C/C=C/C", "C/C=C\\C", "N[C@@H](C)C(=O)O", "N[C@H](C)C(=O)O", "F/C=C/F", "F/C=C\\F",
    "C[C@H]1CC[C@@H](C)CC1", "[H]/C(C)=C/C",
    # explicit hydrogens
    "[H]C([H])([H])O", "[H][H]", "[H]", "[H+]", "[2H][2H]", "[H]N([H])c1ccccc1", "[H]/C=C/F",
    "[H]OC(=O)C", "[2H]N([2H])C",
    # multi-fragment and single atoms
    "CCO.O", "c1ccccc1.c1ccncc1", "Cl.CN", "[Cl-].C[N+](C)(C)C", "O.O.O", "[Na+].[Cl-]",
    "CC(=O)[O-].[Na+]", "C", "O", "[Na]", "Cl", "[Cu+2].[O-]S(=O)(=O)[O-]",
    # dummy atoms, unusual elements, bond orders
    "*c1ccccc1", "C[Hg]C", "c1cc[se]c1", "C#N", "CC#CC", "C[Si](C)(C)C", "OB(O)c1ccccc1", "C=[Te]",
    # aromaticity and symmetry
    "c1ccc2c(c1)ccc1ccccc12", "c1ccc2cc3ccccc3cc2c1", "c1ccc2cccc2cc1", "o1cccc1", "c1cc[nH]c1",
    "O=c1cc[nH]cc1", "c1ccc2[nH]ccc2c1", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "c1ccc2c(c1)-c1ccccc1-2",
    "C1=CC=CC=CC=C1", "c1cc2ccc3cccc4ccc(c1)c2c34", "O=C1C=CC(=O)C=C1", "c1ccc(cc1)-c1ccccc1",
    "CCCCCCCCCCCC", "CC(C)(C)C", "C1CCCCC1", "C1CC1", "c1ccccc1", "C12C3C4C1C5C2C3C45",
    "C1CCCCCCCCCCC1", "C1CC2CCC1C2", "N1C=CC=C1", "O=C1NC(=O)NC=C1",
]


def on_bits(mol, radius, bits):
    return list(AllChem.GetMorganFingerprintAsBitVect(mol, radius, nBits=bits).GetOnBits())


def main(chembl_path, out_path, selection="fixed"):
    RDLogger.DisableLog("rdApp.*")
    with gzip.open(chembl_path, "rt") as f:
        lines = [line.split()[0] for line in f if line.strip()]
    if selection == "all":
        smiles = lines
    else:
        here = os.path.dirname(os.path.abspath(__file__))
        with open(os.path.join(here, "rdkit_reference_500.csv"), newline="") as f:
            smiles = [row["smiles"] for row in csv.DictReader(f)]
        smiles += lines[CHEMBL_SLICE[0]:CHEMBL_SLICE[1]]
        smiles += EDGE_CASES
    written = 0
    previous = None
    # no file name or time in the gzip header, so the output is byte-for-byte reproducible
    with open(out_path, "wb") as file, gzip.GzipFile(filename="", mode="wb", fileobj=file, mtime=0) as out:
        out.write(("# RDKit %s GetMorganFingerprintAsBitVect; columns: smiles, r2/1024, r2/2048, r2/4096, "
                   "r3/2048, r4/2048, tanimoto r2/2048 with previous line\n" % rdBase.rdkitVersion).encode())
        for smi in smiles:
            mol = Chem.MolFromSmiles(smi)
            if mol is None:
                print("RDKit cannot read, skipped: " + smi, file=sys.stderr)
                continue
            columns = [smi] + [" ".join(map(str, on_bits(mol, r, n))) for r, n in FINGERPRINTS]
            fp = AllChem.GetMorganFingerprintAsBitVect(mol, TANIMOTO_FINGERPRINT[0], nBits=TANIMOTO_FINGERPRINT[1])
            columns.append("" if previous is None else repr(DataStructs.TanimotoSimilarity(previous, fp)))
            previous = fp
            out.write(("\t".join(columns) + "\n").encode())
            written += 1
    print("wrote %d molecules to %s" % (written, out_path))


if __name__ == "__main__":
    main(*sys.argv[1:4])
