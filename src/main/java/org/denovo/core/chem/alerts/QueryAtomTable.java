package org.denovo.core.chem.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.smarts.AtomPredicate;
import org.denovo.core.chem.smarts.UnsupportedSmartsException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * The distinct query-atom expressions of a catalogue, numbered, so that {@link AtomCandidates} tests each
 * one once per molecule however many patterns share it ([#6], c, [#1], ... recur in hundreds of patterns).
 * Built once while loading; immutable afterwards.
 */
final class QueryAtomTable {
    /** Keyed by {@link #key}: Expr.equals does not compare recursive subqueries, so it cannot be used. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Expr> expressions = new ArrayList<>();
    private final List<AtomPredicate> tests = new ArrayList<>();
    private final Map<IAtomContainer, Integer> subqueries = new IdentityHashMap<>();

    /** Ids of the expressions, adding new ones; only while the catalogue is being built. */
    int[] idsOf(Expr[] atoms) {
        int[] out = new int[atoms.length];
        for (int i = 0; i < atoms.length; i++) {
            Expr expr = atoms[i];
            out[i] = ids.computeIfAbsent(key(expr), k -> {
                expressions.add(expr);
                tests.add(compileOrNull(expr));
                return expressions.size() - 1;
            });
        }
        return out;
    }

    /** Structural key; each recursive subquery object counts as distinct. */
    private String key(Expr expr) {
        StringBuilder sb = new StringBuilder();
        appendKey(expr, sb);
        return sb.toString();
    }

    private void appendKey(Expr expr, StringBuilder sb) {
        sb.append('(').append(expr.type()).append(' ').append(expr.value());
        if (expr.type() == Expr.Type.RECURSIVE) {
            sb.append(" q").append(subqueries.computeIfAbsent(expr.subquery(), q -> subqueries.size()));
        }
        if (expr.left() != null) {
            appendKey(expr.left(), sb);
        }
        if (expr.right() != null) {
            appendKey(expr.right(), sb);
        }
        sb.append(')');
    }

    private static AtomPredicate compileOrNull(Expr expr) {
        try {
            return AtomPredicate.compile(expr);
        } catch (UnsupportedSmartsException e) {
            return null;
        }
    }

    /** The compiled test of an expression, or null when only CDK can evaluate it. */
    AtomPredicate test(int id) {
        return tests.get(id);
    }

    int size() {
        return expressions.size();
    }

    Expr expression(int id) {
        return expressions.get(id);
    }
}
