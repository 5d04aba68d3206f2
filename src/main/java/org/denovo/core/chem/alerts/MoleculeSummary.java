package org.denovo.core.chem.alerts;

import org.denovo.core.chem.smarts.TargetGraph;

/** What a molecule graph offers, for {@link PatternRequirements#mayMatch}: element counts, rings, aromaticity. */
final class MoleculeSummary {
    static final int MAX_ELEMENT = 128;

    final int[] elementCounts = new int[MAX_ELEMENT];
    final int atomCount;
    final int bondCount;
    final boolean hasRingBond;
    final boolean hasAromaticAtom;

    MoleculeSummary(TargetGraph g) {
        boolean aromatic = false;
        for (int a = 0; a < g.atomCount(); a++) {
            int z = g.atomicNumber(a);
            elementCounts[z < 0 || z >= MAX_ELEMENT ? 0 : z]++;
            aromatic |= g.isAromatic(a);
        }
        boolean ring = false;
        for (int b = 0; b < g.bondCount(); b++) {
            ring |= g.isBondInRing(b);
        }
        atomCount = g.atomCount();
        bondCount = g.bondCount();
        hasRingBond = ring;
        hasAromaticAtom = aromatic;
    }
}
