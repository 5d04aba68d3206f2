package org.denovo.core.chem.alerts;

import java.util.Arrays;
import org.denovo.core.chem.Molecules;
import org.denovo.core.chem.RingCounts;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * The two private copies of a molecule that alerts are matched against, so the caller's molecule is never
 * touched: the heavy-atom graph (as RDKit matches rd_filters and QED alerts) and the same graph with all
 * hydrogens explicit (as MOSES matches, and as PAINS SMARTS with [#1] atoms need). Both carry the app's ring
 * flags and aromaticity ({@link Molecules#perceive}). Atom indices are mapped back to the caller's molecule.
 */
final class ScreenTarget {
    private static final String ORIGINAL_INDEX = "denovo.alerts.originalIndex";

    final IAtomContainer heavy;
    final IAtomContainer explicitH;
    final MoleculeSummary heavySummary;
    final MoleculeSummary explicitHSummary;
    private AtomCandidates heavyCandidates;
    private AtomCandidates explicitHCandidates;

    ScreenTarget(IAtomContainer mol, boolean reperceiveDaylight) {
        try {
            IAtomContainer copy = mol.clone();
            for (int i = 0; i < copy.getAtomCount(); i++) {
                copy.getAtom(i).setProperty(ORIGINAL_INDEX, i);
            }
            if (hasHydrogenAtom(copy)) {
                copy = AtomContainerManipulator.suppressHydrogens(copy);
            }
            Molecules.perceive(copy);
            if (reperceiveDaylight) {
                // what SmartsPattern's own preparation would do: CDK's Daylight model, replacing the app's
                SmartsPattern.prepare(copy);
            }
            heavy = copy;
            explicitH = copy.clone();
            AtomContainerManipulator.convertImplicitToExplicitHydrogens(explicitH);
            RingCounts.attach(heavy); // after cloning: each copy carries counts for its own atom indices
            RingCounts.attach(explicitH);
        } catch (CloneNotSupportedException | CDKException e) {
            throw new IllegalArgumentException("cannot prepare molecule for alert screening: " + e.getMessage(), e);
        }
        heavySummary = new MoleculeSummary(heavy);
        explicitHSummary = new MoleculeSummary(explicitH);
    }

    IAtomContainer graph(boolean explicitHydrogens) {
        return explicitHydrogens ? explicitH : heavy;
    }

    MoleculeSummary summary(boolean explicitHydrogens) {
        return explicitHydrogens ? explicitHSummary : heavySummary;
    }

    /** The per-atom screen of one copy, built on first use. */
    AtomCandidates candidates(boolean explicitHydrogens) {
        if (explicitHydrogens) {
            if (explicitHCandidates == null) {
                explicitHCandidates = new AtomCandidates(explicitH);
            }
            return explicitHCandidates;
        }
        if (heavyCandidates == null) {
            heavyCandidates = new AtomCandidates(heavy);
        }
        return heavyCandidates;
    }

    /** Caller's indices of the heavy atoms in a match on either copy (added hydrogens are dropped). */
    int[] originalIndices(IAtomContainer graph, int[] match) {
        int[] out = new int[match.length];
        int n = 0;
        for (int index : match) {
            Integer original = graph.getAtom(index).getProperty(ORIGINAL_INDEX);
            if (original != null && graph.getAtom(index).getAtomicNumber() != 1) {
                out[n++] = original;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean hasHydrogenAtom(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (atom.getAtomicNumber() != null && atom.getAtomicNumber() == 1) {
                return true;
            }
        }
        return false;
    }
}
