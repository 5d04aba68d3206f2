package org.denovo.core.chem.smarts;

import org.openscience.cdk.AtomRef;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;

/**
 * A SMARTS atom expression compiled from CDK's parsed {@link Expr}, evaluated on a {@link TargetGraph} with
 * exactly the semantics of {@code Expr.matches(IAtom)} for molecules without stereo queries.
 * Immutable and shareable between threads.
 */
public final class AtomPredicate {
    private final Expr.Type type;
    private final int value;
    private final AtomPredicate left;
    private final AtomPredicate right;
    /** For RECURSIVE: the sub-pattern, rooted at its first atom. */
    private final SubgraphPattern recursive;
    /**
     * For an OR of element primitives (e.g. [Cl,Br,I] or a metal list): allowed[z * 2 + aromatic]; the test is
     * then one lookup. Null for every other node.
     */
    private final boolean[] allowed;

    private AtomPredicate(Expr.Type type, int value, AtomPredicate left, AtomPredicate right, SubgraphPattern recursive) {
        this(type, value, left, right, recursive, null);
    }

    private AtomPredicate(Expr.Type type, int value, AtomPredicate left, AtomPredicate right, SubgraphPattern recursive,
                     boolean[] allowed) {
        this.type = type;
        this.value = value;
        this.left = left;
        this.right = right;
        this.recursive = recursive;
        this.allowed = allowed;
    }

    /** @throws UnsupportedSmartsException for primitives this matcher does not evaluate */
    public static AtomPredicate compile(Expr expr) {
        Expr.Type type = expr.type();
        boolean[] elements = type == Expr.Type.OR ? elementTable(expr) : null;
        if (elements != null) {
            return new AtomPredicate(type, 0, null, null, null, elements);
        }
        switch (type) {
            case AND:
            case OR:
                return new AtomPredicate(type, 0, compile(expr.left()), compile(expr.right()), null);
            case NOT:
                if (expr.left().type() == Expr.Type.STEREOCHEMISTRY) {
                    throw new UnsupportedSmartsException("stereo query");
                }
                return new AtomPredicate(type, 0, compile(expr.left()), null, null);
            case RECURSIVE:
                if (expr.subquery().getAtomCount() == 1) {
                    // $(X) with one atom and no bonds holds exactly where X does
                    return compile(((QueryAtom) AtomRef.deref(expr.subquery().getAtom(0))).getExpression());
                }
                return new AtomPredicate(type, 0, null, null, SubgraphPattern.compileRecursive(expr.subquery()));
            case TRUE: case FALSE: case IS_AROMATIC: case IS_ALIPHATIC: case IS_IN_RING: case IS_IN_CHAIN:
            case IS_HETERO: case HAS_IMPLICIT_HYDROGEN: case HAS_ISOTOPE: case HAS_UNSPEC_ISOTOPE:
            case UNSATURATED: case ELEMENT: case ALIPHATIC_ELEMENT: case AROMATIC_ELEMENT: case IMPL_H_COUNT:
            case TOTAL_H_COUNT: case DEGREE: case HEAVY_DEGREE: case TOTAL_DEGREE: case VALENCE: case ISOTOPE:
            case FORMAL_CHARGE: case RING_BOND_COUNT: case RING_COUNT: case RING_SMALLEST: case RING_SIZE:
            case HETERO_SUBSTITUENT_COUNT: case INSATURATION: case PERIODIC_GROUP:
                return new AtomPredicate(type, expr.value(), null, null, null);
            default:
                throw new UnsupportedSmartsException("atom primitive " + type);
        }
    }

    /** A lookup table when every leaf of an OR tree is an element primitive (through one-atom $()), else null. */
    private static boolean[] elementTable(Expr expr) {
        boolean[] table = new boolean[TABLE_SIZE];
        return fillElements(expr, table) ? table : null;
    }

    private static final int TABLE_SIZE = 256;

    private static boolean fillElements(Expr expr, boolean[] table) {
        switch (expr.type()) {
            case OR:
                return fillElements(expr.left(), table) && fillElements(expr.right(), table);
            case RECURSIVE:
                return expr.subquery().getAtomCount() == 1
                        && fillElements(((QueryAtom) AtomRef.deref(expr.subquery().getAtom(0))).getExpression(), table);
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT: {
                int z = expr.value();
                if (z < 0 || 2 * z + 1 >= TABLE_SIZE) {
                    return false;
                }
                table[2 * z] |= expr.type() != Expr.Type.AROMATIC_ELEMENT;
                table[2 * z + 1] |= expr.type() != Expr.Type.ALIPHATIC_ELEMENT;
                return true;
            }
            default:
                return false;
        }
    }

    /**
     * The elements this test can match (as a table indexed by atomic number), or null when any element could.
     * Used to pick root candidates by element.
     */
    boolean[] possibleElements() {
        if (allowed != null) {
            boolean[] out = new boolean[TABLE_SIZE / 2];
            for (int z = 0; z < out.length; z++) {
                out[z] = allowed[2 * z] || allowed[2 * z + 1];
            }
            return out;
        }
        switch (type) {
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT: {
                if (value < 0 || value >= TABLE_SIZE / 2) {
                    return null;
                }
                boolean[] out = new boolean[TABLE_SIZE / 2];
                out[value] = true;
                return out;
            }
            case FALSE:
                return new boolean[TABLE_SIZE / 2];
            case AND: {
                boolean[] l = left.possibleElements();
                boolean[] r = right.possibleElements();
                if (l == null || r == null) {
                    return l == null ? r : l;
                }
                for (int z = 0; z < l.length; z++) {
                    l[z] &= r[z];
                }
                return l;
            }
            case OR: {
                boolean[] l = left.possibleElements();
                boolean[] r = right.possibleElements();
                if (l == null || r == null) {
                    return null;
                }
                for (int z = 0; z < l.length; z++) {
                    l[z] |= r[z];
                }
                return l;
            }
            case RECURSIVE:
                return recursive.rootTest().possibleElements();
            default:
                return null;
        }
    }

    /**
     * False only when the atom certainly fails the test: a cheap necessary condition for pre-screens. Recursive
     * SMARTS are judged by their first atom alone, ring-size tests are assumed to hold, and a negation of
     * anything inexact is assumed to hold.
     */
    public boolean mayMatch(TargetGraph g, int a) {
        if (allowed != null) {
            return test(g, a);
        }
        switch (type) {
            case AND:
                return left.mayMatch(g, a) && right.mayMatch(g, a);
            case OR:
                return left.mayMatch(g, a) || right.mayMatch(g, a);
            case NOT:
                return !left.isExact() || !left.test(g, a);
            case RECURSIVE:
                return recursive.rootTest().mayMatch(g, a);
            case RING_SIZE:
            case RING_SMALLEST:
                return true;
            default:
                return test(g, a);
        }
    }

    /** True when {@link #mayMatch} is exact for this node: no recursive SMARTS or ring-size test inside. */
    private boolean isExact() {
        if (allowed != null) {
            return true;
        }
        switch (type) {
            case RECURSIVE:
            case RING_SIZE:
            case RING_SMALLEST:
                return false;
            case AND:
            case OR:
                return left.isExact() && right.isExact();
            case NOT:
                return left.isExact();
            default:
                return true;
        }
    }

    /** The recursive sub-pattern of a RECURSIVE test, else null. */
    SubgraphPattern recursive() {
        return recursive;
    }

    Expr.Type type() {
        return type;
    }

    int value() {
        return value;
    }

    AtomPredicate left() {
        return left;
    }

    AtomPredicate right() {
        return right;
    }

    boolean test(TargetGraph g, int a) {
        if (allowed != null) {
            int z = g.atomicNumber[a];
            return z >= 0 && 2 * z + 1 < TABLE_SIZE && allowed[2 * z + (g.aromatic[a] ? 1 : 0)];
        }
        switch (type) {
            case TRUE:
                return true;
            case FALSE:
                return false;
            case AND:
                return left.test(g, a) && right.test(g, a);
            case OR:
                return left.test(g, a) || right.test(g, a);
            case NOT:
                return !left.test(g, a);
            case ELEMENT:
                return g.atomicNumber[a] == value;
            case ALIPHATIC_ELEMENT:
                return !g.aromatic[a] && g.atomicNumber[a] == value;
            case AROMATIC_ELEMENT:
                return g.aromatic[a] && g.atomicNumber[a] == value;
            case IS_AROMATIC:
                return g.aromatic[a];
            case IS_ALIPHATIC:
                return !g.aromatic[a];
            case IS_IN_RING:
                return g.inRing[a];
            case IS_IN_CHAIN:
                return !g.inRing[a];
            case IS_HETERO: {
                int z = g.atomicNumber[a];
                return z != 6 && z != 1;
            }
            case HAS_IMPLICIT_HYDROGEN:
                return g.implicitH[a] != TargetGraph.NULL_VALUE && g.implicitH[a] > 0;
            case HAS_ISOTOPE:
                return g.massNumber[a] != TargetGraph.NULL_VALUE;
            case HAS_UNSPEC_ISOTOPE:
                return g.massNumber[a] == TargetGraph.NULL_VALUE;
            case UNSATURATED:
                return g.insaturation[a] > 0;
            case IMPL_H_COUNT:
                return g.implicitH[a] == value;
            case TOTAL_H_COUNT:
                if (g.implicitH[a] != TargetGraph.NULL_VALUE && g.implicitH[a] > value) {
                    return false;
                }
                return g.totalH[a] == value;
            case DEGREE:
                return g.degree[a] == value;
            case HEAVY_DEGREE:
                return g.degree[a] - (g.totalH[a] - implicitH(g, a)) == value;
            case TOTAL_DEGREE:
                return g.degree[a] + implicitH(g, a) == value;
            case VALENCE: {
                int v = implicitH(g, a);
                if (v > value) {
                    return false;
                }
                return v + g.bondOrderSum[a] == value;
            }
            case ISOTOPE:
                return g.massNumber[a] == value;
            case FORMAL_CHARGE:
                return g.charge[a] == value;
            case RING_BOND_COUNT:
                if (!g.inRing[a] || g.degree[a] < value) {
                    return false;
                }
                return g.ringBonds[a] == value;
            case RING_COUNT:
                return g.inRing[a] && g.ringCount(a) == value;
            case RING_SMALLEST:
                return g.inRing[a] && g.smallestRingIsMemoised(a, value);
            case RING_SIZE:
                return g.inRing[a] && g.inRingOfSizeMemoised(a, value);
            case HETERO_SUBSTITUENT_COUNT:
                if (g.degree[a] < value) {
                    return false;
                }
                return g.heteroNeighbours[a] == value;
            case INSATURATION:
                return g.insaturation[a] == value;
            case PERIODIC_GROUP:
                return g.atomicNumber[a] != TargetGraph.NULL_VALUE && g.periodicGroup(a) == value;
            case RECURSIVE:
                return recursive.matchesRootMemoised(g, a);
            default:
                throw new IllegalStateException("uncompiled primitive " + type);
        }
    }

    private static int implicitH(TargetGraph g, int a) {
        int h = g.implicitH[a];
        return h == TargetGraph.NULL_VALUE ? 0 : h;
    }
}
