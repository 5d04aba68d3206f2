package org.denovo.core.chem;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;
import org.denovo.core.chem.smarts.SubgraphPattern;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.smarts.UnsupportedSmartsException;
import org.denovo.core.chem.structure.Molecules;

/**
 * A compiled SMARTS query matched against SMILES; safe to share between threads. Matching uses the array
 * matcher ({@link SubgraphPattern}) unless the query needs CDK's (stereo, component grouping).
 */
public final class SubstructureQuery {
    private final String smarts;
    private final ThreadLocal<SmartsPattern> pattern;
    private final SubgraphPattern fast;
    /** Path masks a molecule's {@link SubstructureKeys} must meet; empty when the query pins nothing down. */
    private final long[][] keyRequirements;

    private SubstructureQuery(String smarts) {
        this.smarts = smarts;
        this.pattern = ThreadLocal.withInitial(() -> compilePattern(smarts));
        SubgraphPattern compiled;
        try {
            compiled = SubgraphPattern.compile(smarts);
        } catch (UnsupportedSmartsException | IllegalArgumentException e) {
            compiled = null;
        }
        this.fast = compiled;
        org.openscience.cdk.isomorphism.matchers.QueryAtomContainer query =
                new org.openscience.cdk.isomorphism.matchers.QueryAtomContainer(Molecules.BUILDER);
        this.keyRequirements = org.openscience.cdk.smarts.Smarts.parse(query, smarts)
                ? SubstructureKeys.requirements(query) : new long[0][];
    }

    /** False when a molecule with these {@link SubstructureKeys} cannot match. */
    public boolean mayMatchKeys(long[] keys) {
        return SubstructureKeys.mayMatch(keyRequirements, keys);
    }

    /** @throws IllegalArgumentException when the SMARTS is invalid, or larger or deeper than {@link SmartsLimits} */
    public static SubstructureQuery compile(String smarts) {
        if (smarts != null) {
            SmartsLimits.check(smarts);
        }
        compilePattern(smarts);
        try {
            return new SubstructureQuery(smarts);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("SMARTS too complex to compile");
        }
    }

    private static SmartsPattern compilePattern(String smarts) {
        if (smarts == null || smarts.isBlank()) {
            throw new IllegalArgumentException("empty SMARTS");
        }
        try {
            SmartsPattern p = SmartsPattern.create(smarts, Molecules.BUILDER);
            p.setPrepare(false);
            return p;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "cannot parse" : e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("SMARTS too complex to parse");
        }
    }

    public String smarts() {
        return smarts;
    }

    /** @throws IllegalArgumentException when the SMILES cannot be read */
    public boolean matches(String smiles) {
        try {
            return matches(Molecules.parseSmiles(smiles));
        } catch (CDKException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** As {@link #matches(String)} for SMILES this app wrote (e.g. stored in the library): no re-perception. */
    public boolean matchesCanonical(String smiles) {
        try {
            return matches(Molecules.parseCanonicalSmiles(smiles));
        } catch (CDKException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Matches a molecule prepared by {@link Molecules#perceive}. */
    public boolean matches(IAtomContainer mol) {
        return fast != null ? fast.matches(TargetGraph.of(mol)) : pattern.get().matches(mol);
    }

    /**
     * The atoms of each distinct match (at most {@code limit}) in SMILES this app wrote, by atom index as the SMILES
     * is parsed for depiction; empty when there is none or the SMILES cannot be read.
     */
    public java.util.List<int[]> matchedAtomsCanonical(String smiles, int limit) {
        try {
            IAtomContainer mol = Molecules.parseCanonicalSmiles(smiles);
            java.util.List<int[]> out = new java.util.ArrayList<>();
            for (int[] m : pattern.get().matchAll(mol).uniqueAtoms().limit(limit)) {
                out.add(m.clone());
            }
            return out;
        } catch (CDKException | RuntimeException e) {
            return java.util.List.of();
        }
    }

    /** Atom indices of the first match, or an empty array. */
    public int[] firstMatch(IAtomContainer mol) {
        int[] m = pattern.get().match(mol);
        return m == null ? new int[0] : m;
    }
}
