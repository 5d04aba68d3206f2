package org.denovo.core.chem;

import org.openscience.cdk.AtomRef;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.DfPattern;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.smarts.Smarts;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * One SMARTS compiled for molecules already prepared by {@link Molecules#perceive} (CDK's own preparation,
 * which would re-apply CDK's Daylight aromaticity, is never run).
 * <p>
 * Yes/no tests and counts use CDK's depth-first matcher {@link DfPattern}, which works on the molecule's own
 * atom and bond references; {@link SmartsPattern} (Vento-Foggia) rebuilds an adjacency list and an edge-to-bond
 * map of the target for every call, which dominated the cost of screening hundreds of patterns per molecule.
 * Both evaluate the same query expressions, so they find the same set of matches. {@link #firstMatch} still uses
 * SmartsPattern, so the atoms reported for a hit keep Vento-Foggia's order. Queries whose SMARTS post-filters
 * differ between the two (stereo, component grouping, atom maps) use SmartsPattern throughout.
 * <p>
 * Not thread-safe (CDK initialises recursive SMARTS lazily): compile one instance per thread.
 */
public final class CompiledSmarts {
    /** Query property CDK's SMARTS parser sets for component-level grouping, e.g. (C).(C). */
    private static final String COMPONENT_GROUPING = "COMPONENT.GROUPING";

    private final String smarts;
    private final SmartsPattern vf;
    /** True when the depth-first matcher keeps the SMARTS' atom order (see {@link MatchOrder}). */
    private final boolean rooted;
    /** Null when the query needs SmartsPattern's own filters. */
    private final DfPattern df;

    private CompiledSmarts(String smarts, boolean rooted) {
        this.smarts = smarts;
        this.rooted = rooted;
        this.vf = SmartsPattern.create(smarts, Molecules.BUILDER).setPrepare(false);
        QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
        if (!Smarts.parse(query, smarts)) {
            throw new IllegalArgumentException("cannot parse SMARTS " + smarts);
        }
        if (needsSmartsFilters(query)) {
            this.df = null;
        } else {
            QueryAtomContainer cached = withCachedRingCounts(query);
            this.df = DfPattern.findSubstructure(rooted ? cached : MatchOrder.rarestAtomFirst(cached));
        }
    }

    /** Query atoms testing R<n> read {@link RingCounts} instead of recomputing a cycle basis per test. */
    private static QueryAtomContainer withCachedRingCounts(QueryAtomContainer query) {
        for (int i = 0; i < query.getAtomCount(); i++) {
            Expr expr = ((QueryAtom) AtomRef.deref(query.getAtom(i))).getExpression();
            if (RingCountQueryAtom.usesRingCount(expr)) {
                query.setAtom(i, new RingCountQueryAtom(expr));
            }
        }
        return query;
    }

    /** @throws IllegalArgumentException when CDK cannot parse the SMARTS */
    public static CompiledSmarts compile(String smarts) {
        return new CompiledSmarts(smarts, false);
    }

    /** As {@link #compile}, keeping the SMARTS' first atom as the match root, for {@link #matchesAt}. */
    public static CompiledSmarts compileRooted(String smarts) {
        return new CompiledSmarts(smarts, true);
    }

    public String smarts() {
        return smarts;
    }

    public boolean matches(IAtomContainer mol) {
        return df != null ? df.matches(mol) : vf.matches(mol);
    }

    /** Number of distinct atom sets matching, as RDKit's uniquified GetSubstructMatches counts them. */
    public int countUnique(IAtomContainer mol) {
        return df != null ? df.matchAll(mol).countUnique() : vf.matchAll(mol).countUnique();
    }

    /**
     * True when some match maps the SMARTS' first atom onto {@code atom} (an atom of its container).
     * Only for patterns made by {@link #compileRooted}.
     */
    public boolean matchesAt(IAtom atom) {
        if (!rooted) {
            throw new IllegalStateException("compiled without a fixed root: " + smarts);
        }
        if (df != null) {
            return df.matchesRoot(atom);
        }
        for (int[] match : vf.matchAll(atom.getContainer())) {
            if (match[0] == atom.getIndex()) {
                return true;
            }
        }
        return false;
    }

    /** Atom indices of the first match in Vento-Foggia order, or an empty array. */
    public int[] firstMatch(IAtomContainer mol) {
        int[] match = vf.match(mol);
        return match == null ? new int[0] : match;
    }

    /** Stereo, component-level grouping and atom maps are filtered differently by SmartsPattern. */
    private static boolean needsSmartsFilters(IAtomContainer query) {
        if (query.stereoElements().iterator().hasNext() || query.getProperty(COMPONENT_GROUPING) != null) {
            return true;
        }
        for (IAtom atom : query.atoms()) {
            if (atom.getProperty(CDKConstants.REACTION_GROUP) != null
                    || atom.getProperty(CDKConstants.ATOM_ATOM_MAPPING) != null) {
                return true;
            }
        }
        return false;
    }
}
