package org.denovo.core.chem.smarts;

import java.util.HashMap;
import java.util.Map;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.smarts.Smarts;

/**
 * The heavy atoms a SMARTS pattern plainly needs: how many, and how many of each element (by symbol). Only query
 * atoms that are plainly one element count; anything else may match any atom. A pattern that does not parse
 * needs nothing, so a screen built on this never drops a molecule that could match.
 */
public record RequiredElements(int heavyAtoms, Map<String, Integer> elements) {
    public static final RequiredElements NONE = new RequiredElements(0, Map.of());

    public RequiredElements {
        elements = Map.copyOf(elements);
    }

    public static RequiredElements of(String smarts) {
        QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
        if (!Smarts.parse(query, smarts)) {
            return NONE;
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
                need.merge(Elements.ofNumber(z).symbol(), 1, Integer::sum);
            }
        }
        return new RequiredElements(heavy, need);
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
}
