package org.denovo.core.chem;

import java.util.Locale;

/**
 * Bounds on a SMARTS typed or loaded as a query, checked before any parsing: its length, and how deeply its
 * branches, brackets and recursive {@code $(...)} nest. Every shipped alert is well inside both.
 */
public final class SmartsLimits {
    public static final int MAX_CHARS = 4_000;
    public static final int MAX_NESTING = 24;

    private SmartsLimits() {
    }

    /** @throws IllegalArgumentException naming the limit when the SMARTS exceeds one */
    public static void check(String smarts) {
        if (smarts.length() > MAX_CHARS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "SMARTS too large: %,d characters (at most %,d)", smarts.length(), MAX_CHARS));
        }
        int depth = 0;
        for (int i = 0; i < smarts.length(); i++) {
            char c = smarts.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
                if (depth > MAX_NESTING) {
                    throw new IllegalArgumentException("SMARTS nested too deeply: more than " + MAX_NESTING
                            + " levels of branches, brackets and recursive $(...)");
                }
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
    }
}
