package org.denovo.core.chem.alerts;

import java.util.Arrays;
import org.denovo.core.chem.structure.Molecules;
import org.denovo.core.chem.structure.RingCounts;
import org.denovo.core.chem.smarts.TargetGraph;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * What alerts are matched against, so the caller's molecule is never touched: a private heavy-atom copy
 * (as RDKit matches rd_filters and QED alerts) and the same graph with all hydrogens explicit (as MOSES
 * matches, and as PAINS SMARTS with [#1] atoms need), both flattened to {@link TargetGraph}s. The copy carries
 * the app's ring flags and aromaticity ({@link Molecules#perceive}). CDK container copies for the few patterns
 * matched by CDK are made only when needed. Atom indices are mapped back to the caller's molecule.
 */
final class ScreenTarget {
    private static final String ORIGINAL_INDEX = "denovo.alerts.originalIndex";

    final IAtomContainer heavy;
    private final int[] originalIndex;
    private final TargetGraph heavyGraph;
    private TargetGraph explicitHGraph;
    private IAtomContainer explicitH;
    private MoleculeSummary heavySummary;
    private MoleculeSummary explicitHSummary;
    private AtomCandidates heavyCandidates;
    private AtomCandidates explicitHCandidates;
    private boolean ringCountsAttached;
    /** True when {@link #heavy} is the caller's molecule, which must not be changed. */
    private final boolean borrowed;
    private IAtomContainer heavyCopy;
    private long[] heavyBondFeatures;
    private long[] explicitHBondFeatures;
    private long[] heavyPathFeatures;
    private long[] explicitHPathFeatures;

    ScreenTarget(IAtomContainer mol, boolean reperceiveDaylight) {
        borrowed = false;
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
        } catch (CloneNotSupportedException | CDKException e) {
            throw new IllegalArgumentException("cannot prepare molecule for alert screening: " + e.getMessage(), e);
        }
        originalIndex = new int[heavy.getAtomCount()];
        for (int i = 0; i < originalIndex.length; i++) {
            Integer original = heavy.getAtom(i).getProperty(ORIGINAL_INDEX);
            originalIndex[i] = original == null ? -1 : original;
        }
        heavyGraph = TargetGraph.of(heavy);
    }

    /** Uses a molecule that is already prepared (perceived, no hydrogen atoms) and its graph, without copying. */
    ScreenTarget(IAtomContainer prepared, TargetGraph graph) {
        heavy = prepared;
        heavyGraph = graph;
        borrowed = true;
        originalIndex = new int[prepared.getAtomCount()];
        for (int i = 0; i < originalIndex.length; i++) {
            originalIndex[i] = i;
        }
    }

    /** The CDK copy, for patterns matched by CDK; the explicit-hydrogen one is made on first use. */
    IAtomContainer graph(boolean explicitHydrogens) {
        if (heavyCopy == null) {
            try {
                heavyCopy = borrowed ? heavy.clone() : heavy; // ring counts are attached below
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!ringCountsAttached) {
            RingCounts.attach(heavyCopy);
            ringCountsAttached = true;
        }
        if (!explicitHydrogens) {
            return heavyCopy;
        }
        if (explicitH == null) {
            try {
                explicitH = heavyCopy.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
            AtomContainerManipulator.convertImplicitToExplicitHydrogens(explicitH);
            RingCounts.attach(explicitH); // after cloning: each copy carries counts for its own atom indices
        }
        return explicitH;
    }

    TargetGraph targetGraph(boolean explicitHydrogens) {
        if (!explicitHydrogens) {
            return heavyGraph;
        }
        if (explicitHGraph == null) {
            explicitHGraph = heavyGraph.withExplicitHydrogens();
        }
        return explicitHGraph;
    }

    MoleculeSummary summary(boolean explicitHydrogens) {
        if (explicitHydrogens) {
            if (explicitHSummary == null) {
                explicitHSummary = new MoleculeSummary(targetGraph(true));
            }
            return explicitHSummary;
        }
        if (heavySummary == null) {
            heavySummary = new MoleculeSummary(heavyGraph);
        }
        return heavySummary;
    }

    /** The bond kinds of one copy ({@link BondScreen}), computed on first use. */
    long[] pathFeatures(boolean explicitHydrogens) {
        if (explicitHydrogens) {
            if (explicitHPathFeatures == null) {
                explicitHPathFeatures = PathScreen.features(targetGraph(true));
            }
            return explicitHPathFeatures;
        }
        if (heavyPathFeatures == null) {
            heavyPathFeatures = PathScreen.features(heavyGraph);
        }
        return heavyPathFeatures;
    }

    long[] bondFeatures(boolean explicitHydrogens) {
        if (explicitHydrogens) {
            if (explicitHBondFeatures == null) {
                explicitHBondFeatures = BondScreen.features(targetGraph(true));
            }
            return explicitHBondFeatures;
        }
        if (heavyBondFeatures == null) {
            heavyBondFeatures = BondScreen.features(heavyGraph);
        }
        return heavyBondFeatures;
    }

    /** The per-atom screen of one copy, built on first use. */
    AtomCandidates candidates(boolean explicitHydrogens) {
        if (explicitHydrogens) {
            if (explicitHCandidates == null) {
                explicitHCandidates = new AtomCandidates(targetGraph(true));
            }
            return explicitHCandidates;
        }
        if (heavyCandidates == null) {
            heavyCandidates = new AtomCandidates(heavyGraph);
        }
        return heavyCandidates;
    }

    /**
     * Caller's indices of the heavy atoms in a match given as atom indices of either copy (graph or CDK
     * container: both number the heavy copy's atoms first); hydrogens and unmapped (-1) entries are dropped.
     */
    int[] originalIndices(int[] match) {
        int[] out = new int[match.length];
        int n = 0;
        for (int index : match) {
            if (index >= 0 && index < originalIndex.length && originalIndex[index] >= 0
                    && heavyGraph.atomicNumber(index) != 1) {
                out[n++] = originalIndex[index];
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
