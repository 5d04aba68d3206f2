package org.denovo.core.chem.smarts;

import org.openscience.cdk.AtomRef;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.isomorphism.matchers.QueryBond;

/**
 * Chooses where CDK's depth-first matcher starts: it tries the query's first atom on every molecule atom and
 * grows from there, so a rare first atom (N, O, S, halogen) prunes far more than a carbon or hydrogen.
 * Reordering the query's atoms relabels its embeddings without changing their atom sets, so "matches" and
 * unique-match counts are unchanged; only "matches at this root atom" needs the original order.
 */
final class MatchOrder {
    private MatchOrder() {
    }

    /** The same query with its rarest atom first, or the query itself when that is already atom 0. */
    static QueryAtomContainer rarestAtomFirst(QueryAtomContainer query) {
        int n = query.getAtomCount();
        if (n < 2 || !ConnectivityChecker.isConnected(query)) {
            return query;
        }
        int root = 0;
        double best = frequency(expression(query.getAtom(0)));
        for (int i = 1; i < n; i++) {
            double f = frequency(expression(query.getAtom(i)));
            if (f < best) {
                best = f;
                root = i;
            }
        }
        if (root == 0) {
            return query;
        }
        QueryAtomContainer reordered = new QueryAtomContainer(query.getBuilder());
        IAtom[] atoms = new IAtom[n];
        for (int k = 0; k < n; k++) {
            int i = k == 0 ? root : (k <= root ? k - 1 : k);
            IAtom original = AtomRef.deref(query.getAtom(i));
            atoms[i] = original instanceof RingCountQueryAtom ? new RingCountQueryAtom(expression(original))
                    : new QueryAtom(expression(original));
            reordered.addAtom(atoms[i]);
        }
        for (IBond bond : query.bonds()) {
            Expr expr = ((QueryBond) BondRef.deref(bond)).getExpression();
            reordered.addBond(new QueryBond(atoms[query.indexOf(bond.getBegin())], atoms[query.indexOf(bond.getEnd())], expr));
        }
        return reordered;
    }

    private static Expr expression(IAtom atom) {
        return ((QueryAtom) AtomRef.deref(atom)).getExpression();
    }

    /** Rough share of molecule atoms an expression can match, from the elements it allows; 2 when unknown. */
    static double frequency(Expr expr) {
        switch (expr.type()) {
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT:
                return elementFrequency(expr.value());
            case FALSE:
                return 0;
            case AND:
                return Math.min(frequency(expr.left()), frequency(expr.right()));
            case OR:
                return frequency(expr.left()) + frequency(expr.right());
            case RECURSIVE: {
                IAtomContainer sub = expr.subquery();
                return sub.getAtomCount() == 0 ? 2 : frequency(expression(sub.getAtom(0)));
            }
            default:
                return 2;
        }
    }

    private static double elementFrequency(int z) {
        switch (z) {
            case 1:
            case 6:
                return 1;
            case 7:
            case 8:
                return 0.15;
            default:
                return 0.03;
        }
    }
}
