#!/usr/bin/env python3
"""Success rate of bench/optimize_logp.sh: per lead, is there a reported molecule (not the lead) with Crippen logP at
least 1 below the lead's and Tanimoto >= 0.6 to it? Judged with the app's columns (crippen_logp, CDK ECFP4) and, if
RDKit is installed, with RDKit (Crippen.MolLogP; Morgan radius 2 at 2,048 bits).
Usage: optimize_logp_success.py LEADS.csv RUN_DIR   (RUN_DIR holds one NAME.csv per lead)"""
import csv
import os
import statistics
import sys

DROP = 1.0
MIN_SIMILARITY = 0.6
leads = {r["name"]: r for r in csv.DictReader(open(sys.argv[1]))}
rows = []
for name in leads:
    path = os.path.join(sys.argv[2], name + ".csv")
    if os.path.exists(path):
        rows += list(csv.DictReader(open(path)))
app_hits = {name: False for name in leads}
drops = {name: None for name in leads}
for r in rows:
    lead = leads[r["lead"]]
    if r["smiles"] == lead["smiles"]:
        continue
    drop = float(lead["crippen_logp"]) - float(r["crippen_logp"])
    if float(r["similarity"]) >= MIN_SIMILARITY:
        drops[r["lead"]] = drop if drops[r["lead"]] is None else max(drops[r["lead"]], drop)
        app_hits[r["lead"]] |= drop >= DROP
n = len(leads)
ok = sum(app_hits.values())
seen = [d for d in drops.values() if d is not None]
print("app (Crippen logP down >= %.1f, CDK ECFP4 >= %.1f): %d / %d leads succeed (%.0f%%); %d molecules reported; "
      "largest logP drop per lead: median %.2f" % (DROP, MIN_SIMILARITY, ok, n, 100.0 * ok / n, len(rows),
                                                   statistics.median(seen) if seen else float("nan")))
try:
    from rdkit import Chem, DataStructs, RDLogger
    from rdkit.Chem import AllChem, Crippen
except ImportError:
    sys.exit(0)
RDLogger.DisableLog("rdApp.*")


def fp(mol):
    return AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=2048)


lead_mol = {name: Chem.MolFromSmiles(r["smiles"]) for name, r in leads.items()}
lead_fp = {name: fp(m) for name, m in lead_mol.items()}
lead_logp = {name: Crippen.MolLogP(m) for name, m in lead_mol.items()}
rd_hits = {name: False for name in leads}
both = {name: False for name in leads}
diffs = []
for r in rows:
    mol = Chem.MolFromSmiles(r["smiles"])
    if mol is None or r["smiles"] == leads[r["lead"]]["smiles"]:
        continue
    logp = Crippen.MolLogP(mol)
    diffs.append(logp - float(r["crippen_logp"]))
    ok = lead_logp[r["lead"]] - logp >= DROP and DataStructs.TanimotoSimilarity(lead_fp[r["lead"]], fp(mol)) >= MIN_SIMILARITY
    rd_hits[r["lead"]] |= ok
    both[r["lead"]] |= ok and float(leads[r["lead"]]["crippen_logp"]) - float(r["crippen_logp"]) >= DROP \
        and float(r["similarity"]) >= MIN_SIMILARITY
print("RDKit (Crippen.MolLogP, Morgan r2 2048): %d / %d leads succeed (%.0f%%); under both: %d; RDKit minus app "
      "logP on the reported molecules: mean %+.3f, largest difference %.2f"
      % (sum(rd_hits.values()), n, 100.0 * sum(rd_hits.values()) / n, sum(both.values()),
         statistics.mean(diffs) if diffs else float("nan"), max((abs(d) for d in diffs), default=float("nan"))))
