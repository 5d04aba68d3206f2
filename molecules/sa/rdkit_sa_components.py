#!/usr/bin/python3
"""RDKit side of the SA-score table build: per-molecule RDKit SA score and its parts.

Reads SMILES (one per line, optional name after whitespace, .gz allowed) and writes a TSV with
RDKit's SA score (Contrib/SA_Score/sascorer.py, Ertl & Schuffenhauer 2009) and the pieces of the
formula, so the CDK fragment contributions can be calibrated against the fragment part alone.

Columns: idx, smiles, sa (final 1..10), raw (before scaling), frag (score1 = mean fragment
contribution), n_atoms, n_chiral, n_spiro, n_bridgehead, n_macrocycles, n_distinct (distinct
Morgan bits), n_frag (total Morgan count). Unparsable lines get sa = nan.

Usage: /usr/bin/python3 rdkit_sa_components.py IN.smi.gz OUT.tsv.gz
Needs Debian python3-rdkit (the RDKit Contrib dir is put on sys.path below).
"""
import gzip
import math
import sys

sys.path.insert(0, "/usr/share/RDKit/Contrib/SA_Score")
from rdkit import Chem, RDLogger  # noqa: E402
from rdkit.Chem import rdMolDescriptors  # noqa: E402
import sascorer  # noqa: E402

RDLogger.DisableLog("rdApp.*")


def components(mol):
    """Recomputes sascorer.calculateScore step by step, returning the parts."""
    fps = rdMolDescriptors.GetMorganFingerprint(mol, 2).GetNonzeroElements()
    nf = sum(fps.values())
    frag = sum(sascorer._fscores.get(b, -4) * v for b, v in fps.items()) / nf
    n_atoms = mol.GetNumAtoms()
    n_chiral = len(Chem.FindMolChiralCenters(mol, includeUnassigned=True))
    n_bridge, n_spiro = sascorer.numBridgeheadsAndSpiro(mol)
    n_macro = sum(1 for r in mol.GetRingInfo().AtomRings() if len(r) > 8)
    penalty = (n_atoms ** 1.005 - n_atoms) + math.log10(n_chiral + 1) + math.log10(n_spiro + 1) \
        + math.log10(n_bridge + 1) + (math.log10(2) if n_macro > 0 else 0.0)
    density = math.log(n_atoms / len(fps)) * 0.5 if n_atoms > len(fps) else 0.0
    raw = frag - penalty + density
    sa = sascorer.calculateScore(mol)
    return sa, raw, frag, n_atoms, n_chiral, n_spiro, n_bridge, n_macro, len(fps), nf


def main(inp, out):
    sascorer.readFragmentScores("fpscores")
    opener = gzip.open if inp.endswith(".gz") else open
    with opener(inp, "rt") as f, gzip.open(out, "wt") as w:
        w.write("idx\tsmiles\tsa\traw\tfrag\tn_atoms\tn_chiral\tn_spiro\tn_bridgehead\tn_macrocycles\tn_distinct\tn_frag\n")
        for i, line in enumerate(f):
            smi = line.split()[0] if line.strip() else ""
            mol = Chem.MolFromSmiles(smi) if smi else None
            if mol is None or mol.GetNumAtoms() == 0:
                w.write(f"{i}\t{smi}\tnan\tnan\tnan\t0\t0\t0\t0\t0\t0\t0\n")
                continue
            c = components(mol)
            w.write(f"{i}\t{smi}\t{c[0]:.6f}\t{c[1]:.6f}\t{c[2]:.6f}\t" + "\t".join(str(x) for x in c[3:]) + "\n")
            if i % 20000 == 0:
                print(i, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
