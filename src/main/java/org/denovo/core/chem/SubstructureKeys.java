package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.AtomRef;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryBond;
import org.denovo.core.chem.smarts.TargetGraph;

/**
 * A substructure screen: every simple path of up to {@value #MAX_BONDS} bonds in a molecule, spelled as atom
 * kinds (element, aromatic) and bond kinds (aromatic, or order 1, 2, 3; see {@link #bondKind}), hashed into
 * {@value #BITS} bits.
 * A SMARTS path whose atoms and bonds are pinned down to a few kinds can only map onto a molecule path of one
 * of those spellings, so a molecule lacking all of them cannot match. Anything the query leaves open
 * (any atom, any bond, negations) ends a path, so the screen never drops a true match.
 */
public final class SubstructureKeys {
    public static final int WORDS = 32;
    static final int BITS = WORDS * 64;
    static final int MAX_BONDS = 3;
    private static final int MAX_SPELLINGS = 32;
    private static final int MAX_ELEMENT = 128;

    private static final int AROMATIC = 0;
    private static final int SINGLE = 1;
    private static final int DOUBLE = 2;
    private static final int TRIPLE = 3;
    private static final int OTHER = 4;

    private SubstructureKeys() {
    }

    /** The keys of a molecule (its flattened heavy-atom graph). */
    public static Fingerprint of(TargetGraph g) {
        long[] bits = new long[WORDS];
        int[] atoms = new int[MAX_BONDS + 1];
        int[] kinds = new int[2 * MAX_BONDS + 1];
        for (int a = 0; a < g.atomCount(); a++) {
            atoms[0] = a;
            kinds[0] = atomKind(g, a);
            set(bits, hash(kinds, 1));
            walk(g, atoms, kinds, 0, bits);
            branches(g, a, bits);
        }
        return new Fingerprint(bits);
    }

    /** Branch keys: an atom with every pair and every triple of its (bond, neighbour) spellings. */
    private static void branches(TargetGraph g, int a, long[] bits) {
        int d = g.neighbourCount(a);
        if (d < 2) {
            return;
        }
        int[] arms = new int[d];
        for (int k = 0; k < d; k++) {
            int next = g.neighbour(a, k);
            arms[k] = arm(bondKind(g, g.bondTo(a, k), g.isAromatic(a) && g.isAromatic(next)), atomKind(g, next));
        }
        int centre = atomKind(g, a);
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                set(bits, branchHash(centre, new int[] {arms[i], arms[j]}));
                for (int k = j + 1; k < d; k++) {
                    set(bits, branchHash(centre, new int[] {arms[i], arms[j], arms[k]}));
                }
            }
        }
    }

    private static int arm(int bondKind, int atomKind) {
        return bondKind * 512 + atomKind;
    }

    private static int branchHash(int centre, int[] arms) {
        java.util.Arrays.sort(arms);
        int[] spelling = new int[arms.length + 2];
        spelling[0] = -1; // keeps branch keys apart from path keys
        spelling[1] = centre;
        System.arraycopy(arms, 0, spelling, 2, arms.length);
        int h = 0x01000193;
        for (int v : spelling) {
            h = (h ^ v) * 0x01000193;
        }
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return Math.floorMod(h, BITS);
    }

    /** Branch masks of a query: each atom with up to three pinned-down arms. */
    private static void branchRequirements(IAtomContainer query, int[][] atomKinds, List<long[]> masks) {
        for (int c = 0; c < query.getAtomCount(); c++) {
            if (atomKinds[c] == null) {
                continue;
            }
            List<int[]> armChoices = new ArrayList<>();
            List<int[]> armEnds = new ArrayList<>();
            for (IBond bond : query.getConnectedBondsList(query.getAtom(c))) {
                int next = query.indexOf(bond.getOther(query.getAtom(c)));
                int[] bondKinds = bondKinds(((QueryBond) BondRef.deref(bond)).getExpression());
                if (atomKinds[next] != null && bondKinds != null && armChoices.size() < 3) {
                    armChoices.add(bondKinds);
                    armEnds.add(atomKinds[next]);
                }
            }
            if (armChoices.size() < 2) {
                continue;
            }
            long[] mask = new long[WORDS];
            int spellings = 0;
            for (int centre : atomKinds[c]) {
                List<int[]> partial = new ArrayList<>();
                partial.add(new int[0]);
                for (int i = 0; i < armChoices.size(); i++) {
                    List<int[]> grown = new ArrayList<>();
                    for (int[] p : partial) {
                        for (int b : armChoices.get(i)) {
                            for (int e : armEnds.get(i)) {
                                int bond = b == SINGLE && (centre & 1) == 1 && (e & 1) == 1 ? AROMATIC : b;
                                int[] t = java.util.Arrays.copyOf(p, p.length + 1);
                                t[p.length] = arm(bond, e);
                                grown.add(t);
                            }
                        }
                    }
                    partial = grown;
                }
                for (int[] arms : partial) {
                    set(mask, branchHash(centre, arms));
                    spellings++;
                }
            }
            if (spellings <= MAX_SPELLINGS) {
                masks.add(mask);
            }
        }
    }

    private static void walk(TargetGraph g, int[] atoms, int[] kinds, int depth, long[] bits) {
        if (depth == MAX_BONDS) {
            return;
        }
        int from = atoms[depth];
        for (int k = 0; k < g.neighbourCount(from); k++) {
            int next = g.neighbour(from, k);
            boolean used = false;
            for (int i = 0; i <= depth && !used; i++) {
                used = atoms[i] == next;
            }
            if (used) {
                continue;
            }
            atoms[depth + 1] = next;
            kinds[2 * depth + 1] = bondKind(g, g.bondTo(from, k), g.isAromatic(from) && g.isAromatic(next));
            kinds[2 * depth + 2] = atomKind(g, next);
            set(bits, hash(kinds, 2 * depth + 3));
            walk(g, atoms, kinds, depth + 1, bits);
        }
    }

    /**
     * For each pinned-down path of a parsed SMARTS query, the mask of its possible spellings; a molecule can
     * match only if its keys meet every mask.
     */
    public static long[][] requirements(IAtomContainer query) {
        int n = query.getAtomCount();
        int[][] atomKinds = new int[n][];
        for (int i = 0; i < n; i++) {
            atomKinds[i] = atomKinds(((QueryAtom) AtomRef.deref(query.getAtom(i))).getExpression());
        }
        List<long[]> masks = new ArrayList<>();
        // only maximal paths: a molecule holding a path holds its sub-paths, so shorter masks add little
        for (int start = 0; start < n; start++) {
            if (atomKinds[start] != null) {
                List<int[]> spellings = new ArrayList<>();
                for (int kind : atomKinds[start]) {
                    spellings.add(new int[] {kind});
                }
                queryPaths(query, atomKinds, new int[] {start}, spellings, masks);
            }
        }
        branchRequirements(query, atomKinds, masks);
        java.util.Map<String, long[]> distinct = new java.util.LinkedHashMap<>();
        for (long[] mask : masks) {
            distinct.putIfAbsent(java.util.Arrays.toString(mask), mask);
        }
        return distinct.values().toArray(new long[0][]);
    }

    private static void queryPaths(IAtomContainer query, int[][] atomKinds, int[] path, List<int[]> spellings,
                                   List<long[]> masks) {
        if (spellings.size() > MAX_SPELLINGS || spellings.isEmpty()) {
            return;
        }
        int before = masks.size();
        int last = path[path.length - 1];
        if (path.length <= MAX_BONDS) {
            extend(query, atomKinds, path, spellings, masks, last);
        }
        if (masks.size() == before) {
            long[] mask = new long[WORDS];
            for (int[] spelling : spellings) {
                set(mask, hash(spelling, spelling.length));
            }
            masks.add(mask);
        }
    }

    private static void extend(IAtomContainer query, int[][] atomKinds, int[] path, List<int[]> spellings,
                               List<long[]> masks, int last) {
        for (IBond bond : query.getConnectedBondsList(query.getAtom(last))) {
            int next = query.indexOf(bond.getOther(query.getAtom(last)));
            boolean used = false;
            for (int a : path) {
                used |= a == next;
            }
            int[] bondKinds = bondKinds(((QueryBond) BondRef.deref(bond)).getExpression());
            if (used || atomKinds[next] == null || bondKinds == null) {
                continue;
            }
            java.util.Map<String, int[]> longer = new java.util.LinkedHashMap<>();
            for (int[] s : spellings) {
                for (int b : bondKinds) {
                    for (int a : atomKinds[next]) {
                        int[] t = java.util.Arrays.copyOf(s, s.length + 2);
                        boolean aromaticEnds = (s[s.length - 1] & 1) == 1 && (a & 1) == 1;
                        t[s.length] = b == SINGLE && aromaticEnds ? AROMATIC : b;
                        t[s.length + 1] = a;
                        longer.putIfAbsent(java.util.Arrays.toString(t), t);
                    }
                }
            }
            int[] extended = java.util.Arrays.copyOf(path, path.length + 1);
            extended[path.length] = next;
            queryPaths(query, atomKinds, extended, new ArrayList<>(longer.values()), masks);
        }
    }

    public static boolean mayMatch(long[][] requirements, long[] keys) {
        for (long[] mask : requirements) {
            boolean met = false;
            for (int w = 0; w < WORDS && !met; w++) {
                met = (mask[w] & keys[w]) != 0;
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    private static int atomKind(TargetGraph g, int a) {
        int z = g.atomicNumber(a);
        return (z >= 0 && z < MAX_ELEMENT ? z : 0) * 2 + (g.isAromatic(a) ? 1 : 0);
    }

    /**
     * A single bond between two aromatic atoms (a biaryl link) is spelled like an aromatic bond: SMARTS' default
     * bond between aromatic atoms ("single or aromatic") then has one spelling instead of two.
     */
    private static int bondKind(TargetGraph g, int b, boolean aromaticEnds) {
        if (g.isBondAromatic(b) || aromaticEnds && g.bondOrder(b) == 1) {
            return AROMATIC;
        }
        return switch (g.bondOrder(b)) {
            case 1 -> SINGLE;
            case 2 -> DOUBLE;
            case 3 -> TRIPLE;
            default -> OTHER;
        };
    }

    /** Atom kinds an expression allows, or null when it could be many (any element, negations, ...). */
    static int[] atomKinds(Expr expr) {
        boolean[] kinds = new boolean[2 * MAX_ELEMENT];
        if (!fillAtomKinds(expr, kinds)) {
            return null;
        }
        int count = 0;
        for (boolean k : kinds) {
            count += k ? 1 : 0;
        }
        if (count == 0 || count > 8) {
            return null;
        }
        int[] out = new int[count];
        int i = 0;
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k]) {
                out[i++] = k;
            }
        }
        return out;
    }

    /** Adds the kinds an expression allows; false when it cannot be bounded. */
    private static boolean fillAtomKinds(Expr expr, boolean[] kinds) {
        switch (expr.type()) {
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT: {
                int z = expr.value();
                if (z <= 0 || z >= MAX_ELEMENT) {
                    return false;
                }
                kinds[2 * z] |= expr.type() != Expr.Type.AROMATIC_ELEMENT;
                kinds[2 * z + 1] |= expr.type() != Expr.Type.ALIPHATIC_ELEMENT;
                return true;
            }
            case OR:
                return fillAtomKinds(expr.left(), kinds) && fillAtomKinds(expr.right(), kinds);
            case AND: {
                // the kinds of one side bound the conjunction (further restricted by an aromaticity primitive)
                boolean[] left = new boolean[kinds.length];
                boolean[] right = new boolean[kinds.length];
                boolean l = fillAtomKinds(expr.left(), left);
                boolean r = fillAtomKinds(expr.right(), right);
                if (!l && !r) {
                    return false;
                }
                for (int k = 0; k < kinds.length; k++) {
                    boolean allowed = (!l || left[k]) && (!r || right[k]);
                    allowed &= aromaticityAllows(expr.left(), k) && aromaticityAllows(expr.right(), k);
                    kinds[k] |= allowed;
                }
                return true;
            }
            case RECURSIVE: {
                IAtomContainer sub = expr.subquery();
                return sub.getAtomCount() > 0
                        && fillAtomKinds(((QueryAtom) AtomRef.deref(sub.getAtom(0))).getExpression(), kinds);
            }
            default:
                return false;
        }
    }

    private static boolean aromaticityAllows(Expr expr, int kind) {
        if (expr.type() == Expr.Type.IS_AROMATIC) {
            return (kind & 1) == 1;
        }
        if (expr.type() == Expr.Type.IS_ALIPHATIC) {
            return (kind & 1) == 0;
        }
        return true;
    }

    /** Bond kinds a bond expression allows, or null when any bond could match. */
    static int[] bondKinds(Expr expr) {
        int mask = bondMask(expr);
        if (mask == ANY_BOND) {
            return null;
        }
        int[] out = new int[Integer.bitCount(mask)];
        int i = 0;
        for (int k = 0; k <= OTHER; k++) {
            if ((mask & (1 << k)) != 0) {
                out[i++] = k;
            }
        }
        return out;
    }

    private static final int ANY_BOND = (1 << (OTHER + 1)) - 1;

    private static int bondMask(Expr expr) {
        switch (expr.type()) {
            case ALIPHATIC_ORDER:
                return 1 << orderKind(expr.value());
            case ORDER:
                // an aromatic bond keeps a Kekulé order, so ORDER k also matches aromatic bonds
                return (1 << orderKind(expr.value())) | (1 << AROMATIC);
            case IS_AROMATIC:
                return 1 << AROMATIC;
            case SINGLE_OR_AROMATIC:
                return (1 << SINGLE) | (1 << AROMATIC);
            case DOUBLE_OR_AROMATIC:
                return (1 << DOUBLE) | (1 << AROMATIC);
            case SINGLE_OR_DOUBLE:
                return (1 << SINGLE) | (1 << DOUBLE) | (1 << AROMATIC);
            case AND:
                return bondMask(expr.left()) & bondMask(expr.right());
            case OR:
                return bondMask(expr.left()) | bondMask(expr.right());
            default:
                return ANY_BOND;
        }
    }

    private static int orderKind(int order) {
        return switch (order) {
            case 1 -> SINGLE;
            case 2 -> DOUBLE;
            case 3 -> TRIPLE;
            default -> OTHER;
        };
    }

    private static void set(long[] bits, int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    /** Hash of a spelling read in its canonical direction (a path and its reverse are the same path). */
    private static int hash(int[] kinds, int length) {
        boolean reverse = false;
        for (int i = 0, j = length - 1; i < j; i++, j--) {
            if (kinds[i] != kinds[j]) {
                reverse = kinds[j] < kinds[i];
                break;
            }
        }
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            h = (h ^ kinds[reverse ? length - 1 - i : i]) * 0x01000193;
        }
        h ^= length * 0x9E3779B1;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return Math.floorMod(h, BITS);
    }
}
