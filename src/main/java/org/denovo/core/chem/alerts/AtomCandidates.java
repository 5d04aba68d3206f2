package org.denovo.core.chem.alerts;

import org.denovo.core.chem.smarts.AtomPredicate;
import org.denovo.core.chem.smarts.TargetGraph;
import org.openscience.cdk.AtomRef;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;

/**
 * Per-atom screen: every query atom needs at least one molecule atom it could match. Expressions are evaluated
 * in three-valued logic on precomputed atom properties, with CDK's own semantics for the primitives handled
 * (element, aromaticity, charge, H count, degree, ring membership, SSSR ring count); any other primitive is
 * "unknown", so the screen only rejects atoms the real match would reject too. Precomputing the ring counts
 * matters: CDK recomputes a minimum cycle basis for every [R<n>] test.
 */
final class AtomCandidates {
    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int UNKNOWN = 2;

    private static final byte HAS_CANDIDATE = 1;
    private static final byte NO_CANDIDATE = 2;

    private final TargetGraph g;
    /** Per expression id: 0 not yet tested, else HAS_CANDIDATE or NO_CANDIDATE. */
    private byte[] known;

    AtomCandidates(TargetGraph g) {
        this.g = g;
    }

    /** False when some query atom (ids into {@code table}) has no molecule atom it could match. */
    boolean everyQueryAtomHasACandidate(int[] queryAtoms, QueryAtomTable table) {
        if (known == null) {
            known = new byte[table.size()];
        }
        for (int id : queryAtoms) {
            if (known[id] == 0) {
                AtomPredicate test = table.test(id);
                boolean candidate = test != null ? hasCandidate(test) : hasCandidate(table.expression(id));
                known[id] = candidate ? HAS_CANDIDATE : NO_CANDIDATE;
            }
            if (known[id] == NO_CANDIDATE) {
                return false;
            }
        }
        return true;
    }

    static Expr[] atomExpressions(IAtomContainer query) {
        Expr[] exprs = new Expr[query.getAtomCount()];
        for (int i = 0; i < exprs.length; i++) {
            exprs[i] = ((QueryAtom) AtomRef.deref(query.getAtom(i))).getExpression();
        }
        return exprs;
    }

    private boolean hasCandidate(AtomPredicate test) {
        for (int i = 0; i < g.atomCount(); i++) {
            if (test.mayMatch(g, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasCandidate(Expr expr) {
        for (int i = 0; i < g.atomCount(); i++) {
            if (eval(expr, i) != FALSE) {
                return true;
            }
        }
        return false;
    }

    private int eval(Expr expr, int i) {
        switch (expr.type()) {
            case TRUE:
                return TRUE;
            case FALSE:
                return FALSE;
            case AND: {
                int left = eval(expr.left(), i);
                if (left == FALSE) {
                    return FALSE;
                }
                int right = eval(expr.right(), i);
                return right == FALSE ? FALSE : (left == TRUE && right == TRUE ? TRUE : UNKNOWN);
            }
            case OR: {
                int left = eval(expr.left(), i);
                if (left == TRUE) {
                    return TRUE;
                }
                int right = eval(expr.right(), i);
                return right == TRUE ? TRUE : (left == FALSE && right == FALSE ? FALSE : UNKNOWN);
            }
            case NOT: {
                int inner = eval(expr.left(), i);
                return inner == UNKNOWN ? UNKNOWN : 1 - inner;
            }
            case RECURSIVE: {
                // the recursive SMARTS can only hold where its first atom matches
                IAtomContainer sub = expr.subquery();
                if (sub.getAtomCount() == 0) {
                    return UNKNOWN;
                }
                Expr root = ((QueryAtom) AtomRef.deref(sub.getAtom(0))).getExpression();
                return eval(root, i) == FALSE ? FALSE : UNKNOWN;
            }
            case ELEMENT:
                return of(g.atomicNumber(i) == expr.value());
            case ALIPHATIC_ELEMENT:
                return of(!g.isAromatic(i) && g.atomicNumber(i) == expr.value());
            case AROMATIC_ELEMENT:
                return of(g.isAromatic(i) && g.atomicNumber(i) == expr.value());
            case IS_AROMATIC:
                return of(g.isAromatic(i));
            case IS_ALIPHATIC:
                return of(!g.isAromatic(i));
            case IS_IN_RING:
                return of(g.isInRing(i));
            case IS_IN_CHAIN:
                return of(!g.isInRing(i));
            case FORMAL_CHARGE:
                return of(g.formalCharge(i) == expr.value());
            case DEGREE:
                return of(g.degree(i) == expr.value());
            case TOTAL_DEGREE:
                return of(g.degree(i) + g.implicitHydrogens(i) == expr.value());
            case TOTAL_H_COUNT:
                return of(g.implicitHydrogens(i) <= expr.value() && g.totalHydrogens(i) == expr.value());
            case RING_BOND_COUNT:
                return of(g.isInRing(i) && g.ringBondCount(i) == expr.value());
            case RING_COUNT:
                return of(g.isInRing(i) && g.smartsRingCount(i) == expr.value());
            default:
                return UNKNOWN;
        }
    }

    private static int of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
