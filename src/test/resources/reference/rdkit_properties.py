"""RDKit's values of the PropertyAgreementTest columns for a SMILES file, in the reference CSV's format.

Reproduces the property columns of rdkit_reference_500.csv exactly (RDKit 2022.09, Debian python3-rdkit), so
PropertyAgreementTest can be run on any set of molecules:

    /usr/bin/python3 src/test/resources/reference/rdkit_properties.py ../shared/data/chembl_valid.smi.gz /tmp/valid.csv
    mvn -o -q test -Dtest=PropertyAgreementTest -Ddenovo.referenceCsv=/tmp/valid.csv

Input: one SMILES per line (first field), plain or gzipped; molecules RDKit cannot parse are left out.
"""
import csv
import gzip
import sys

from rdkit import Chem, RDLogger
from rdkit.Chem import QED, Crippen, Descriptors, rdMolDescriptors

COLUMNS = ['smiles', 'mol_weight', 'heavy_atoms', 'rings', 'aromatic_rings', 'hbd', 'hba', 'tpsa',
           'rotatable_bonds', 'crippen_logp', 'fsp3', 'qed']


def properties(smiles):
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    return [smiles, '%.4f' % Descriptors.MolWt(mol), mol.GetNumHeavyAtoms(), rdMolDescriptors.CalcNumRings(mol),
            rdMolDescriptors.CalcNumAromaticRings(mol), rdMolDescriptors.CalcNumHBD(mol),
            rdMolDescriptors.CalcNumHBA(mol), '%.3f' % rdMolDescriptors.CalcTPSA(mol),
            rdMolDescriptors.CalcNumRotatableBonds(mol), '%.4f' % Crippen.MolLogP(mol),
            '%.4f' % rdMolDescriptors.CalcFractionCSP3(mol), '%.4f' % QED.qed(mol)]


def main(source, target):
    RDLogger.DisableLog('rdApp.*')
    opener = gzip.open if source.endswith('.gz') else open
    with opener(source, 'rt') as lines, open(target, 'w', newline='') as out:
        writer = csv.writer(out, lineterminator='\n')
        writer.writerow(COLUMNS)
        for line in lines:
            fields = line.split()
            if not fields or fields[0] == 'smiles':
                continue
            row = properties(fields[0])
            if row is not None:
                writer.writerow(row)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: rdkit_properties.py SMILES_FILE OUT.csv')
    main(sys.argv[1], sys.argv[2])
