#!/usr/bin/env python3
"""RDKit side of the library similarity benchmark: ECFP4 (Morgan radius 2, 2048 bits) top-100 by
BulkTanimotoSimilarity over the same molecules and queries that `denovo bench library --export DIR` wrote.
Fingerprinting is not timed; each search (bulk Tanimoto + top-100 selection) is. Run with /usr/bin/python3."""
import argparse
import heapq
import statistics
import time

from rdkit import Chem, DataStructs, RDLogger
from rdkit.Chem import rdMolDescriptors

RDLogger.DisableLog("rdApp.*")


def fingerprint(smiles):
    mol = Chem.MolFromSmiles(smiles)
    return None if mol is None else rdMolDescriptors.GetMorganFingerprintAsBitVect(mol, 2, nBits=2048)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True, help="directory with library.smi and queries.smi")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    t0 = time.time()
    fps = []
    with open(f"{args.dir}/library.smi") as f:
        for line in f:
            fp = fingerprint(line.split()[0])
            if fp is not None:
                fps.append(fp)
    queries = [fingerprint(line.split()[0]) for line in open(f"{args.dir}/queries.smi")]
    print(f"rdkit: {len(fps):,} fingerprints in {time.time() - t0:.1f} s (not timed)")
    times = []
    for _ in range(args.rounds):
        for q in queries:
            s0 = time.perf_counter()
            sims = DataStructs.BulkTanimotoSimilarity(q, fps)
            top = heapq.nlargest(100, range(len(sims)), key=sims.__getitem__)
            times.append(time.perf_counter() - s0)
            assert len(top) == min(100, len(fps))
    print(f"rdkit similarity top-100 over {len(fps):,}: median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s ({len(times)} searches, one core)")


if __name__ == "__main__":
    main()
