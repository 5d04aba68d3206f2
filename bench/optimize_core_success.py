#!/usr/bin/env python3
"""Success rate of an optimize run with a kept core (bench/optimize_core.sh): per lead, is there a reported molecule
(not the lead) whose drug-like score is at least MARGIN above the lead's? The score is the app's; the app only
reports molecules with its own similarity >= 0.5 and the lead's scaffold kept, and, if RDKit is installed, those two
constraints are checked again with RDKit (Morgan radius 2 at 2,048 bits; the lead's Murcko scaffold, hydrogen counts
dropped from bracket atoms, as a substructure). Usage: optimize_core_success.py LEADS.csv OPTIMIZED.csv [MARGIN]"""
import csv
import re
import statistics
import sys

MIN_SIMILARITY = 0.5
margin = float(sys.argv[3]) if len(sys.argv) > 3 else 0.1
leads = {r["name"]: r for r in csv.DictReader(open(sys.argv[1]))}
rows = list(csv.DictReader(open(sys.argv[2])))
best = {name: None for name in leads}
app_hits = {name: [] for name in leads}
for r in rows:
    lead = leads[r["lead"]]
    score = float(r["score"] or "nan")
    if r["smiles"] == lead["smiles"]:
        continue
    if best[r["lead"]] is None or score > best[r["lead"]]:
        best[r["lead"]] = score
    if score >= float(lead["score"]) + margin and float(r["similarity"]) >= MIN_SIMILARITY:
        app_hits[r["lead"]].append(r)
n = len(leads)
ok = sum(1 for h in app_hits.values() if h)
gains = [best[k] - float(leads[k]["score"]) for k in leads if best[k] is not None]
print("app (drug-like score +%.2f, CDK ECFP4 >= %.1f, scaffold kept): %d / %d leads succeed (%.0f%%); %d molecules "
      "reported; best score minus the lead's: median %+.3f over %d leads with a reported molecule"
      % (margin, MIN_SIMILARITY, ok, n, 100.0 * ok / n, len(rows), statistics.median(gains) if gains else float("nan"),
         len(gains)))
try:
    from rdkit import Chem, DataStructs, RDLogger
    from rdkit.Chem import AllChem
    from rdkit.Chem.Scaffolds import MurckoScaffold
except ImportError:
    sys.exit(0)
RDLogger.DisableLog("rdApp.*")


def fp(mol):
    return AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=2048)


def scaffold_query(mol):
    smiles = Chem.MolToSmiles(MurckoScaffold.GetScaffoldForMol(mol))
    return Chem.MolFromSmarts(re.sub(r"\[([^\]]*?)H\d*([-+]*\d*)\]", r"[\1\2]", smiles))


both = 0
checked = kept = similar = 0
for name, hits in app_hits.items():
    lead = Chem.MolFromSmiles(leads[name]["smiles"])
    lead_fp, query = fp(lead), scaffold_query(lead)
    good = False
    for r in hits:
        mol = Chem.MolFromSmiles(r["smiles"])
        if mol is None:
            continue
        checked += 1
        k = mol.HasSubstructMatch(query)
        s = DataStructs.TanimotoSimilarity(lead_fp, fp(mol)) >= MIN_SIMILARITY
        kept += k
        similar += s
        good |= k and s
    both += good
print("RDKit: of the %d molecules that succeed under the app, %d keep the lead's RDKit Murcko scaffold and %d are at "
      "Morgan Tanimoto >= %.1f; leads that succeed with both checks: %d / %d (%.0f%%)"
      % (checked, kept, similar, MIN_SIMILARITY, both, n, 100.0 * both / n))
