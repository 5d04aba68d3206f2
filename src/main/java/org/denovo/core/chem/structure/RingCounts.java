package org.denovo.core.chem.structure;

import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * SMARTS ring counts ({@code R<n>}) as CDK's query expressions define them: the number of minimum-cycle-basis
 * rings through an atom. CDK recomputes the basis for every {@code R<n>} test of every atom; a private copy
 * that will be matched many times can carry the counts instead ({@link #attach}).
 */
public final class RingCounts {
    private static final String KEY = "denovo.ringCounts";

    private RingCounts() {
    }

    /** Stores the counts on a molecule; only for private copies whose graph will not change afterwards. */
    public static void attach(IAtomContainer mol) {
        mol.setProperty(KEY, compute(mol));
    }

    /** The count of an atom of its container. */
    public static int of(IAtom atom) {
        return of(atom.getContainer())[atom.getIndex()];
    }

    /** The attached counts if present (and sized right), else computed. */
    public static int[] of(IAtomContainer mol) {
        int[] counts = mol.getProperty(KEY);
        return counts != null && counts.length == mol.getAtomCount() ? counts : compute(mol);
    }

    /** As CDK's Expr counts them: every path of Cycles.mcb, without its closing repeat. */
    public static int[] compute(IAtomContainer mol) {
        int[] counts = new int[mol.getAtomCount()];
        for (int[] path : Cycles.mcb(mol).paths()) {
            for (int i = 1; i < path.length; i++) {
                counts[path[i]]++;
            }
        }
        return counts;
    }
}
