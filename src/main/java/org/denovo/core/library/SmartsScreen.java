package org.denovo.core.library;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.smarts.Smarts;

/**
 * A cheap, conservative pre-filter for SMARTS search: the heavy atoms and elements a match needs, checked
 * against the stored heavy-atom count and formula before atom-by-atom matching. Only atoms whose query is
 * plainly one element count; anything else may match any atom, so nothing that could match is dropped.
 */
final class SmartsScreen {
    private static final Pattern FORMULA_PART = Pattern.compile("([A-Z][a-z]?)(\\d*)");
    private final int minHeavyAtoms;
    private final Map<String, Integer> elements;

    private SmartsScreen(int minHeavyAtoms, Map<String, Integer> elements) {
        this.minHeavyAtoms = minHeavyAtoms;
        this.elements = elements;
    }

    static SmartsScreen of(String smarts) {
        QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
        if (!Smarts.parse(query, smarts)) {
            return new SmartsScreen(0, Map.of());
        }
        Map<String, Integer> need = new HashMap<>();
        int heavy = 0;
        for (IAtom atom : query.atoms()) {
            if (!(atom instanceof QueryAtom qa)) {
                continue;
            }
            Integer z = element(qa.getExpression());
            if (z != null && z > 1) {
                heavy++;
                need.merge(org.openscience.cdk.config.Elements.ofNumber(z).symbol(), 1, Integer::sum);
            }
        }
        return new SmartsScreen(heavy, Map.copyOf(need));
    }

    /** The element an expression requires, or null if it can match more than one. */
    private static Integer element(Expr e) {
        if (e == null) {
            return null;
        }
        return switch (e.type()) {
            case ELEMENT, ALIPHATIC_ELEMENT, AROMATIC_ELEMENT -> e.value();
            case AND -> {
                Integer left = element(e.left());
                yield left != null ? left : element(e.right());
            }
            default -> null;
        };
    }

    int minHeavyAtoms() {
        return minHeavyAtoms;
    }

    boolean mayMatch(String formula) {
        if (elements.isEmpty()) {
            return true;
        }
        Map<String, Integer> have = new HashMap<>();
        Matcher m = FORMULA_PART.matcher(formula);
        while (m.find()) {
            have.merge(m.group(1), m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2)), Integer::sum);
        }
        for (Map.Entry<String, Integer> e : elements.entrySet()) {
            if (have.getOrDefault(e.getKey(), 0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
