package org.denovo.core.chem.smarts;

import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * A SMARTS bond expression compiled from CDK's parsed {@link Expr}, evaluated on a {@link TargetGraph} with
 * the semantics of {@code Expr.matches(IBond)} when no stereo is queried. Immutable.
 */
final class BondPredicate {
    private static final int SINGLE = 1;
    private static final int DOUBLE = 2;

    private final Expr.Type type;
    private final int value;
    private final BondPredicate left;
    private final BondPredicate right;

    private BondPredicate(Expr.Type type, int value, BondPredicate left, BondPredicate right) {
        this.type = type;
        this.value = value;
        this.left = left;
        this.right = right;
    }

    /** @throws UnsupportedSmartsException for primitives this matcher does not evaluate (stereo) */
    static BondPredicate compile(Expr expr) {
        Expr.Type type = expr.type();
        switch (type) {
            case AND:
            case OR:
                return new BondPredicate(type, 0, compile(expr.left()), compile(expr.right()));
            case NOT:
                return new BondPredicate(type, 0, compile(expr.left()), null);
            case TRUE: case FALSE: case ALIPHATIC_ORDER: case ORDER: case IS_AROMATIC: case IS_ALIPHATIC:
            case IS_IN_RING: case IS_IN_CHAIN: case SINGLE_OR_AROMATIC: case DOUBLE_OR_AROMATIC: case SINGLE_OR_DOUBLE:
                return new BondPredicate(type, expr.value(), null, null);
            default:
                throw new UnsupportedSmartsException("bond primitive " + type);
        }
    }

    boolean test(TargetGraph g, int b) {
        switch (type) {
            case TRUE:
                return true;
            case FALSE:
                return false;
            case AND:
                return left.test(g, b) && right.test(g, b);
            case OR:
                return left.test(g, b) || right.test(g, b);
            case NOT:
                return !left.test(g, b);
            case ALIPHATIC_ORDER:
                return !g.bondAromatic[b] && g.bondOrder[b] == value;
            case ORDER:
                return g.bondOrder[b] == value;
            case IS_AROMATIC:
                return g.bondAromatic[b];
            case IS_ALIPHATIC:
                return !g.bondAromatic[b];
            case IS_IN_RING:
                return g.bondInRing[b];
            case IS_IN_CHAIN:
                return !g.bondInRing[b];
            case SINGLE_OR_AROMATIC:
                return g.bondAromatic[b] || g.bondOrder[b] == SINGLE;
            case DOUBLE_OR_AROMATIC:
                return g.bondAromatic[b] || g.bondOrder[b] == DOUBLE;
            case SINGLE_OR_DOUBLE:
                return g.bondOrder[b] == SINGLE || g.bondOrder[b] == DOUBLE;
            default:
                throw new IllegalStateException("uncompiled primitive " + type);
        }
    }
}
