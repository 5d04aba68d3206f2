package org.denovo.core.chem.alerts;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/** What a molecule graph offers, for {@link PatternRequirements#mayMatch}: element counts, rings, aromaticity. */
final class MoleculeSummary {
    static final int MAX_ELEMENT = 128;

    final int[] elementCounts = new int[MAX_ELEMENT];
    final int atomCount;
    final int bondCount;
    final boolean hasRingBond;
    final boolean hasAromaticAtom;

    MoleculeSummary(IAtomContainer mol) {
        boolean aromatic = false;
        for (IAtom atom : mol.atoms()) {
            Integer z = atom.getAtomicNumber();
            elementCounts[z == null || z < 0 || z >= MAX_ELEMENT ? 0 : z]++;
            aromatic |= atom.isAromatic();
        }
        boolean ring = false;
        for (IBond bond : mol.bonds()) {
            ring |= bond.isInRing();
        }
        atomCount = mol.getAtomCount();
        bondCount = mol.getBondCount();
        hasRingBond = ring;
        hasAromaticAtom = aromatic;
    }
}
