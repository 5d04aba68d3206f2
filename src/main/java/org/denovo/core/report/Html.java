package org.denovo.core.report;

import java.util.Locale;

/** Escaping and number formatting for the report's HTML and SVG. */
final class Html {
    /** Shown for a number that is not known or does not apply. */
    static final String NONE = "–";

    private Html() {
    }

    /** Text safe inside an element or a quoted attribute: {@code & < > " '} escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and newline would make the document invalid
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A number with {@code digits} decimals and thousands separated; {@link #NONE} when not finite. */
    static String number(double value, int digits) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + digits + "f", value) : NONE;
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share as a percentage with one decimal, e.g. "45.2 %"; {@link #NONE} when not finite. */
    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : NONE;
    }
}
