package org.denovo.core.chem.smarts;

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
import org.denovo.core.chem.structure.Molecules;

/**
 * One SMARTS compiled for molecules already prepared by {@link Molecules#perceive} (CDK's own preparation,
 * which would re-apply CDK's Daylight aromaticity, is never run).
 * <p>
 * Matching uses the array matcher {@link SubgraphPattern} wherever it can compile the query (the same matches
 * as CDK's, tested pattern by pattern), and CDK otherwise: its depth-first {@link DfPattern}, or
 * {@link SmartsPattern} for queries whose post-filters differ (stereo, component grouping, atom maps).
 * Callers matching many patterns against one molecule should flatten it once ({@link TargetGraph#of}) and use
 * the {@code TargetGraph} overloads.
 * <p>
 * Not thread-safe (CDK initialises recursive SMARTS lazily): compile one instance per thread.
 */
public final class CompiledSmarts {
    /** Query property CDK's SMARTS parser sets for component-level grouping, e.g. (C).(C). */
    private static final String COMPONENT_GROUPING = "COMPONENT.GROUPING";

    private final String smarts;
    /** True when the depth-first matcher keeps the SMARTS' atom order (see {@link MatchOrder}). */
    private final boolean rooted;
    /** The array matcher, used whenever it can compile the query; null otherwise. */
    private final SubgraphPattern fast;
    /** CDK's matchers, built only when {@link #fast} is null. */
    private final SmartsPattern vf;
    /** Null when the query needs SmartsPattern's own filters (or {@link #fast} matches). */
    private final DfPattern df;

    private CompiledSmarts(String smarts, boolean rooted) {
        this(smarts, rooted, true);
    }

    private CompiledSmarts(String smarts, boolean rooted, boolean arrayMatcher) {
        this.smarts = smarts;
        this.rooted = rooted;
        this.fast = arrayMatcher ? arrayPattern(smarts, rooted) : null;
        if (fast != null) {
            this.vf = null;
            this.df = null;
            return;
        }
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

    private static SubgraphPattern arrayPattern(String smarts, boolean rooted) {
        try {
            return rooted ? SubgraphPattern.compileRooted(smarts) : SubgraphPattern.compile(smarts);
        } catch (UnsupportedSmartsException e) {
            return null; // matched by CDK
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

    /** As {@link #compile}, matching with CDK's matchers only: the reference the array matcher is tested against. */
    public static CompiledSmarts compileCdkOnly(String smarts) {
        return new CompiledSmarts(smarts, false, false);
    }

    /** As {@link #compile}, keeping the SMARTS' first atom as the match root, for {@link #matchesAt}. */
    public static CompiledSmarts compileRooted(String smarts) {
        return new CompiledSmarts(smarts, true);
    }

    public String smarts() {
        return smarts;
    }

    public boolean matches(IAtomContainer mol) {
        if (fast != null) {
            return fast.matches(TargetGraph.of(mol));
        }
        return df != null ? df.matches(mol) : vf.matches(mol);
    }

    /** As {@link #matches(IAtomContainer)} on a molecule already flattened (cheaper for many patterns). */
    public boolean matches(TargetGraph g) {
        return fast != null ? fast.matches(g) : matches(cdkMolecule(g));
    }

    /** Number of distinct atom sets matching, as RDKit's uniquified GetSubstructMatches counts them. */
    public int countUnique(IAtomContainer mol) {
        if (fast != null) {
            return fast.countUnique(TargetGraph.of(mol));
        }
        return df != null ? df.matchAll(mol).countUnique() : vf.matchAll(mol).countUnique();
    }

    public int countUnique(TargetGraph g) {
        return fast != null ? fast.countUnique(g) : countUnique(cdkMolecule(g));
    }

    /** True when some match maps the SMARTS' first atom onto {@code atom}; only for {@link #compileRooted}. */
    public boolean matchesAt(TargetGraph g, int atom) {
        if (fast != null) {
            return fast.matchesAt(g, atom);
        }
        return matchesAt(cdkMolecule(g).getAtom(atom));
    }

    /** The CDK molecule behind a graph, for queries only CDK can match; graphs with added atoms have none. */
    private IAtomContainer cdkMolecule(TargetGraph g) {
        if (g.atomCount() != g.molecule().getAtomCount()) {
            throw new IllegalStateException("SMARTS needs CDK's matcher, which cannot match a graph with added hydrogens: " + smarts);
        }
        return g.molecule();
    }

    /**
     * True when some match maps the SMARTS' first atom onto {@code atom} (an atom of its container).
     * Only for patterns made by {@link #compileRooted}.
     */
    public boolean matchesAt(IAtom atom) {
        if (!rooted) {
            throw new IllegalStateException("compiled without a fixed root: " + smarts);
        }
        if (fast != null) {
            return fast.matchesAt(TargetGraph.of(atom.getContainer()), atom.getIndex());
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

    /** Atom indices of the first match (indexed by query atom), or an empty array. */
    public int[] firstMatch(IAtomContainer mol) {
        if (fast != null) {
            int[] match = fast.firstMatch(TargetGraph.of(mol));
            return match == null ? new int[0] : match;
        }
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
