package org.denovo.core.chem.smarts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.AtomRef;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.isomorphism.matchers.QueryBond;
import org.openscience.cdk.smarts.Smarts;
import org.denovo.core.chem.structure.Molecules;

/**
 * A SMARTS query compiled to {@link AtomPredicate}s and {@link BondPredicate}s and matched by depth-first search over a
 * {@link TargetGraph}: the same matches as CDK's {@code DfPattern} (subgraph monomorphism, same primitive
 * semantics) without touching CDK objects. Query atoms are visited rarest first, each next atom a neighbour
 * of one already mapped, so candidates come from a mapped atom's adjacency rather than the whole molecule.
 * Immutable and shareable between threads; queries with stereo, component grouping or atom maps are refused
 * ({@link UnsupportedSmartsException}) because they need SmartsPattern's post-filters.
 */
public final class SubgraphPattern {
    private static final String COMPONENT_GROUPING = "COMPONENT.GROUPING";

    /** Query atoms in the original SMARTS, folded hydrogens included. */
    private final int querySize;
    /** Query atoms searched for (terminal hydrogens folded into their neighbour's count are not). */
    private final int size;
    /** order[k]: the query atom (original index) mapped at depth k. */
    private final int[] order;
    /** Indexed by original query atom. */
    private final AtomPredicate[] atomTests;
    private final int[] minDegree;
    /** Folded terminal [#1] neighbours of a query atom, and the bond test they share. */
    private final int[] foldedH;
    private final BondPredicate[] foldedBond;
    private final boolean folds;
    /** For depth k > 0: the depth of the mapped neighbour to extend from, or -1 to scan all atoms. */
    private final int[] parentDepth;
    private final BondPredicate[] parentBond;
    /** For depth k: further bonds to atoms mapped earlier, as depths and tests. */
    private final int[][] closureDepth;
    private final BondPredicate[][] closureBond;
    private final boolean rooted;
    /** Elements the first searched atom can have (ascending), or null to scan every atom. */
    private final int[] rootElements;
    /** The same query without folding, for counting distinct atom sets (hydrogens included); null if none folded. */
    private final SubgraphPattern unfolded;

    private SubgraphPattern(IAtomContainer query, boolean rooted, boolean foldHydrogens) {
        this.rooted = rooted;
        querySize = query.getAtomCount();
        atomTests = new AtomPredicate[querySize];
        minDegree = new int[querySize];
        Expr[] atomExprs = new Expr[querySize];
        for (int i = 0; i < querySize; i++) {
            IAtom atom = AtomRef.deref(query.getAtom(i));
            if (!(atom instanceof QueryAtom)) {
                throw new UnsupportedSmartsException("not a SMARTS query atom");
            }
            if (atom.getProperty(CDKConstants.REACTION_GROUP) != null
                    || atom.getProperty(CDKConstants.ATOM_ATOM_MAPPING) != null) {
                throw new UnsupportedSmartsException("atom maps or reaction groups");
            }
            atomExprs[i] = ((QueryAtom) atom).getExpression();
            atomTests[i] = AtomPredicate.compile(atomExprs[i]);
            minDegree[i] = query.getConnectedBondsCount(i);
        }
        BondPredicate[][] bondTests = new BondPredicate[querySize][querySize];
        Expr[][] bondExprs = new Expr[querySize][querySize];
        for (IBond bond : query.bonds()) {
            IBond b = BondRef.deref(bond);
            if (!(b instanceof QueryBond)) {
                throw new UnsupportedSmartsException("not a SMARTS query bond");
            }
            int u = query.indexOf(bond.getBegin());
            int v = query.indexOf(bond.getEnd());
            Expr expr = ((QueryBond) b).getExpression();
            BondPredicate test = BondPredicate.compile(expr);
            bondTests[u][v] = test;
            bondTests[v][u] = test;
            bondExprs[u][v] = expr;
            bondExprs[v][u] = expr;
        }
        boolean[] folded = new boolean[querySize];
        foldedH = new int[querySize];
        foldedBond = new BondPredicate[querySize];
        if (foldHydrogens) {
            foldTerminalHydrogens(query, atomExprs, bondExprs, bondTests, rooted, folded);
        }
        int searched = 0;
        for (int i = 0; i < querySize; i++) {
            searched += folded[i] ? 0 : 1;
            if (folded[i]) {
                int parent = query.indexOf(query.getConnectedAtomsList(query.getAtom(i)).get(0));
                foldedH[parent]++;
                foldedBond[parent] = bondTests[i][parent];
            }
        }
        size = searched;
        folds = searched < querySize;
        order = searchOrder(query, rooted, folded, searched);
        parentDepth = new int[size];
        parentBond = new BondPredicate[size];
        closureDepth = new int[size][];
        closureBond = new BondPredicate[size][];
        for (int k = 0; k < size; k++) {
            int atom = order[k];
            parentDepth[k] = -1;
            List<Integer> closures = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (bondTests[atom][order[j]] == null) {
                    continue;
                }
                if (parentDepth[k] < 0) {
                    parentDepth[k] = j;
                    parentBond[k] = bondTests[atom][order[j]];
                } else {
                    closures.add(j);
                }
            }
            closureDepth[k] = closures.stream().mapToInt(Integer::intValue).toArray();
            closureBond[k] = new BondPredicate[closures.size()];
            for (int c = 0; c < closures.size(); c++) {
                closureBond[k][c] = bondTests[atom][order[closures.get(c)]];
            }
        }
        boolean[] elements = size == 0 ? null : atomTests[order[0]].possibleElements();
        int[] rootZ = null;
        if (elements != null) {
            rootZ = java.util.stream.IntStream.range(0, elements.length).filter(z -> elements[z]).toArray();
            // element 0 collects out-of-range atomic numbers in the index, so it cannot stand for "no element"
            if (rootZ.length > 0 && rootZ[0] == 0) {
                rootZ = null;
            }
        }
        rootElements = rootZ;
        unfolded = folds ? new SubgraphPattern(query, rooted, false) : null;
    }

    /** The test of the SMARTS' first atom (the root of a recursive pattern). */
    AtomPredicate rootTest() {
        return atomTests[0];
    }

    /**
     * Marks terminal plain [#1] query atoms for folding: instead of mapping each one (and trying every
     * permutation of a CH3's hydrogens when a match fails later) their neighbour's image must keep as many
     * unused hydrogen neighbours. Only where all of an atom's terminal hydrogens share one bond expression.
     */
    private static void foldTerminalHydrogens(IAtomContainer query, Expr[] atomExprs, Expr[][] bondExprs,
                                              BondPredicate[][] bondTests, boolean rooted, boolean[] folded) {
        int n = query.getAtomCount();
        boolean[] candidate = new boolean[n];
        for (int i = 0; i < n; i++) {
            candidate[i] = (i > 0 || !rooted) && atomExprs[i].type() == Expr.Type.ELEMENT && atomExprs[i].value() == 1
                    && query.getConnectedBondsCount(i) == 1;
        }
        for (int i = 0; i < n; i++) {
            if (!candidate[i]) {
                continue;
            }
            int parent = query.indexOf(query.getConnectedAtomsList(query.getAtom(i)).get(0));
            if (candidate[parent]) {
                continue;
            }
            boolean sameBonds = true;
            for (int j = 0; j < n; j++) {
                if (j != i && candidate[j] && bondExprs[j][parent] != null
                        && !bondExprs[j][parent].equals(bondExprs[i][parent])) {
                    sameBonds = false;
                }
            }
            folded[i] = sameBonds;
        }
    }

    /**
     * Compiles a SMARTS.
     *
     * @throws IllegalArgumentException      when CDK cannot parse it
     * @throws UnsupportedSmartsException when it needs stereo, grouping or atom-map semantics
     */
    public static SubgraphPattern compile(String smarts) {
        return new SubgraphPattern(parse(smarts), false, true);
    }

    /** As {@link #compile}, keeping the SMARTS' first atom as the root, for {@link #matchesAt}. */
    public static SubgraphPattern compileRooted(String smarts) {
        return new SubgraphPattern(parse(smarts), true, true);
    }

    static SubgraphPattern compileRecursive(IAtomContainer subquery) {
        return new SubgraphPattern(subquery, true, true);
    }

    private static QueryAtomContainer parse(String smarts) {
        QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
        if (!Smarts.parse(query, smarts)) {
            throw new IllegalArgumentException("cannot parse SMARTS " + smarts);
        }
        if (query.stereoElements().iterator().hasNext() || query.getProperty(COMPONENT_GROUPING) != null) {
            throw new UnsupportedSmartsException("stereo or component grouping");
        }
        return query;
    }

    public int atomCount() {
        return querySize;
    }

    public boolean matches(TargetGraph g) {
        if (querySize == 0) {
            return true;
        }
        return firstMatch(g) != null;
    }

    /**
     * Target atoms of the first match found, indexed by query atom, or null. Terminal [#1] query atoms
     * folded into their neighbour (see {@link #foldTerminalHydrogens}) are reported as -1.
     */
    public int[] firstMatch(TargetGraph g) {
        if (querySize == 0) {
            return new int[0];
        }
        if (querySize > g.atomCount) {
            return null;
        }
        int[] mapped = new int[size];
        int[][] out = new int[1][];
        search(g, mapped, 0, -1, m -> {
            out[0] = m.clone();
            return true;
        });
        if (out[0] == null) {
            return null;
        }
        int[] byQueryAtom = new int[querySize];
        Arrays.fill(byQueryAtom, -1);
        for (int k = 0; k < size; k++) {
            byQueryAtom[order[k]] = out[0][k];
        }
        return byQueryAtom;
    }

    /** Number of distinct target atom sets matched, as RDKit's uniquified GetSubstructMatches counts them. */
    public int countUnique(TargetGraph g) {
        if (unfolded != null) {
            return unfolded.countUnique(g);
        }
        if (size == 0 || size > g.atomCount) {
            return 0;
        }
        Set<BitKey> seen = new HashSet<>();
        search(g, new int[size], 0, -1, m -> {
            seen.add(new BitKey(m));
            return false;
        });
        return seen.size();
    }

    /** True when some match maps the SMARTS' first atom onto {@code atom}; only for rooted patterns. */
    public boolean matchesAt(TargetGraph g, int atom) {
        if (!rooted) {
            throw new IllegalStateException("compiled without a fixed root");
        }
        if (size == 0 || querySize > g.atomCount) {
            return false;
        }
        return search(g, new int[size], 0, atom, m -> true);
    }

    boolean matchesRootMemoised(TargetGraph g, int atom) {
        byte[] memo = g.recursiveMemo(this);
        if (memo[atom] == 0) {
            memo[atom] = matchesAt(g, atom) ? (byte) 1 : (byte) 2;
        }
        return memo[atom] == 1;
    }

    private interface MatchSink {
        /** Receives the mapping by depth; true stops the search. */
        boolean accept(int[] mappedByDepth);
    }

    /** Depth-first extension of a partial mapping; true when the sink asked to stop. */
    private boolean search(TargetGraph g, int[] mapped, int k, int root, MatchSink sink) {
        if (k == size) {
            return (!folds || foldedHydrogensAvailable(g, mapped)) && sink.accept(mapped);
        }
        int parent = parentDepth[k];
        if (parent < 0) {
            if (k == 0 && root >= 0) {
                return tryAtom(g, mapped, k, root, root, sink);
            }
            if (k == 0 && rootElements != null) {
                for (int z : rootElements) {
                    for (int a : g.atomsOfElement(z)) {
                        if (tryAtom(g, mapped, k, a, root, sink)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            for (int a = 0; a < g.atomCount; a++) {
                if (tryAtom(g, mapped, k, a, root, sink)) {
                    return true;
                }
            }
            return false;
        }
        int from = mapped[parent];
        int[] nbrs = g.neighbours[from];
        int[] bonds = g.bondTo[from];
        BondPredicate bondTest = parentBond[k];
        for (int j = 0; j < nbrs.length; j++) {
            if (bondTest.test(g, bonds[j]) && tryAtom(g, mapped, k, nbrs[j], root, sink)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryAtom(TargetGraph g, int[] mapped, int k, int a, int root, MatchSink sink) {
        if (g.degree[a] < minDegree[order[k]]) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (mapped[j] == a) {
                return false;
            }
        }
        int[] closures = closureDepth[k];
        for (int c = 0; c < closures.length; c++) {
            int bond = g.bondBetween(a, mapped[closures[c]]);
            if (bond < 0 || !closureBond[k][c].test(g, bond)) {
                return false;
            }
        }
        int q = order[k];
        if (!atomTests[q].test(g, a) || foldedH[q] > 0 && hydrogenNeighbours(g, a, foldedBond[q], null, 0) < foldedH[q]) {
            return false;
        }
        mapped[k] = a;
        return search(g, mapped, k + 1, root, sink);
    }

    /** Every atom with folded hydrogens keeps enough hydrogen neighbours not used by the mapping. */
    private boolean foldedHydrogensAvailable(TargetGraph g, int[] mapped) {
        for (int k = 0; k < size; k++) {
            int q = order[k];
            if (foldedH[q] > 0 && hydrogenNeighbours(g, mapped[k], foldedBond[q], mapped, size) < foldedH[q]) {
                return false;
            }
        }
        return true;
    }

    /** Hydrogen neighbours of a over bonds passing the test, not among mapped[0..used). */
    private static int hydrogenNeighbours(TargetGraph g, int a, BondPredicate bond, int[] mapped, int used) {
        int[] nbrs = g.neighbours[a];
        int count = 0;
        for (int j = 0; j < nbrs.length; j++) {
            int h = nbrs[j];
            if (g.atomicNumber[h] != 1 || !bond.test(g, g.bondTo[a][j])) {
                continue;
            }
            boolean taken = false;
            for (int m = 0; m < used && !taken; m++) {
                taken = mapped[m] == h;
            }
            count += taken ? 0 : 1;
        }
        return count;
    }

    /** Query atoms in search order: a rare root (atom 0 when rooted), then always a neighbour of mapped atoms. */
    private static int[] searchOrder(IAtomContainer query, boolean rooted, boolean[] folded, int searched) {
        int n = query.getAtomCount();
        double[] frequency = new double[n];
        for (int i = 0; i < n; i++) {
            frequency[i] = MatchOrder.frequency(((QueryAtom) AtomRef.deref(query.getAtom(i))).getExpression());
        }
        boolean[] placed = folded.clone();
        int[] links = new int[n];
        int[] order = new int[searched];
        for (int k = 0; k < searched; k++) {
            int best = -1;
            boolean bestLinked = false;
            for (int i = 0; i < n; i++) {
                if (placed[i] || (k == 0 && rooted && i != 0)) {
                    continue;
                }
                boolean linked = links[i] > 0;
                if (best < 0 || linked && !bestLinked
                        || linked == bestLinked && (frequency[i] < frequency[best]
                        || frequency[i] == frequency[best] && links[i] > links[best])) {
                    best = i;
                    bestLinked = linked;
                }
            }
            order[k] = best;
            placed[best] = true;
            for (IBond bond : query.getConnectedBondsList(query.getAtom(best))) {
                links[query.indexOf(bond.getOther(query.getAtom(best)))]++;
            }
        }
        return order;
    }

    /** A matched atom set, for counting unique matches. */
    private record BitKey(long[] words) {
        BitKey(int[] atoms) {
            this(toWords(atoms));
        }

        private static long[] toWords(int[] atoms) {
            int max = 0;
            for (int a : atoms) {
                max = Math.max(max, a);
            }
            long[] words = new long[(max >> 6) + 1];
            for (int a : atoms) {
                words[a >> 6] |= 1L << (a & 63);
            }
            return words;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BitKey other && Arrays.equals(words, other.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }
}
