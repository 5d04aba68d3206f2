package org.denovo.core.library;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.denovo.core.chem.smarts.RequiredElements;

/**
 * A cheap, conservative pre-filter for SMARTS search: the heavy atoms and elements a match needs (as the
 * chemistry core reads them from the pattern), checked against the stored heavy-atom count and formula before
 * atom-by-atom matching; nothing that could match is dropped.
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
        RequiredElements need = RequiredElements.of(smarts);
        return new SmartsScreen(need.heavyAtoms(), need.elements());
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
