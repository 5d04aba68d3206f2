package org.denovo.core.chem.smarts;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.denovo.core.chem.structure.RingCounts;

/**
 * A SMARTS query atom that evaluates its expression exactly as CDK does, except that {@code R<n>} reads
 * {@link RingCounts} (attached to the target when available) instead of recomputing a cycle basis per test.
 */
final class RingCountQueryAtom extends QueryAtom {
    RingCountQueryAtom(Expr expr) {
        super(expr);
    }

    @Override
    public boolean matches(IAtom atom) {
        return eval(getExpression(), atom);
    }

    private static boolean eval(Expr expr, IAtom atom) {
        switch (expr.type()) {
            case AND:
                return eval(expr.left(), atom) && eval(expr.right(), atom);
            case OR:
                return eval(expr.left(), atom) || eval(expr.right(), atom);
            case NOT:
                return !eval(expr.left(), atom);
            case RING_COUNT:
                return atom.isInRing() && RingCounts.of(atom) == expr.value();
            default:
                return expr.matches(atom);
        }
    }

    /** True when the expression tests R<n> outside any recursive SMARTS. */
    static boolean usesRingCount(Expr expr) {
        switch (expr.type()) {
            case AND:
            case OR:
                return usesRingCount(expr.left()) || usesRingCount(expr.right());
            case NOT:
                return usesRingCount(expr.left());
            case RING_COUNT:
                return true;
            default:
                return false;
        }
    }
}
