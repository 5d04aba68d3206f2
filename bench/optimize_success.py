#!/usr/bin/env python3
"""Success rate of an optimize run: per lead, is there a reported molecule (not the lead) with QED >= 0.9 and
Tanimoto >= 0.4? Judged with the app's columns (CDK ECFP4, the app's QED) and, if RDKit is installed, with RDKit
(Morgan radius 2, 2,048 bits, RDKit QED). Usage: optimize_success.py LEADS.smi OPTIMIZED.csv"""
import csv
import sys

leads = {}
for line in open(sys.argv[1]):
    smiles, name = line.split()
    leads[name] = smiles
app_hits = {name: False for name in leads}
rows = list(csv.DictReader(open(sys.argv[2])))
for r in rows:
    if float(r["qed"]) >= 0.9 and float(r["similarity"]) >= 0.4:
        app_hits[r["lead"]] = True
print("app (CDK ECFP4, app QED): %d / %d leads succeed (%.0f%%); %d molecules reported"
      % (sum(app_hits.values()), len(leads), 100.0 * sum(app_hits.values()) / len(leads), len(rows)))
try:
    from rdkit import Chem, DataStructs, RDLogger
    from rdkit.Chem import AllChem, QED
except ImportError:
    sys.exit(0)
RDLogger.DisableLog("rdApp.*")


def fp(mol):
    return AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=2048)


lead_fp = {name: fp(Chem.MolFromSmiles(s)) for name, s in leads.items()}
rd_hits = {name: False for name in leads}
both = {name: False for name in leads}
pairs = []
for r in rows:
    mol = Chem.MolFromSmiles(r["smiles"])
    if mol is None:
        continue
    sim = DataStructs.TanimotoSimilarity(lead_fp[r["lead"]], fp(mol))
    pairs.append((float(r["similarity"]), sim))
    ok = QED.qed(mol) >= 0.9 and sim >= 0.4
    rd_hits[r["lead"]] |= ok
    both[r["lead"]] |= ok and float(r["qed"]) >= 0.9 and float(r["similarity"]) >= 0.4
print("RDKit (Morgan r2 2048, RDKit QED): %d / %d leads succeed (%.0f%%); under both: %d"
      % (sum(rd_hits.values()), len(leads), 100.0 * sum(rd_hits.values()) / len(leads), sum(both.values())))
if pairs:
    n = len(pairs)
    mean_diff = sum(b - a for a, b in pairs) / n
    held = sum(1 for a, b in pairs if a >= 0.4 and b >= 0.4) / max(1, sum(1 for a, b in pairs if a >= 0.4))
    ma = sum(a for a, _ in pairs) / n
    mb = sum(b for _, b in pairs) / n
    cov = sum((a - ma) * (b - mb) for a, b in pairs)
    var_a = sum((a - ma) ** 2 for a, _ in pairs)
    var_b = sum((b - mb) ** 2 for _, b in pairs)
    print("similarity to the lead, %d molecules: RDKit minus app %+.3f on average, Pearson r %.3f; "
          "of those at app >= 0.4, %.0f%% are at RDKit >= 0.4" % (n, mean_diff, cov / (var_a * var_b) ** 0.5, 100 * held))

# Chemistry a medicinal chemist would strike at once, in each lead's best reported molecule and not in the lead.
from rdkit.Chem import rdMolDescriptors  # noqa: E402

MOTIFS = {
    "Cl/Br/I off an aromatic ring": Chem.MolFromSmarts("[Cl,Br,I]-[!a]"),
    "chain bond between N, O or halogens": Chem.MolFromSmarts("[#7,#8,#9,#17,#35,#53]!:[#7,#8,#9,#17,#35,#53]"),
    "S singly bonded to O, S or a halogen": Chem.MolFromSmarts("[#16]-[#8,#16,#9,#17,#35,#53]"),
}


def motifs(mol):
    found = {k: len(mol.GetSubstructMatches(q)) for k, q in MOTIFS.items()}
    found["bridged ring system"] = rdMolDescriptors.CalcNumBridgeheadAtoms(mol)
    return found


best = {}
for r in rows:
    if r["lead"] not in best or float(r["score"]) > float(best[r["lead"]]["score"]):
        best[r["lead"]] = r
flagged = {}
for name, r in best.items():
    lead_motifs = motifs(Chem.MolFromSmiles(leads[name]))
    mol = Chem.MolFromSmiles(r["smiles"])
    if mol is None:
        continue
    new = [k for k, v in motifs(mol).items() if v > lead_motifs[k]]
    for k in new:
        flagged[k] = flagged.get(k, 0) + 1
    if new:
        flagged["any"] = flagged.get("any", 0) + 1
print("best molecule per lead with a motif its lead lacks: %d / %d (%s)" % (
    flagged.get("any", 0), len(best), ", ".join("%s %d" % (k, v) for k, v in flagged.items() if k != "any") or "none"))
