#!/usr/bin/env bash
# The `properties` pipeline, denovo (Java, 2 threads) and RDKit (Python, 2 worker processes), side by side
# on the same 10,000 chembl_valid molecules, one after the other in the same run.
# Needs: target/denovo.jar (mvn -q package -DskipTests) and Debian's python3-rdkit.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
tmp=$(mktemp -d)
zcat ../shared/data/chembl_valid.smi.gz | sed -n "1,${n}p" > "$tmp/in.smi"
echo "== denovo (Java, CDK), 2 threads"
java -jar target/denovo.jar bench properties --in "$tmp/in.smi" --limit "$n" --warmup 2000 --repeat 3 --threads 2
echo "== RDKit $(/usr/bin/python3 -c 'import rdkit; print(rdkit.__version__)'), 2 worker processes"
/usr/bin/python3 bench/rdkit_properties.py --in "$tmp/in.smi" --limit "$n" --workers 2
rm -rf "$tmp"
