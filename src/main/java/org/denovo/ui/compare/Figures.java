package org.denovo.ui.compare;

import java.util.Locale;

/** Numbers as the comparison view shows them; "–" for a number that is not known or does not apply. */
public final class Figures {
    public static final String NONE = "–";

    private Figures() {
    }

    /** {@code digits} decimals, e.g. a score "0.812". */
    public static String number(double value, int digits) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "f", value) : NONE;
    }

    /** Thousands separated, e.g. "1,024". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share as a percentage with one decimal, e.g. "45.2 %". */
    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : NONE;
    }
}
