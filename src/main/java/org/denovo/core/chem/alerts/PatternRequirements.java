package org.denovo.core.chem.alerts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.AtomRef;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryBond;

/**
 * Necessary conditions for a SMARTS to match, derived from its parsed query, checked against a
 * {@link MoleculeSummary} before the full (expensive) subgraph match. Conservative by construction:
 * only AND/OR of element, aromaticity and ring primitives are interpreted, anything else (NOT, degree,
 * charge, ...) is treated as "could be any atom", so a pattern is never skipped when it could match.
 */
final class PatternRequirements {
    /** Matches everything: used when screening is switched off. */
    static final PatternRequirements NONE = new PatternRequirements(0, 0, false, false, new int[0][], new int[0]);

    private final int minAtoms;
    private final int minBonds;
    private final boolean needsRing;
    private final boolean needsAromatic;
    /** Element groups: the molecule needs at least groupCounts[i] atoms whose element is in groups[i]. */
    private final int[][] groups;
    private final int[] groupCounts;

    private PatternRequirements(int minAtoms, int minBonds, boolean needsRing, boolean needsAromatic,
                                int[][] groups, int[] groupCounts) {
        this.minAtoms = minAtoms;
        this.minBonds = minBonds;
        this.needsRing = needsRing;
        this.needsAromatic = needsAromatic;
        this.groups = groups;
        this.groupCounts = groupCounts;
    }

    boolean mayMatch(MoleculeSummary mol) {
        if (mol.atomCount < minAtoms || mol.bondCount < minBonds
                || (needsRing && !mol.hasRingBond) || (needsAromatic && !mol.hasAromaticAtom)) {
            return false;
        }
        for (int i = 0; i < groups.length; i++) {
            int available = 0;
            for (int element : groups[i]) {
                available += mol.elementCounts[element];
            }
            if (available < groupCounts[i]) {
                return false;
            }
        }
        return true;
    }

    /** Derives the requirements of a parsed SMARTS query. */
    static PatternRequirements of(IAtomContainer query) {
        boolean ring = hasCycle(query);
        boolean aromatic = false;
        List<BitSet> atomElements = new ArrayList<>();
        for (IAtom atom : query.atoms()) {
            Expr expr = ((QueryAtom) AtomRef.deref(atom)).getExpression();
            ring |= needsRing(expr);
            aromatic |= needsAromatic(expr);
            BitSet elements = elements(expr);
            if (elements != null) {
                atomElements.add(elements);
            }
        }
        for (IBond bond : query.bonds()) {
            Expr expr = ((QueryBond) BondRef.deref(bond)).getExpression();
            ring |= needsRing(expr);
            aromatic |= needsAromatic(expr);
        }
        // Each distinct element set S needs as many molecule atoms as query atoms restricted to a subset of S.
        Map<BitSet, Integer> counts = new LinkedHashMap<>();
        for (BitSet group : atomElements) {
            if (counts.containsKey(group)) {
                continue;
            }
            int n = 0;
            for (BitSet other : atomElements) {
                BitSet outside = (BitSet) other.clone();
                outside.andNot(group);
                n += outside.isEmpty() ? 1 : 0;
            }
            counts.put(group, n);
        }
        int[][] groups = new int[counts.size()][];
        int[] groupCounts = new int[counts.size()];
        int i = 0;
        for (Map.Entry<BitSet, Integer> e : counts.entrySet()) {
            groups[i] = e.getKey().stream().toArray();
            groupCounts[i++] = e.getValue();
        }
        return new PatternRequirements(query.getAtomCount(), query.getBondCount(), ring, aromatic, groups, groupCounts);
    }

    /** The elements an atom expression can match, or null when it could be any element. */
    static BitSet elements(Expr expr) {
        switch (expr.type()) {
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT:
                if (expr.value() <= 0 || expr.value() >= MoleculeSummary.MAX_ELEMENT) {
                    return null;
                }
                BitSet single = new BitSet();
                single.set(expr.value());
                return single;
            case FALSE:
                return new BitSet();
            case AND: {
                BitSet left = elements(expr.left());
                BitSet right = elements(expr.right());
                if (left == null) {
                    return right;
                }
                if (right != null) {
                    left.and(right);
                }
                return left;
            }
            case OR: {
                BitSet left = elements(expr.left());
                BitSet right = elements(expr.right());
                if (left == null || right == null) {
                    return null;
                }
                left.or(right);
                return left;
            }
            case RECURSIVE:
                // the first atom of a recursive SMARTS is the atom being tested
                IAtomContainer sub = expr.subquery();
                return sub.getAtomCount() == 0 ? null : elements(((QueryAtom) AtomRef.deref(sub.getAtom(0))).getExpression());
            default:
                return null;
        }
    }

    /** True when every atom or bond matching the expression lies in a ring. */
    static boolean needsRing(Expr expr) {
        switch (expr.type()) {
            case IS_IN_RING:
            case RING_SMALLEST:
            case RING_SIZE:
            case IS_AROMATIC:
            case AROMATIC_ELEMENT:
                return true;
            case RING_COUNT:
            case RING_BOND_COUNT:
                return expr.value() > 0;
            case AND:
                return needsRing(expr.left()) || needsRing(expr.right());
            case OR:
                return needsRing(expr.left()) && needsRing(expr.right());
            default:
                return false;
        }
    }

    /** True when every atom or bond matching the expression is aromatic. */
    static boolean needsAromatic(Expr expr) {
        switch (expr.type()) {
            case IS_AROMATIC:
            case AROMATIC_ELEMENT:
                return true;
            case AND:
                return needsAromatic(expr.left()) || needsAromatic(expr.right());
            case OR:
                return needsAromatic(expr.left()) && needsAromatic(expr.right());
            default:
                return false;
        }
    }

    /** A cycle in the query can only map onto a cycle of the molecule. */
    private static boolean hasCycle(IAtomContainer query) {
        // a graph is a forest iff bonds = atoms - components
        int[] parent = new int[query.getAtomCount()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (IBond bond : query.bonds()) {
            int a = find(parent, query.indexOf(bond.getBegin()));
            int b = find(parent, query.indexOf(bond.getEnd()));
            if (a == b) {
                return true;
            }
            parent[a] = b;
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
