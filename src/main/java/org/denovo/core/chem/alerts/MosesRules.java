package org.denovo.core.chem.alerts;

import java.util.Set;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The non-SMARTS part of the MOSES "Filters" metric (moses.metrics.utils.mol_passes_filters):
 * only C, N, S, O, F, Cl, Br, H atoms, no formal charge, and no ring of 8 or more atoms, where rings
 * are RDKit's ring info, i.e. a smallest set of smallest rings (all SSSRs share the same ring sizes).
 */
final class MosesRules {
    private static final Set<Integer> ALLOWED_ELEMENTS = Set.of(6, 7, 16, 8, 9, 17, 35, 1);
    static final int LARGEST_RING_ALLOWED = 7;

    private MosesRules() {
    }

    /** True when the heavy-atom graph passes the element, charge and ring-size rules. */
    static boolean passes(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (!ALLOWED_ELEMENTS.contains(atom.getAtomicNumber())) {
                return false;
            }
            Integer charge = atom.getFormalCharge();
            if (charge != null && charge != 0) {
                return false;
            }
        }
        return largestSssrRing(mol) <= LARGEST_RING_ALLOWED;
    }

    static int largestSssrRing(IAtomContainer mol) {
        int largest = 0;
        for (int[] path : Cycles.sssr(mol).paths()) {
            largest = Math.max(largest, path.length - 1); // paths repeat the first atom at the end
        }
        return largest;
    }
}
