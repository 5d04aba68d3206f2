package org.denovo.core.chem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.config.Elements;

/** Element counts from a molecular formula string such as {@code C9H8O4}. */
public final class ElementCounts {
    private static final Pattern TERM = Pattern.compile("([A-Z][a-z]?)(\\d*)");

    private ElementCounts() {
    }

    public static Map<String, Integer> ofFormula(String formula) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (formula == null) {
            return counts;
        }
        Matcher m = TERM.matcher(formula);
        while (m.find()) {
            int n = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            counts.merge(m.group(1), n, Integer::sum);
        }
        return counts;
    }

    public static boolean isElement(String symbol) {
        Elements e = Elements.ofString(symbol);
        return e != Elements.Unknown && e.symbol().equals(symbol);
    }
}
